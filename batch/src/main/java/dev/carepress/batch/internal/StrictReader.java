package dev.carepress.batch.internal;

import dev.carepress.batch.InputReader;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.ReadResult;
import java.nio.file.Path;

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
}
