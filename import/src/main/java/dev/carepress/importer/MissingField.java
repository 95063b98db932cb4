package dev.carepress.importer;

import java.util.Objects;

/**
 * A field a health article should have that the page did not give.
 *
 * @param field the front-matter key, e.g. {@code lastReviewed}
 * @param advice what to do, e.g. {@code no review date: add lastReviewed}
 */
public record MissingField(String field, String advice) {
  /** Validates the components. */
  public MissingField {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(advice, "advice");
  }
}
