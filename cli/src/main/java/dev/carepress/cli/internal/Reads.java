package dev.carepress.cli.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Reads through a {@link Reading}, turning a reader that crashes into an error of the file. */
final class Reads {
  private Reads() {}

  static Loaded<Article> article(Reading reading, Path file) {
    return guarded(reading::article, file);
  }

  static Loaded<Book> book(Reading reading, Path file) {
    return guarded(reading::book, file);
  }

  private static <T> Loaded<T> guarded(Function<Path, Loaded<T>> read, Path file) {
    try {
      return read.apply(file);
    } catch (RuntimeException | StackOverflowError e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return Loaded.failed(List.of(Problem.error("read-failed", file.toString(), 0, 0,
          "the reader failed: " + message, "this is a bug: please report it with this file")));
    }
  }
}
