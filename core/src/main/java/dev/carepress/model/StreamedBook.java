package dev.carepress.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A book whose articles are read when they are needed rather than held: its metadata, the file it
 * came from, how many articles it has, and the articles in reading order, read again on every
 * iteration. A renderer that can write a book in passes (the EPUB one) renders it in memory bounded
 * by a few articles, however long the book; any other renderer {@linkplain #collect() collects} it.
 *
 * <pre>{@code
 * StreamedBook book = BookReader.create().stream(Path.of("book.yaml"), warning -> {}).orThrow();
 * EpubRenderer.create().renderBook(book, Path.of("out/everyday-health.epub"), RenderContext.defaults());
 * }</pre>
 *
 * <p><b>Contract.</b> Every iteration of {@link #articles()} gives the same articles in the same
 * order (slugs unique), as long as their files do not change; an article that can no longer be read
 * (its file changed or vanished) makes the iterator throw a {@link dev.carepress.ContentException}
 * naming the file, line and column, and an I/O failure an {@link java.io.UncheckedIOException}.
 * Iterators may be used from one thread at a time.
 */
public interface StreamedBook {

  /** The book's title, authors, language, cover …. */
  BookMetadata metadata();

  /** The file the book was read from, if any (used to find the cover). */
  Optional<Path> source();

  /** How many articles the book has. */
  int size();

  /** The articles in reading order, read anew on each iteration. */
  Iterable<Article> articles();

  /**
   * Every article read into one {@link Book}, for renderers that need them all at once.
   *
   * @throws dev.carepress.ContentException if an article cannot be read
   * @throws IllegalArgumentException if two articles have one slug
   */
  default Book collect() {
    List<Article> all = new ArrayList<>(size());
    articles().forEach(all::add);
    return new Book(metadata(), all, source());
  }

  /** A book already in memory, streamed from its list (nothing is read). */
  static StreamedBook of(Book book) {
    Objects.requireNonNull(book, "book");
    return new StreamedBook() {
      @Override
      public BookMetadata metadata() {
        return book.metadata();
      }

      @Override
      public Optional<Path> source() {
        return book.source();
      }

      @Override
      public int size() {
        return book.articles().size();
      }

      @Override
      public Iterable<Article> articles() {
        return book.articles();
      }

      @Override
      public Book collect() {
        return book;
      }
    };
  }
}
