package dev.carepress.render.epub.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Metadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The package's dates, taken from the articles' own dates so that the output never depends on the clock. */
public final class PublicationDates {
  /** The modification time used when no article has a date. */
  public static final Instant NO_DATE = LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private PublicationDates() {}

  /** The latest publication date of the articles, if any has one. */
  public static Optional<LocalDate> published(List<Article> articles) {
    return articles.stream().flatMap(a -> a.metadata().published().stream()).max(LocalDate::compareTo);
  }

  /**
   * The latest of the articles' published, updated and last-reviewed dates, at midnight UTC; {@link
   * #NO_DATE} when there is none.
   */
  public static Instant modified(List<Article> articles) {
    return articles.stream()
        .map(Article::metadata)
        .flatMap(PublicationDates::dates)
        .max(LocalDate::compareTo)
        .map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant())
        .orElse(NO_DATE);
  }

  private static Stream<LocalDate> dates(Metadata m) {
    return Stream.of(m.published(), m.updated(), m.lastReviewed()).flatMap(Optional::stream);
  }
}
