package dev.carepress.benchmarks;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.BookReader;
import dev.carepress.read.MarkdownArticleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** Reads the benchmark corpus of {@code gen_corpus.py} with core's readers. */
final class PdfCorpus {
  private PdfCorpus() {}

  /** The article in the file. */
  static Article article(Path file) {
    try {
      return MarkdownArticleReader.create().read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code count} articles of the folder's {@code book.yaml}, as a book. */
  static Book book(Path dir, int count) {
    try {
      Book book = BookReader.create().read(dir.resolve("book.yaml"));
      List<Article> articles = book.articles().subList(0, Math.min(count, book.articles().size()));
      return new Book(book.metadata(), articles, book.source());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
