package dev.carepress.read;

import dev.carepress.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an article file in whichever format its extension names: {@code .md} and {@code .markdown}
 * with a {@link MarkdownArticleReader}, {@code .json} with a {@link JsonArticleReader}.
 *
 * <pre>{@code
 * Article article = ArticleReaders.read(Path.of("articles/asthma.md"));
 * ReadResult<Article> result = ArticleReaders.parse(Path.of("articles/asthma.json"));
 * ArticleReader reader = ArticleReaders.builder()
 *     .markdown(MarkdownArticleReader.builder().markGlossaryTerms(false).build())
 *     .build();
 * }</pre>
 *
 * <p>The static methods use the readers with their default options; {@link #builder()} makes an
 * {@link ArticleReader} that picks among readers of your choosing.
 */
public final class ArticleReaders {
  /** The file extensions read, without the dot. */
  public static final List<String> EXTENSIONS = List.of("md", "markdown", "json");

  private static final ArticleReader DEFAULT = builder().build();

  private ArticleReaders() {}

  /**
   * The reader by extension with the default readers: shorthand for {@code builder().build()}.
   * Its {@code parse(text, sourceName)} goes by the extension of {@code sourceName}.
   */
  public static ArticleReader create() {
    return DEFAULT;
  }

  /** A builder for a reader by extension with readers of your choosing. */
  public static Builder builder() {
    return new Builder();
  }

  /** The default reader for the file's extension (any case), if it is one Carepress reads. */
  public static Optional<ArticleReader> forFile(Path file) {
    return ((ByExtension) DEFAULT).forName(file.getFileName() == null ? "" : file.getFileName().toString());
  }

  /** Whether the file's extension is one Carepress reads. */
  public static boolean isArticleFile(Path file) {
    return forFile(file).isPresent();
  }

  /**
   * Parses the file with the default reader its extension names.
   *
   * @throws IllegalArgumentException if the extension is not {@code .md}, {@code .markdown} or {@code .json}
   * @throws IOException if the file cannot be read
   */
  public static ReadResult<Article> parse(Path file) throws IOException {
    return DEFAULT.parse(file);
  }

  /**
   * Reads the file with the default reader its extension names.
   *
   * @throws dev.carepress.ContentException listing every problem, if there was an error
   * @throws IllegalArgumentException if the extension is not one Carepress reads
   * @throws IOException if the file cannot be read
   */
  public static Article read(Path file) throws IOException {
    return parse(file).orThrow();
  }

  /**
   * Builds a reader that picks by extension; every setting has a default, so {@code build()} alone
   * is {@link #create()}.
   */
  public static final class Builder {
    private MarkdownArticleReader markdown = MarkdownArticleReader.create();
    private JsonArticleReader json = JsonArticleReader.create();

    private Builder() {}

    /** The reader of {@code .md} and {@code .markdown} files. Default {@link MarkdownArticleReader#create()}. */
    public Builder markdown(MarkdownArticleReader markdown) {
      this.markdown = Objects.requireNonNull(markdown, "markdown");
      return this;
    }

    /** The reader of {@code .json} files. Default {@link JsonArticleReader#create()}. */
    public Builder json(JsonArticleReader json) {
      this.json = Objects.requireNonNull(json, "json");
      return this;
    }

    /**
     * The reader. Its methods throw an {@link IllegalArgumentException} for a file (or source
     * name) whose extension is not {@code .md}, {@code .markdown} or {@code .json}.
     */
    public ArticleReader build() {
      return new ByExtension(markdown, json);
    }
  }

  /** Reads with the reader the extension of the file or source name names. Immutable. */
  private static final class ByExtension implements ArticleReader {
    private final MarkdownArticleReader markdown;
    private final JsonArticleReader json;

    ByExtension(MarkdownArticleReader markdown, JsonArticleReader json) {
      this.markdown = markdown;
      this.json = json;
    }

    Optional<ArticleReader> forName(String fileName) {
      String name = fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".md") || name.endsWith(".markdown")) {
        return Optional.of(markdown);
      }
      if (name.endsWith(".json")) {
        return Optional.of(json);
      }
      return Optional.empty();
    }

    private ArticleReader reader(String name, Object shown) {
      return forName(name).orElseThrow(() -> new IllegalArgumentException(
          "cannot tell the format of '" + shown + "': an article file ends in .md, .markdown or .json"));
    }

    @Override
    public ReadResult<Article> parse(Path file) throws IOException {
      return reader(file.getFileName() == null ? "" : file.getFileName().toString(), file).parse(file);
    }

    @Override
    public ReadResult<Article> parse(String text, String sourceName) {
      return reader(sourceName, sourceName).parse(text, sourceName);
    }
  }
}
