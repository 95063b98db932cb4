package dev.carepress.read;

import dev.carepress.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an article file in whichever format its extension names: {@code .md} and {@code .markdown}
 * with {@link MarkdownArticleReader}, {@code .json} with {@link JsonArticleReader}.
 *
 * <pre>{@code
 * Article article = ArticleReaders.read(Path.of("articles/asthma.md"));
 * ReadResult<Article> result = ArticleReaders.parse(Path.of("articles/asthma.json"));
 * }</pre>
 */
public final class ArticleReaders {
  /** The file extensions read, without the dot. */
  public static final List<String> EXTENSIONS = List.of("md", "markdown", "json");

  private ArticleReaders() {}

  /** The reader for the file's extension (any case), if it is one Carepress reads. */
  public static Optional<ArticleReader> forFile(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Optional.of(MarkdownArticleReader.create());
    }
    if (name.endsWith(".json")) {
      return Optional.of(JsonArticleReader.create());
    }
    return Optional.empty();
  }

  /** Whether the file's extension is one Carepress reads. */
  public static boolean isArticleFile(Path file) {
    return forFile(file).isPresent();
  }

  /**
   * Parses the file with the reader its extension names.
   *
   * @throws IllegalArgumentException if the extension is not {@code .md}, {@code .markdown} or {@code .json}
   * @throws IOException if the file cannot be read
   */
  public static ReadResult<Article> parse(Path file) throws IOException {
    return forFile(file)
        .orElseThrow(() -> new IllegalArgumentException(
            "cannot tell the format of '" + file + "': an article file ends in .md, .markdown or .json"))
        .parse(file);
  }

  /**
   * Reads the file with the reader its extension names.
   *
   * @throws dev.carepress.ContentException listing every problem, if there was an error
   * @throws IllegalArgumentException if the extension is not one Carepress reads
   * @throws IOException if the file cannot be read
   */
  public static Article read(Path file) throws IOException {
    return parse(file).orThrow();
  }
}
