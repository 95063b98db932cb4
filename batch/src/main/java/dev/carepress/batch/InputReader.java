package dev.carepress.batch;

import dev.carepress.batch.internal.StandardReader;
import dev.carepress.model.Article;
import dev.carepress.Problem;
import dev.carepress.model.Book;
import dev.carepress.model.StreamedBook;
import dev.carepress.read.ReadResult;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * How a batch reads its inputs: article files and {@code book.yaml} files. A read never throws for
 * bad content or an unreadable file; every failure is a {@link dev.carepress.Problem} of the result.
 *
 * <pre>{@code
 * Batch batch = Batch.builder().input(Path.of("articles")).out(Path.of("site"))
 *     .reader(InputReader.standard())   // the default
 *     .build();
 * }</pre>
 *
 * <p>A batch reads many files at once, so an implementation must be thread-safe. A reader that
 * throws anyway is caught, and its exception becomes an error of the file.
 */
public interface InputReader {

  /** Reads an article from a {@code .md}, {@code .markdown} or {@code .json} file. */
  ReadResult<Article> article(Path file);

  /** Reads a {@code book.yaml} and the articles it lists. */
  ReadResult<Book> book(Path file);

  /**
   * Reads a {@code book.yaml} for a run that renders only the book, reading its articles when a
   * renderer needs them (see {@link dev.carepress.read.BookReader#stream}): the result has the
   * book file's problems; the articles' warnings go to {@code articleWarnings} once, when they have
   * all been read without an error. Never throws for bad content. The default reads the whole
   * book with {@link #book(Path)} and streams it from memory.
   */
  default ReadResult<StreamedBook> streamedBook(Path file, Consumer<Problem> articleWarnings) {
    return book(file).map(StreamedBook::of);
  }

  /**
   * This reader made strict, for CI: a file with a warning fails as if it were an error (see {@link
   * ReadResult#strict()}), so a batch does not render it.
   */
  default InputReader strict() {
    return new dev.carepress.batch.internal.StrictReader(this);
  }

  /** The Carepress readers: Markdown with YAML front matter, JSON, and books. */
  static InputReader standard() {
    return StandardReader.INSTANCE;
  }
}
