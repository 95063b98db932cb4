package dev.carepress.batch.internal;

import dev.carepress.Problem;
import dev.carepress.batch.InputReader;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.ReadResult;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Reads through an {@link InputReader}, turning a reader that crashes into an error of the file. */
final class Reads {
  private Reads() {}

  static ReadResult<Article> article(InputReader reader, Path file) {
    return guarded(reader::article, file);
  }

  static ReadResult<Book> book(InputReader reader, Path file) {
    return guarded(reader::book, file);
  }

  private static <T> ReadResult<T> guarded(Function<Path, ReadResult<T>> read, Path file) {
    try {
      return read.apply(file);
    } catch (RuntimeException | StackOverflowError e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return ReadResult.failure(List.of(Problem.error("read-failed", file.toString(), 0, 0,
          "the reader failed: " + message, "this is a bug: please report it with this file")));
    }
  }
}
