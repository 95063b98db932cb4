package dev.carepress.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What an article is about: a medical condition (schema.org {@code MedicalCondition}) or a wider
 * health topic. In front matter a plain string is a condition; {@code {name, type: topic}} is a
 * topic.
 *
 * @param name the condition or topic, e.g. {@code multiple sclerosis}
 * @param kind condition or topic
 */
public record Subject(String name, Kind kind) {

  /** The kinds of subject. */
  public enum Kind {
    /** A medical condition. */
    CONDITION,
    /** A health topic that is not a condition, e.g. hand washing. */
    TOPIC;

    /** The lower-case name used in sources and JSON. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with this id (any case), if there is one. */
    public static Optional<Kind> fromId(String id) {
      for (Kind kind : values()) {
        if (kind.name().equalsIgnoreCase(id)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /** Validates the components. */
  public Subject {
    Values.text(name, "name");
    Values.present(kind, "kind");
  }

  /** A medical condition. */
  public static Subject condition(String name) {
    return new Subject(name, Kind.CONDITION);
  }

  /** A health topic. */
  public static Subject topic(String name) {
    return new Subject(name, Kind.TOPIC);
  }
}
