package dev.carepress.check;

import java.util.Objects;

/**
 * One thing a check found, and where.
 *
 * @param message what was found, e.g. {@code "sphygmomanometer" (5 syllables) is not in the glossary}
 * @param place where it is
 */
public record Finding(String message, Place place) {
  /** Validates the components. */
  public Finding {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(place, "place");
  }
}
