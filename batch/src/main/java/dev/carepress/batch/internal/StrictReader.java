package dev.carepress.batch.internal;

import dev.carepress.batch.InputReader;
import dev.carepress.model.Article;
import dev.carepress.Problem;
import dev.carepress.model.Book;
import dev.carepress.model.StreamedBook;
import dev.carepress.read.BookReader;
import dev.carepress.read.ReadResult;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A reader made strict ({@link InputReader#strict()}): a file with a warning fails as if it were
 * an error. Named, so that an incremental run can tell the standard reader made strict from
 * another reader (see {@link Fingerprints#reader}).
 *
 * @param lenient the reader made strict
 */
public record StrictReader(InputReader lenient) implements InputReader {
  @Override
  public ReadResult<Article> article(Path file) {
    return lenient.article(file).strict();
  }

  @Override
  public ReadResult<Book> book(Path file) {
    return lenient.book(file).strict();
  }

  /** The standard reader's book streamed, its articles read strictly; another reader's read whole. */
  @Override
  public ReadResult<StreamedBook> streamedBook(Path file, Consumer<Problem> articleWarnings) {
    if (lenient == StandardReader.INSTANCE) {
      return StandardReader.streamedBook(BookReader.builder().strict(true).build(), file, articleWarnings);
    }
    return InputReader.super.streamedBook(file, articleWarnings);
  }
}
