package dev.carepress.render;

import java.util.List;
import java.util.Objects;

/**
 * Describes one string setting a renderer accepts, for {@code carepress formats} and for error
 * messages.
 *
 * @param key the key, e.g. {@code pageSize}
 * @param description what it does
 * @param defaultValue the value used when it is not set ({@code ""} for none)
 * @param values the accepted values, when they are a closed set; otherwise empty
 */
public record OptionInfo(String key, String description, String defaultValue, List<String> values) {
  /** Validates and copies the components. */
  public OptionInfo {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultValue, "defaultValue");
    values = List.copyOf(values);
  }

  /** An option taking any value. */
  public static OptionInfo of(String key, String description, String defaultValue) {
    return new OptionInfo(key, description, defaultValue, List.of());
  }
}
