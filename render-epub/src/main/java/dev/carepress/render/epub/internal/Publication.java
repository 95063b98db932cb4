package dev.carepress.render.epub.internal;

import dev.carepress.model.Article;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Image;
import dev.carepress.model.Person;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What goes into one EPUB, whether it came from a book or a single article: the package metadata.
 * The articles themselves are not held: a book's are read in two passes ({@link ArticleScan}, then
 * the chapters).
 *
 * @param identifier the {@code dc:identifier}
 * @param title the title
 * @param subtitle the subtitle, if any
 * @param language the main BCP 47 language
 * @param languages every language used, the main one first
 * @param creators the authors
 * @param publisher the publisher, if any
 * @param description a description, if any
 * @param subjects subjects, without duplicates
 * @param date the publication date, if known
 * @param modified the last modification, to the second
 * @param url the online page a single article's e-book was made from ({@code dc:source}); none for a book
 * @param source the book's or article's file (to find the cover)
 * @param cover the cover image, if any
 * @param isBook whether this is a book (title page) or one article
 */
public record Publication(
    String identifier,
    String title,
    Optional<String> subtitle,
    String language,
    List<String> languages,
    List<Person> creators,
    Optional<String> publisher,
    Optional<String> description,
    List<String> subjects,
    Optional<LocalDate> date,
    Instant modified,
    Optional<String> url,
    Optional<Path> source,
    Optional<Image> cover,
    boolean isBook) {

  /** The publication for a book, from its metadata and the scan of its articles. */
  static Publication of(BookMetadata meta, Optional<Path> source, ArticleScan scan,
      Optional<Instant> modifiedOverride) {
    return new Publication(
        meta.identifier().orElseGet(scan::identifier),
        meta.title(),
        meta.subtitle(),
        meta.language(),
        scan.languages(),
        meta.authors(),
        meta.publisher(),
        meta.subtitle(),
        scan.subjects(),
        scan.published(),
        modifiedOverride.orElseGet(() ->
            scan.latest().map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(PublicationDates.NO_DATE)),
        Optional.empty(),
        source,
        meta.cover(),
        true);
  }

  /** The publication for one article. */
  public static Publication of(Article article, Optional<Instant> modifiedOverride) {
    var meta = article.metadata();
    Set<String> subjects = new LinkedHashSet<>();
    meta.category().ifPresent(subjects::add);
    meta.about().forEach(s -> subjects.add(s.name()));
    subjects.addAll(meta.tags());
    List<Article> one = List.of(article);
    return new Publication(
        Identifiers.derive(meta.title(), meta.language(), one),
        meta.title(),
        meta.subtitle(),
        meta.language(),
        List.of(meta.language()),
        meta.authors(),
        Optional.empty(),
        meta.summary(),
        new ArrayList<>(subjects),
        PublicationDates.published(one),
        modifiedOverride.orElseGet(() -> PublicationDates.modified(one)),
        meta.url(),
        article.source(),
        Optional.empty(),
        false);
  }
}
