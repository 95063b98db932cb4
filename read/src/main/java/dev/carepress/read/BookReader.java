package dev.carepress.read;

import dev.carepress.model.Book;
import dev.carepress.read.internal.BookParsing;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a book: a {@code book.yaml} and the articles it lists.
 *
 * <pre>{@code
 * Book book = BookReader.create().read(Path.of("examples/book.yaml"));
 * }</pre>
 *
 * <p>Keys: {@code title} (required), {@code subtitle}, {@code slug} (default: the slug of the
 * title), {@code authors} (names or {@code {name, credentials, url}}), {@code publisher}, {@code
 * language} (default {@code en}), {@code identifier}, {@code cover} ({@code {src, alt}}) and {@code
 * articles}: paths relative to the book file's folder, {@code .md}, {@code .markdown} or {@code
 * .json}, in reading order. A path that is absolute, leads outside that folder (also through a
 * symbolic link) or names no file is an error, as are two articles with one slug. Every article is
 * read and every problem of the book file and of the articles is collected. Immutable and
 * thread-safe.
 */
public final class BookReader {
  private static final BookReader INSTANCE = new BookReader();

  private BookReader() {}

  /** The reader. */
  public static BookReader create() {
    return INSTANCE;
  }

  /**
   * Parses the book file and its articles.
   *
   * @throws IOException if the book file itself cannot be read
   */
  public ReadResult<Book> parse(Path bookFile) throws IOException {
    return BookParsing.parse(bookFile);
  }

  /**
   * Reads the book file and its articles.
   *
   * @throws dev.carepress.ContentException listing every problem, if there was an error
   * @throws IOException if the book file itself cannot be read
   */
  public Book read(Path bookFile) throws IOException {
    return parse(bookFile).orThrow();
  }
}
