package dev.carepress.cli.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
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
    // TODO(cli): wire MarkdownArticleReader and JsonArticleReader when core-read lands
    return Loaded.failed(List.of(Problem.error("no-reader", file.toString(), 0, 0, "this build has no article reader", "")));
  }

  @Override
  public Loaded<Book> book(Path file) {
    return Loaded.failed(List.of(Problem.error("no-reader", file.toString(), 0, 0, "this build has no book reader", "")));
  }
}
