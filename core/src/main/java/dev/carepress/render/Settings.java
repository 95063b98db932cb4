package dev.carepress.render;

import dev.carepress.internal.Suggestions;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renderer options as string key/value pairs: the form the CLI ({@code --set pageSize=LETTER}) and
 * configuration files use. Providers turn them into their typed options with the getters here,
 * which name the key and the value when a value cannot be used.
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

  /** Settings from a map (copied). */
  public static Settings of(Map<String, String> values) {
    return new Settings(Map.copyOf(new TreeMap<>(values)));
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

  /** The boolean value of the key ({@code true}/{@code false}, {@code yes}/{@code no}), or the default. */
  public boolean bool(String key, boolean defaultValue) {
    return get(key)
        .map(
            v -> {
              switch (v.toLowerCase(Locale.ROOT)) {
                case "true": case "yes": case "on": case "1": return true;
                case "false": case "no": case "off": case "0": return false;
                default:
                  throw new SettingsException(
                      "setting '" + key + "' must be true or false, not '" + v + "'");
              }
            })
        .orElse(defaultValue);
  }

  /** The whole-number value of the key, or the default. */
  public int integer(String key, int defaultValue) {
    return get(key)
        .map(
            v -> {
              try {
                return Integer.parseInt(v);
              } catch (NumberFormatException e) {
                throw new SettingsException("setting '" + key + "' must be a whole number, not '" + v + "'");
              }
            })
        .orElse(defaultValue);
  }

  /** The number value of the key, or the default. */
  public double number(String key, double defaultValue) {
    return get(key)
        .map(
            v -> {
              try {
                return Double.parseDouble(v);
              } catch (NumberFormatException e) {
                throw new SettingsException("setting '" + key + "' must be a number, not '" + v + "'");
              }
            })
        .orElse(defaultValue);
  }

  /** The enum constant named by the key's value (any case, {@code -} for {@code _}), or the default. */
  public <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue) {
    Optional<String> value = get(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    String wanted = value.get().strip().replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(wanted)) {
        return constant;
      }
    }
    String allowed =
        java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    throw new SettingsException("setting '" + key + "' must be one of " + allowed + ", not '" + value.get() + "'");
  }

  /**
   * Fails if a key is not one of the format's options, naming the closest known key.
   *
   * @throws SettingsException naming the unknown key and the keys the format knows
   */
  public void requireKnown(String formatId, Collection<OptionInfo> options) {
    Set<String> known = options.stream().map(OptionInfo::key).collect(Collectors.toCollection(java.util.TreeSet::new));
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        String suggestion = Suggestions.closest(key, known).map(s -> "; did you mean '" + s + "'?").orElse("");
        throw new SettingsException(
            "unknown setting '" + key + "' for format '" + formatId + "'" + suggestion
                + (known.isEmpty() ? " (it has no settings)" : " (known: " + String.join(", ", known) + ")"));
      }
    }
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
