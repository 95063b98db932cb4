package dev.carepress.importer;

import java.util.Objects;

/**
 * Where one field of an imported article came from.
 *
 * @param field the front-matter key, e.g. {@code lastReviewed}
 * @param origin the kind of source
 * @param detail what exactly, e.g. {@code MedicalWebPage.lastReviewed} or {@code "Page last reviewed:" line}
 * @param guessed whether the value was inferred rather than stated (a category taken from the
 *     breadcrumb, a date next to no label), so a person should check it
 */
public record FieldSource(String field, Origin origin, String detail, boolean guessed) {
  /** Validates the components. */
  public FieldSource {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return field + ": " + (guessed ? "guessed from " : "") + origin.label() + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
