package dev.carepress.read;

import dev.carepress.ContentException;
import dev.carepress.model.Article;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an article from one source format. {@code parse} collects every problem into a {@link
 * ReadResult}; {@code read} returns the article or throws a {@link ContentException} listing them.
 * Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * ArticleReader reader = MarkdownArticleReader.create();
 * Article article = reader.read(Path.of("asthma.md"));
 * }</pre>
 */
public interface ArticleReader {

  /**
   * Parses the file; problems name it as given.
   *
   * @throws IOException if the file cannot be read (missing, unreadable); bad content is a problem
   */
  ReadResult<Article> parse(Path file) throws IOException;

  /**
   * Parses text held in memory.
   *
   * @param text the article's text
   * @param sourceName the name problems give as the source, e.g. a file name; its base name is the
   *     default slug
   */
  ReadResult<Article> parse(String text, String sourceName);

  /**
   * Reads the file.
   *
   * @throws ContentException listing every problem, if there was an error
   * @throws IOException if the file cannot be read
   */
  default Article read(Path file) throws IOException {
    return parse(file).orThrow();
  }

  /**
   * Reads text held in memory.
   *
   * @throws ContentException listing every problem, if there was an error
   */
  default Article read(String text, String sourceName) {
    return parse(text, sourceName).orThrow();
  }
}
