package dev.carepress.read;

import dev.carepress.model.Article;
import dev.carepress.read.internal.ArticleParsing;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an article from JSON: the model itself, as {@link JsonArticleWriter} writes it and as
 * {@code dev/carepress/read/article.schema.json} describes it. Property names are those of the
 * front matter; blocks and inlines carry a {@code "type"} ({@code "paragraph"}, {@code "link"} …).
 *
 * <pre>{@code
 * Article article = JsonArticleReader.create().read(Path.of("asthma.json"));
 * JsonArticleReader small = JsonArticleReader.builder().maxBytes(1 << 20).build();
 * }</pre>
 *
 * <p>Besides the canonical form it accepts what the front matter accepts: a single value for a
 * list, a name for a person, a line of inline Markdown for a key point. Problems name the line,
 * the column and the JSON pointer of the value at fault. As in Markdown, two faults are soft
 * (warnings, errors in {@linkplain Builder#strict strict} reading): a {@code footnoteReference}
 * whose label no footnote has is kept as its literal text {@code [^label]}, and a callout without
 * blocks is left out. Immutable and thread-safe.
 */
public final class JsonArticleReader implements ArticleReader {
  private static final JsonArticleReader DEFAULT = builder().build();

  private final ArticleParsing.Options options;

  private JsonArticleReader(ArticleParsing.Options options) {
    this.options = options;
  }

  /** A reader with the default options: shorthand for {@code builder().build()}. */
  public static JsonArticleReader create() {
    return DEFAULT;
  }

  /** A builder for a reader with other options. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public ReadResult<Article> parse(Path file) throws IOException {
    return ArticleParsing.file(file, ArticleParsing.Format.JSON, options);
  }

  @Override
  public ReadResult<Article> parse(String json, String sourceName) {
    return ArticleParsing.text(json, sourceName, ArticleParsing.Format.JSON, options);
  }

  /** Builds a {@link JsonArticleReader}; every setting has a default, so {@code build()} alone is {@link #create()}. */
  public static final class Builder {
    private long maxBytes = ArticleParsing.DEFAULT_MAX_BYTES;
    private boolean strict;

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

    /**
     * Whether every warning is an error, for CI: a read with a warning then fails and gives no
     * article; each problem keeps its code, position, message and hint. Default {@code false}.
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** Builds the reader. */
    public JsonArticleReader build() {
      return new JsonArticleReader(new ArticleParsing.Options(maxBytes, false, strict));
    }
  }
}
