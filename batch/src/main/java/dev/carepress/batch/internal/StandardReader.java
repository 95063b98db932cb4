package dev.carepress.batch.internal;

import dev.carepress.Problem;
import dev.carepress.batch.InputReader;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.StreamedBook;
import dev.carepress.read.ArticleReaders;
import dev.carepress.read.BookReader;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Reads with the Carepress readers of {@code dev.carepress.read}. */
public final class StandardReader implements InputReader {
  /** The one instance: it holds nothing. */
  public static final InputReader INSTANCE = new StandardReader();

  private StandardReader() {}

  @Override
  public ReadResult<Article> article(Path file) {
    if (!ArticleReaders.isArticleFile(file)) {
      return ReadResult.failure(List.of(Problem.error("not-an-article", file.toString(), 0, 0, "not an article file",
          "articles are " + InputFiles.KINDS + " files")));
    }
    try {
      return ArticleReaders.parse(file);
    } catch (IOException e) {
      return ReadResult.failure(List.of(unreadable(file, e)));
    }
  }

  @Override
  public ReadResult<Book> book(Path file) {
    try {
      return BookReader.create().parse(file);
    } catch (IOException e) {
      return ReadResult.failure(List.of(unreadable(file, e)));
    }
  }

  @Override
  public ReadResult<StreamedBook> streamedBook(Path file, Consumer<Problem> articleWarnings) {
    return streamedBook(BookReader.create(), file, articleWarnings);
  }

  /** The book file read by the book reader, its articles left to be read when needed. */
  static ReadResult<StreamedBook> streamedBook(BookReader books, Path file, Consumer<Problem> articleWarnings) {
    try {
      return books.stream(file, articleWarnings);
    } catch (IOException e) {
      return ReadResult.failure(List.of(unreadable(file, e)));
    }
  }

  private static Problem unreadable(Path file, IOException e) {
    return Problem.error("unreadable", file.toString(), 0, 0, "cannot read the file: " + InputFiles.reason(e),
        "check that it exists and can be read");
  }
}
