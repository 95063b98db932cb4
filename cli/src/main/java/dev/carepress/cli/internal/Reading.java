package dev.carepress.cli.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import java.nio.file.Path;

/**
 * Reads articles and books for the commands, turning every failure into {@link
 * dev.carepress.Problem}s: a read never throws for bad content or an unreadable file.
 */
public interface Reading {

  /** Reads an article from a {@code .md}, {@code .markdown} or {@code .json} file. */
  Loaded<Article> article(Path file);

  /** Reads a {@code book.yaml} and the articles it lists. */
  Loaded<Book> book(Path file);
}
