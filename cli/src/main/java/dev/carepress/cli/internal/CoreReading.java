package dev.carepress.cli.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.ArticleReaders;
import dev.carepress.read.BookReader;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads with the Carepress readers of {@code dev.carepress.read}. */
final class CoreReading implements Reading {
  private CoreReading() {}

  static Reading create() {
    return new CoreReading();
  }

  @Override
  public Loaded<Article> article(Path file) {
    if (!ArticleReaders.isArticleFile(file)) {
      return Loaded.failed(List.of(Problem.error("not-an-article", file.toString(), 0, 0, "not an article file",
          "articles are " + InputFiles.KINDS + " files")));
    }
    try {
      return loaded(ArticleReaders.parse(file));
    } catch (IOException e) {
      return Loaded.failed(List.of(unreadable(file, e)));
    }
  }

  @Override
  public Loaded<Book> book(Path file) {
    try {
      return loaded(BookReader.create().parse(file));
    } catch (IOException e) {
      return Loaded.failed(List.of(unreadable(file, e)));
    }
  }

  private static <T> Loaded<T> loaded(ReadResult<T> result) {
    return new Loaded<>(result.value(), result.problems());
  }

  private static Problem unreadable(Path file, IOException e) {
    return Problem.error("unreadable", file.toString(), 0, 0, "cannot read the file: " + InputFiles.reason(e),
        "check that it exists and can be read");
  }
}
