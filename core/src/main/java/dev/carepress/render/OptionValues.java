package dev.carepress.render;

import dev.carepress.text.Suggestions;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The values of a set of declared {@link Option}s: those set, and the defaults of the rest.
 * Immutable; renderers keep one as their options, and their typed builders fill one through a
 * {@link Builder}.
 *
 * <pre>{@code
 * OptionValues values = OptionValues.builder(PdfRenderer.OPTIONS)
 *     .set(PdfRenderer.PAGE_SIZE, PageSize.LETTER)
 *     .apply(Settings.of(Map.of("largePrint", "true")))
 *     .build();
 * values.get(PdfRenderer.PAGE_SIZE);   // LETTER
 * }</pre>
 */
public final class OptionValues {
  private final List<Option<?>> options;
  private final Map<Option<?>, Object> values;

  private OptionValues(List<Option<?>> options, Map<Option<?>, Object> values) {
    this.options = options;
    this.values = values;
  }

  /** Every option at its default. */
  public static OptionValues defaults(List<Option<?>> options) {
    return builder(options).build();
  }

  /** A builder for values of these options, all at their defaults. */
  public static Builder builder(List<Option<?>> options) {
    return new Builder(options);
  }

  /** The options these are values of, as declared. */
  public List<Option<?>> options() {
    return options;
  }

  /**
   * The value of the option: as set, or its default.
   *
   * @throws IllegalArgumentException if the option is not one of these
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Option<T> option) {
    Object value = values.get(option);
    if (value == null) {
      if (!options.contains(option)) {
        throw new IllegalArgumentException("not one of these options: " + option.key());
      }
      return option.defaultValue();
    }
    return (T) value;
  }

  /** Whether the option was set (even to its default). */
  public boolean isSet(Option<?> option) {
    return values.containsKey(option);
  }

  /** A builder holding these values, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(options);
    b.values.putAll(values);
    return b;
  }

  /**
   * The values set, in their text form: the settings that make these values again, sorted by key.
   * A prefixed option gives one setting per key.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Settings toSettings() {
    Map<String, String> map = new TreeMap<>();
    for (Map.Entry<Option<?>, Object> entry : values.entrySet()) {
      Option option = entry.getKey();
      if (option.isPrefixed()) {
        ((Map<String, String>) entry.getValue()).forEach((k, v) -> map.put(option.key() + "." + k, v));
      } else {
        map.put(option.key(), option.print(entry.getValue()));
      }
    }
    return Settings.of(map);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OptionValues && ((OptionValues) other).options.equals(options)
        && ((OptionValues) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "OptionValues" + toSettings().asMap();
  }

  /** Builds {@link OptionValues}. Not thread-safe. */
  public static final class Builder {
    private final List<Option<?>> options;
    private final Map<Option<?>, Object> values = new LinkedHashMap<>();

    private Builder(List<Option<?>> options) {
      Set<String> keys = new TreeSet<>();
      for (Option<?> option : options) {
        if (!keys.add(option.key())) {
          throw new IllegalArgumentException("two options with the key '" + option.key() + "'");
        }
      }
      this.options = List.copyOf(options);
    }

    /**
     * Sets an option from code.
     *
     * @throws IllegalArgumentException if the option is not one of these or the value is out of range
     */
    public <T> Builder set(Option<T> option, T value) {
      if (!options.contains(option)) {
        throw new IllegalArgumentException("not one of these options: " + option.key());
      }
      Object checked = option.check(value);
      if (option.isPrefixed()) {
        @SuppressWarnings("unchecked")
        Map<String, String> map = (Map<String, String>) checked;
        checked = Option.sorted(map);
      }
      values.put(option, checked);
      return this;
    }

    /**
     * Sets the options named in the settings from their text form.
     *
     * @param formatId what the settings are for, named in errors (e.g. {@code pdf})
     * @throws SettingsException for a key no option matches (naming the closest and every known
     *     key) or a value its option cannot read (naming the key, the value and what is allowed)
     */
    @SuppressWarnings("unchecked")
    public Builder apply(String formatId, Settings settings) {
      Map<Option<?>, Map<String, String>> prefixed = new HashMap<>();
      for (Map.Entry<String, String> entry : settings.asMap().entrySet()) {
        String key = entry.getKey();
        Option<?> option = Option.find(options, key).orElseThrow(() -> unknown(formatId, key));
        if (option.isPrefixed()) {
          prefixed.computeIfAbsent(option, o -> new TreeMap<>(get((Option<Map<String, String>>) o)))
              .put(key.substring(option.key().length() + 1), entry.getValue());
        } else {
          values.put(option, option.parse(entry.getValue()));
        }
      }
      prefixed.forEach((option, map) -> values.put(option, Option.sorted(map)));
      return this;
    }

    /** The value the option has in this builder so far. */
    @SuppressWarnings("unchecked")
    public <T> T get(Option<T> option) {
      Object value = values.get(option);
      return value == null ? option.defaultValue() : (T) value;
    }

    /** The values. */
    public OptionValues build() {
      return new OptionValues(options, Map.copyOf(values));
    }

    private SettingsException unknown(String formatId, String key) {
      Set<String> known = options.stream()
          .map(o -> o.isPrefixed() ? o.key() + ".KEY" : o.key())
          .collect(Collectors.toCollection(TreeSet::new));
      String suggestion = Suggestions.closest(key, known).map(s -> "; did you mean '" + s + "'?").orElse("");
      return new SettingsException("unknown setting '" + key + "' for format '" + Objects.requireNonNull(formatId) + "'"
          + suggestion + (known.isEmpty() ? " (it has no settings)" : " (known: " + String.join(", ", known) + ")"));
    }
  }
}
