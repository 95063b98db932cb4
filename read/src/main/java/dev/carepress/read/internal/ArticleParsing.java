package dev.carepress.read.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Slugs;
import dev.carepress.read.ReadResult;
import dev.carepress.read.internal.codec.ArticleCodec;
import dev.carepress.read.internal.markdown.MarkdownReading;
import dev.carepress.read.internal.source.ArticleDraft;
import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.source.Positions;
import dev.carepress.read.internal.source.SourceText;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeParser;
import dev.carepress.read.internal.tree.TreeReading;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads one article from Markdown with front matter or from JSON: decoding, splitting the front
 * matter off, mapping, the body, the final checks. Whatever goes wrong becomes a problem. Made per
 * source.
 */
public final class ArticleParsing {
  /** The largest article file read by default. */
  public static final long DEFAULT_MAX_BYTES = 8L << 20;

  /** The stack a second attempt gets when the first overflowed the caller's. */
  static final long DEEP_STACK_BYTES = 512L << 20;

  /** The source formats. */
  public enum Format { MARKDOWN, JSON }

  /**
   * The options the public readers pass down, an immutable value.
   *
   * @param maxBytes the largest input read
   * @param markGlossaryTerms whether the first use of a glossary term in a Markdown body is marked
   * @param strict whether every warning is an error (see {@link ReadResult#strict()})
   */
  public record Options(long maxBytes, boolean markGlossaryTerms, boolean strict) {
    public static final Options DEFAULTS = new Options(DEFAULT_MAX_BYTES, true, false);

    public Options {
      checkedMaxBytes(maxBytes);
    }

    /** The limit, if it is more than 0. */
    public static long checkedMaxBytes(long maxBytes) {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes must be > 0, not " + maxBytes);
      }
      return maxBytes;
    }
  }

  private final String source;
  private final Optional<Path> path;
  private final Format format;
  private final Options options;

  private ArticleParsing(String source, Optional<Path> path, Format format, Options options) {
    this.source = source;
    this.path = path;
    this.format = format;
    this.options = options;
  }

  /** Reads a file's bytes (checking its size first) and parses them. */
  public static ReadResult<Article> file(Path path, Format format, Options options) throws IOException {
    requireFile(path, "an article file", "a .md, .markdown or .json file");
    String source = path.toString();
    Diagnostics diagnostics = new Diagnostics(source);
    long size = Files.size(path);
    if (size > options.maxBytes()) {
      diagnostics.error(
          "too-large", Pos.START, "the file is " + megabytes(size) + ", more than the limit of "
              + megabytes(options.maxBytes()),
          "split the article, or raise the reader's maxBytes if it really is one article");
      return ReadResult.failure(diagnostics.sorted());
    }
    byte[] bytes = Files.readAllBytes(path);
    Optional<SourceText> text = SourceText.decode(bytes, diagnostics);
    if (text.isEmpty()) {
      return ReadResult.failure(diagnostics.sorted());
    }
    return strictIfAsked(
        new ArticleParsing(source, Optional.of(path), format, options).parseGuarded(text.get(), diagnostics), options);
  }

  /**
   * Refuses a null path and a folder with a message that says what to give: without this, a folder
   * was an {@code IOException} reading just "Is a directory", naming neither the folder nor the fix.
   *
   * @param what what the file should have been, e.g. "an article file"
   * @param example what to give instead, e.g. "a .md or .json file"
   */
  public static void requireFile(Path path, String what, String example) throws FileSystemException {
    Objects.requireNonNull(path, () -> "the path of " + what + " must not be null");
    if (Files.isDirectory(path)) {
      throw new FileSystemException(path.toString(), null,
          "is a folder, not " + what + " (give the path of " + example + " in it)");
    }
  }

  /** Parses text given as a string. */
  public static ReadResult<Article> text(String raw, String source, Format format, Options options) {
    Diagnostics diagnostics = new Diagnostics(source);
    if (raw.length() > options.maxBytes()) {
      diagnostics.error(
          "too-large", Pos.START, "the text is " + megabytes(raw.length()) + " long, more than the limit of "
              + megabytes(options.maxBytes()),
          "split the article, or raise the reader's maxBytes if it really is one article");
      return ReadResult.failure(diagnostics.sorted());
    }
    return strictIfAsked(
        new ArticleParsing(source, Optional.empty(), format, options).parseGuarded(SourceText.of(raw), diagnostics),
        options);
  }

  private static ReadResult<Article> strictIfAsked(ReadResult<Article> result, Options options) {
    return options.strict() ? result.strict() : result;
  }

  /**
   * Parses on the calling thread; if that overflows its stack (Flexmark recurses once per nesting
   * level of some constructs, and its regular expressions once per character of a run of
   * {@code *}), parses again on a thread of its own with a much larger stack, so that deeply nested
   * input gets the reader's own "nested too deep" diagnosis with its line instead of a failure. The
   * problems found before parsing are kept and the first attempt's are dropped.
   */
  private ReadResult<Article> parseGuarded(SourceText text, Diagnostics diagnostics) {
    Diagnostics first = diagnostics.copy();
    try {
      return parse(text, first, false);
    } catch (StackOverflowError e) {
      // the stack has unwound here: this frame has room to start the thread
    }
    AtomicReference<ReadResult<Article>> result = new AtomicReference<>();
    Thread deep = new Thread(null, () -> result.set(parse(text, diagnostics, true)), "carepress-deep-parse",
        DEEP_STACK_BYTES);
    deep.setDaemon(true);
    deep.start();
    try {
      deep.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      deep.interrupt();
      diagnostics.error("unreadable", Pos.START, "reading was interrupted", "");
      return ReadResult.failure(diagnostics.sorted());
    }
    return result.get();
  }

  private ReadResult<Article> parse(SourceText text, Diagnostics diagnostics, boolean lastAttempt) {
    try {
      return content(text, diagnostics);
    } catch (StackOverflowError e) {
      if (!lastAttempt) {
        throw e;
      }
      diagnostics.error(
          "too-deep", Pos.START, "the text nests too deeply to read (quotes, lists, links or emphasis inside one"
              + " another, or a very long run of '*', '_' or '[')", "flatten the structure");
      return ReadResult.failure(diagnostics.sorted());
    } catch (RuntimeException e) {
      // the last resort: a library failed on input we did not foresee; report it, never a stack trace
      diagnostics.error(
          "unreadable", Pos.START, "the file could not be read: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())),
          "simplify the content near the last change; please report this file to the Carepress developers");
      return ReadResult.failure(diagnostics.sorted());
    }
  }

  private ReadResult<Article> content(SourceText text, Diagnostics diagnostics) {
    if (text.text().isBlank()) {
      diagnostics.error(
          "empty", Pos.START, "the file is empty",
          format == Format.JSON ? "write an article as a JSON object with at least a \"title\""
              : "start it with front matter: a line '---', a line 'title: …', a line '---', then the text");
      return ReadResult.failure(diagnostics.sorted());
    }
    int nul = text.text().indexOf('\0');
    if (nul >= 0) {
      diagnostics.error(
          "binary", text.pos(nul), "the file holds a NUL character; it looks like a binary file, not text",
          "check that this is the right file, saved as plain UTF-8 text");
      return ReadResult.failure(diagnostics.sorted());
    }
    Positions positions = new Positions();
    ArticleDraft draft = new ArticleDraft();
    boolean read = format == Format.JSON ? json(text, diagnostics, positions, draft)
        : markdown(text, diagnostics, positions, draft);
    return read ? assemble(draft, positions, diagnostics) : ReadResult.failure(diagnostics.sorted());
  }

  /** Reads a JSON article into the draft; false when there was no JSON value to read. */
  private boolean json(SourceText text, Diagnostics diagnostics, Positions positions, ArticleDraft draft) {
    MarkdownReading keyPoints = new MarkdownReading(diagnostics, positions, false);
    Optional<TreeNode> root = TreeParser.json(text.text(), diagnostics);
    if (root.isEmpty() && !diagnostics.hasErrors()) {
      diagnostics.error("empty", Pos.START, "the file holds no JSON value", "write the article as a JSON object");
    }
    if (root.isEmpty()) {
      return false;
    }
    ArticleCodec.ARTICLE.read(root, Pos.START, defaultSlug(source), draft,
        new TreeReading(diagnostics, positions, TreeReading.Mode.JSON, keyPoints::inlineLine));
    return true;
  }

  /** Reads front matter and body into the draft; false when the front matter is never closed. */
  private boolean markdown(SourceText text, Diagnostics diagnostics, Positions positions, ArticleDraft draft) {
    int close = frontMatterEnd(text, diagnostics);
    if (close < 0) {
      diagnostics.error(
          "unterminated-front-matter", Pos.START, "the front matter opened on line 1 is never closed",
          "add a line '---' after the last front-matter key, before the article's text");
      return false;
    }
    Optional<TreeNode> root = close == 0 ? Optional.empty() : frontMatter(text, close, diagnostics);
    MarkdownReading body = new MarkdownReading(diagnostics, positions, options.markGlossaryTerms());
    ArticleCodec.ARTICLE.read(root, Pos.START, defaultSlug(source), draft,
        new TreeReading(diagnostics, positions, TreeReading.Mode.FRONT_MATTER, body::inlineLine));
    // the body is read with the glossary known, so that first uses of its terms are marked; it
    // starts after the front matter (Flexmark never sees those lines) and its positions are the file's
    SourceText rest = close == 0 ? SourceText.of(text.text()) : text.from(close + 1);
    body.body(rest, draft.titleKnown ? draft.metadata.title() : null, draft);
    return true;
  }

  /**
   * The line closing the front matter ({@code ---} or {@code ...}); 0 when there is no front matter
   * (reported), -1 when it is never closed.
   */
  private static int frontMatterEnd(SourceText text, Diagnostics diagnostics) {
    if (text.strippedLineIs(1, "---")) {
      for (int line = 2; line <= text.lineCount(); line++) {
        if (text.strippedLineIs(line, "---") || text.strippedLineIs(line, "...")) {
          return line;
        }
      }
      return -1;
    }
    if (text.strippedLineIs(1, "+++")) {
      diagnostics.error(
          "no-front-matter", Pos.START, "TOML front matter (+++) is not supported",
          "write the front matter in YAML between two '---' lines");
    } else {
      diagnostics.error(
          "no-front-matter", Pos.START, "the file has no front matter, so the article has no title",
          "start the file with a line '---', then 'title: Your title', then a line '---'");
    }
    return 0;
  }

  private static Optional<TreeNode> frontMatter(SourceText text, int close, Diagnostics diagnostics) {
    String yaml = text.text().substring(text.lineStart(2), text.lineStart(close));
    return yaml.isBlank() ? Optional.of(TreeNode.object(Pos.START, "", new LinkedHashMap<>()))
        : TreeParser.yaml(yaml, 1, "front matter", diagnostics);
  }

  /** Puts the draft together and runs the shared checks. */
  private ReadResult<Article> assemble(ArticleDraft draft, Positions positions, Diagnostics diagnostics) {
    Article article;
    try {
      article = new Article(
          draft.metadata, draft.introduction, draft.sections, draft.keyPoints, draft.glossary, draft.footnotes,
          draft.references, draft.related, draft.disclaimer, path);
    } catch (IllegalArgumentException e) {
      diagnostics.error("invalid", draft.start, "the article is not valid: " + e.getMessage(), "");
      return ReadResult.failure(diagnostics.sorted());
    }
    ArticleChecks.run(article, positions, draft.start, diagnostics);
    return ReadResult.of(article, diagnostics.sorted());
  }

  /**
   * The slug of a source's file name without its extension ({@code article} if it has no letters),
   * cut to fit a file name ({@link Slugs#shorten}).
   */
  public static String defaultSlug(String source) {
    String name = source.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    boolean hasLetter = name.codePoints().anyMatch(Character::isLetterOrDigit);
    return hasLetter ? Slugs.shorten(Slugs.slugify(name)) : "article";
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
