package dev.carepress.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's compact constructors. */
final class Values {
  private Values() {}

  /** An immutable copy of the list; names the component when it or an element is null. */
  static <T> List<T> list(List<T> list, String name) {
    Objects.requireNonNull(list, name);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(name + "[" + i + "]");
      }
    }
    return List.copyOf(list);
  }

  /** The text, which must not be null or blank. */
  static String text(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return text;
  }

  /** The value, which must not be null. */
  static <T> T present(T value, String name) {
    return Objects.requireNonNull(value, name);
  }
}
