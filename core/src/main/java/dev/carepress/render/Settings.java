package dev.carepress.render;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renderer options as string key/value pairs: the form the CLI ({@code --set pageSize=LETTER}),
 * the Maven plugin and configuration files use. A renderer's declared {@link Option}s read them
 * ({@link OptionValues.Builder#apply}), naming the key and the value when a value cannot be used.
 *
 * <pre>{@code
 * Renderer pdf = Renderers.discover().require("pdf", Settings.of(Map.of("pageSize", "LETTER")));
 * }</pre>
 */
public final class Settings {
  private static final Settings EMPTY = new Settings(Map.of());

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = values;
  }

  /** No settings: every renderer's defaults. */
  public static Settings empty() {
    return EMPTY;
  }

  /**
   * Settings from a map (copied).
   *
   * @throws NullPointerException naming the key whose value is null (say, read from a config file
   *     that left it empty), or for a null key
   */
  public static Settings of(Map<String, String> values) {
    Objects.requireNonNull(values, "values");
    Map<String, String> sorted = new TreeMap<>();
    values.forEach((key, value) -> {
      Objects.requireNonNull(key, "a setting's key must not be null");
      Objects.requireNonNull(value, () -> "setting '" + key + "' has no value (null): give its text, e.g. "
          + key + "=…, or leave the key out for the default");
      sorted.put(key, value);
    });
    return new Settings(Map.copyOf(sorted));
  }

  /**
   * Settings from {@code key=value} strings, as given on a command line.
   *
   * @throws SettingsException if one has no {@code =} or an empty key
   */
  public static Settings parse(Collection<String> pairs) {
    Map<String, String> map = new TreeMap<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new SettingsException("setting '" + pair + "' must have the form key=value, e.g. pageSize=LETTER");
      }
      map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return of(map);
  }

  /** A copy with one more setting (replacing any with the same key). */
  public Settings with(String key, String value) {
    Map<String, String> map = new TreeMap<>(values);
    map.put(key, value);
    return of(map);
  }

  /** The keys set. */
  public Set<String> keys() {
    return values.keySet();
  }

  /** All settings, sorted by key. */
  public Map<String, String> asMap() {
    return new TreeMap<>(values);
  }

  /** The value of the key, if set. */
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Settings && values.equals(((Settings) other).values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Settings" + new TreeMap<>(values);
  }
}
