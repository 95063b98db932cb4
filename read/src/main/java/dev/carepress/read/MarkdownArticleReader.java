package dev.carepress.read;

import dev.carepress.model.Article;
import dev.carepress.read.internal.ArticleParsing;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an article written in Markdown with YAML front matter.
 *
 * <pre>{@code
 * Article article = MarkdownArticleReader.create().read(Path.of("asthma.md"));
 * ReadResult<Article> result = MarkdownArticleReader.create().parse(text, "asthma.md");
 * MarkdownArticleReader plain = MarkdownArticleReader.builder().markGlossaryTerms(false).build();
 * }</pre>
 *
 * <h2>Front matter</h2>
 * The file starts with a line {@code ---}, YAML keys, and a line {@code ---} (or {@code ...}).
 * Keys are those of {@link dev.carepress.model.Metadata} plus {@code keyPoints} (each a line of
 * inline Markdown), {@code glossary} (term: definition, in order), {@code references}, {@code
 * related} and {@code disclaimer}; {@code title} is required; {@code slug} defaults to the file's
 * name, {@code language} to {@code en} (a BCP 47 tag in any case, kept in the canonical one:
 * {@code EN} as {@code en}, {@code zh-hans} as {@code zh-Hans}); {@code url}, the article's own
 * address online, must be an absolute http(s) URL. Lists ({@code tags}, {@code authors} …) may
 * also be given as a single value. An unknown key is an error that suggests the closest known one.
 *
 * <h2>Body</h2>
 * CommonMark with GFM tables, strikethrough, autolinks and footnotes, read as follows:
 * <ul>
 *   <li>Text before the first {@code ##} heading is the introduction; each {@code ##} starts a
 *       section, {@code ###} a subsection, and deeper headings nest further. Section ids are slugs
 *       of the headings, unique within the article and never one of {@link
 *       dev.carepress.model.Slugs#RESERVED}.
 *   <li>A first {@code # Heading} is dropped: it repeats the title. If its text differs from the
 *       front matter's title it is still dropped (the front matter wins) and a warning says so.
 *       Any later {@code #} heading is read as a {@code ##} section, with a warning.
 *   <li>{@code > [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]} and {@code
 *       [!CAUTION]} quotes are callouts; an unknown kind stays a quote, with a warning; a callout
 *       without text is left out, with a warning.
 *   <li>A paragraph holding only an image is a figure (alt text; the image's title is the
 *       caption). An image inside running text is replaced by its alt text, with a warning.
 *   <li>A table's caption is a paragraph right after it starting {@code Table:}. Rows are padded
 *       or cut to the header's width.
 *   <li>Footnotes are kept in the order of their first reference; a reference in the body without a
 *       footnote is kept as its literal text ({@code [^label]}) with a warning, a footnote never
 *       referred to is left out with a warning.
 *   <li>The first use in the body of each glossary term (ignoring case, whole words, not inside
 *       links, code or headings) becomes a {@link dev.carepress.model.GlossaryTerm}.
 * </ul>
 *
 * <h2>Raw HTML</h2>
 * Raw HTML never reaches the model as HTML: <b>its tags are dropped and its text is kept as plain
 * text</b>, consistently for inline tags ({@code <b>bold</b>} gives the text {@code bold}) and
 * HTML blocks (each block becomes plain paragraphs, split at block-level tags such as {@code <p>}).
 * The content of {@code <script>}, {@code <style>}, {@code <template>}, {@code <noscript>}, {@code
 * <iframe>} and {@code <object>} is dropped with the tag; attributes (and so {@code href}, {@code
 * onclick} …) are always dropped. Each HTML block or inline tag gives a warning. {@code <br>}
 * becomes a line break; HTML comments are dropped silently; entities such as {@code &amp;} become
 * their characters.
 *
 * <h2>Problems</h2>
 * Every problem names the file, the line and column in the original file (front matter included;
 * CRLF line ends and a UTF-8 byte order mark are fine), what is wrong and what to change. Links
 * with a scheme other than http, https or mailto and images without alt text are warnings.
 *
 * <p>The rule: a problem is an error only where the output would be wrong, unsafe or lose content
 * the author wrote; otherwise it is a warning saying what was done. Warnings: an undefined footnote
 * reference (kept as text), an empty callout, heading or list item and a table without a header row
 * (left out), a footnote never referred to or defined twice (left out; the first kept), an image
 * inside running text (its alt text kept), raw HTML (its text kept), an unknown callout kind (a
 * quote), a link without a target or with another scheme, an image without alt text, a skipped
 * heading level or a title heading that differs. Errors: front matter that is missing, unclosed or
 * not valid YAML, a missing title, an unknown key, a value of the wrong type or an invalid date,
 * an empty footnote, key point or glossary definition (its references would point nowhere or the
 * text would be lost), content nested too deeply (some would be lost), a reference in a key point
 * to an undefined footnote (key points are read before the body's footnotes are known), and a file
 * that is too large, not UTF-8 or binary. With {@link Builder#strict(boolean) strict(true)} every
 * warning is an error too, for CI.
 * Immutable and thread-safe.
 */
public final class MarkdownArticleReader implements ArticleReader {
  private static final MarkdownArticleReader DEFAULT = builder().build();

  private final ArticleParsing.Options options;

  private MarkdownArticleReader(ArticleParsing.Options options) {
    this.options = options;
  }

  /** A reader with the default options: shorthand for {@code builder().build()}. */
  public static MarkdownArticleReader create() {
    return DEFAULT;
  }

  /** A builder for a reader with other options. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public ReadResult<Article> parse(Path file) throws IOException {
    return ArticleParsing.file(file, ArticleParsing.Format.MARKDOWN, options);
  }

  @Override
  public ReadResult<Article> parse(String text, String sourceName) {
    return ArticleParsing.text(text, sourceName, ArticleParsing.Format.MARKDOWN, options);
  }

  /**
   * Builds a {@link MarkdownArticleReader}; every setting has a default, so {@code build()} alone is
   * {@link #create()}.
   */
  public static final class Builder {
    private long maxBytes = ArticleParsing.DEFAULT_MAX_BYTES;
    private boolean strict;
    private boolean markGlossaryTerms = true;

    private Builder() {}

    /**
     * The largest file read, in bytes (for text given as a string, in characters); larger input is
     * an error. Default 8 MiB.
     *
     * @throws IllegalArgumentException if it is not more than 0
     */
    public Builder maxBytes(long maxBytes) {
      this.maxBytes = ArticleParsing.Options.checkedMaxBytes(maxBytes);
      return this;
    }

    /** Whether the first use of each glossary term becomes a glossary-term inline. Default {@code true}. */
    public Builder markGlossaryTerms(boolean markGlossaryTerms) {
      this.markGlossaryTerms = markGlossaryTerms;
      return this;
    }

    /**
     * Whether every warning is an error, for CI: a read with a warning then fails and gives no
     * article; each problem keeps its code, position, message and hint. Default {@code false}.
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** Builds the reader. */
    public MarkdownArticleReader build() {
      return new MarkdownArticleReader(new ArticleParsing.Options(maxBytes, markGlossaryTerms, strict));
    }
  }
}
