package dev.carepress.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A source the article is based on, listed in its references.
 *
 * @param title the work's title
 * @param url where to read it
 * @param publisher who published it
 * @param year the year it was published
 */
public record Reference(String title, Optional<String> url, Optional<String> publisher, OptionalInt year) {
  /** Validates the components. */
  public Reference {
    Values.text(title, "title");
    Values.present(url, "url");
    Values.present(publisher, "publisher");
    Values.present(year, "year");
  }

  /** A reference with a title and URL only. */
  public static Reference of(String title, String url) {
    return new Reference(title, Optional.of(url), Optional.empty(), OptionalInt.empty());
  }
}
