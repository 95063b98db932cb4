package dev.carepress.model;

import java.util.Locale;
import java.util.Optional;

/** Who an article is written for. */
public enum Audience {
  /** People with the condition. */
  PATIENT,
  /** Family members and others who look after someone. */
  CAREGIVER,
  /** Clinicians and other health professionals. */
  PROFESSIONAL;

  /** The lower-case name used in sources and JSON, e.g. {@code patient}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The audience with this id (any case), if there is one. */
  public static Optional<Audience> fromId(String id) {
    for (Audience audience : values()) {
      if (audience.name().equalsIgnoreCase(id)) {
        return Optional.of(audience);
      }
    }
    return Optional.empty();
  }
}
