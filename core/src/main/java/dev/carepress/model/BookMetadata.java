package dev.carepress.model;

import java.util.List;
import java.util.Optional;

/**
 * What is known about a book besides its articles ({@code book.yaml} keys have the same names).
 *
 * @param title the book's title
 * @param subtitle a line under the title
 * @param slug the name of the output file, e.g. {@code everyday-health} for {@code everyday-health.epub}
 * @param authors the book's authors or editors
 * @param publisher who publishes it
 * @param language the BCP 47 language tag, kept in canonical case ({@link Metadata#canonicalLanguage})
 * @param identifier a stable unique identifier (a URN, ISBN or URL); renderers derive one from the
 *     content when it is absent
 * @param cover the cover image
 */
public record BookMetadata(
    String title,
    Optional<String> subtitle,
    String slug,
    List<Person> authors,
    Optional<String> publisher,
    String language,
    Optional<String> identifier,
    Optional<Image> cover) {

  /** Validates and copies the components. */
  public BookMetadata {
    Values.text(title, "title");
    Values.present(subtitle, "subtitle");
    Values.text(slug, "slug");
    if (!Metadata.isValidSlug(slug)) {
      throw new IllegalArgumentException("book slug '" + slug + "' must hold only letters, digits, '-', '_' and '.'");
    }
    authors = Values.list(authors, "authors");
    Values.present(publisher, "publisher");
    Values.text(language, "language");
    if (!Metadata.isValidLanguage(language)) {
      throw new IllegalArgumentException("language '" + language + "' is not a BCP 47 tag");
    }
    language = Metadata.canonicalLanguage(language);
    Values.present(identifier, "identifier");
    Values.present(cover, "cover");
  }

  /** Whether the book's language is written right to left: its booklet is then laid out from the right. */
  public boolean rightToLeft() {
    return Metadata.isRightToLeft(language);
  }

  /** Metadata with a title only: slug from the title, language {@code en}. */
  public static BookMetadata of(String title) {
    return new BookMetadata(
        title, Optional.empty(), Slugs.slugify(title), List.of(), Optional.empty(), "en", Optional.empty(),
        Optional.empty());
  }
}
