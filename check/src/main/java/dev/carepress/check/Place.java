package dev.carepress.check;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a finding is in the article. Readers keep no source positions in the model, so a place is
 * the part (a section id, {@code introduction} or {@code key-points}), the 1-based number of the
 * paragraph or list item in that part, and a stable path into the model in record component names
 * ({@code /sections/2/blocks/0/items/1/blocks/0}), which is also the JSON Pointer into the
 * article's JSON form.
 *
 * @param part the section id, {@code introduction}, {@code key-points} or {@code metadata}
 * @param paragraph the 1-based number of the paragraph, list item or key point within the part, if any
 * @param path the path into the model
 * @param label a short description for people: {@code Section "Symptoms", paragraph 2}
 * @param sentence the sentence concerned, if any
 */
public record Place(String part, OptionalInt paragraph, String path, String label, Optional<String> sentence) {
  /** Validates the components. */
  public Place {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(sentence, "sentence");
  }

  /** A place in the metadata (front matter), such as {@code /metadata/lastReviewed}. */
  public static Place metadata(String field) {
    return new Place("metadata", OptionalInt.empty(), "/metadata/" + field, "Front matter: " + field,
        Optional.empty());
  }
}
