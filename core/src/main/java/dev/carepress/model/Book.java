package dev.carepress.model;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A book: metadata and articles in reading order, as a {@code book.yaml} lists them. Renderers turn
 * it into one e-book or booklet.
 *
 * <pre>{@code
 * Book book = BookReader.create().read(Path.of("examples/book.yaml"));
 * }</pre>
 *
 * <p>{@link #source()} is the {@code book.yaml} it was read from (used to find the cover); it is
 * not compared by {@link #equals(Object)}.
 *
 * @param metadata title, authors, publisher, language, identifier and cover
 * @param articles the articles in order; slugs unique
 * @param source the file it was read from, if any
 */
public record Book(BookMetadata metadata, List<Article> articles, Optional<Path> source) {

  /** Validates and copies the components; article slugs must be unique. */
  public Book {
    Values.present(metadata, "metadata");
    articles = Values.list(articles, "articles");
    Values.present(source, "source");
    Set<String> slugs = new HashSet<>();
    for (Article article : articles) {
      if (!slugs.add(article.slug())) {
        throw new IllegalArgumentException("two articles in the book have the slug '" + article.slug() + "'");
      }
    }
  }

  /** A book made in code. */
  public static Book of(BookMetadata metadata, List<Article> articles) {
    return new Book(metadata, articles, Optional.empty());
  }

  /** The article with this slug, if the book has it. */
  public Optional<Article> article(String slug) {
    return articles.stream().filter(a -> a.slug().equals(slug)).findFirst();
  }

  /** Equal when metadata and articles are equal; {@link #source()} is not compared. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Book
        && metadata.equals(((Book) other).metadata)
        && articles.equals(((Book) other).articles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metadata, articles);
  }
}
