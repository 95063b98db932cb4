package dev.carepress.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One setting of a renderer (or reader, or check), declared once: its key, type, default and
 * description, and how its text form ({@code --set pageSize=LETTER}) is read. The declaration drives
 * the typed builder, the string {@link Settings} path and {@code carepress formats}, so the three
 * cannot drift apart.
 *
 * <pre>{@code
 * public static final Option<PageSize> PAGE_SIZE =
 *     Option.choice("pageSize", PageSize.class, PageSize.A4, "paper size");
 * public static final Option<Boolean> LARGE_PRINT =
 *     Option.flag("largePrint", false, "large print: 18 pt body text");
 * }</pre>
 *
 * <p>A <em>prefixed</em> option ({@link #prefixed}) takes every key under a prefix, as {@code
 * labels.keyPoints=At a glance} does, and its value is the map of what follows the prefix. Options
 * are immutable; two are equal when their keys are.
 *
 * @param <T> the type of the value
 */
public final class Option<T> {
  private final String key;
  private final String type;
  private final T defaultValue;
  private final String description;
  private final List<String> values;
  private final boolean prefixed;
  private final Function<String, T> parser;
  private final Function<T, String> printer;
  private final Function<T, String> validator;

  private Option(
      String key,
      String type,
      T defaultValue,
      String description,
      List<String> values,
      boolean prefixed,
      Function<String, T> parser,
      Function<T, String> printer,
      Function<T, String> validator) {
    if (key.isEmpty() || !key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
      throw new IllegalArgumentException("an option key is letters, digits, '.' and '-': '" + key + "'");
    }
    this.key = key;
    this.type = Objects.requireNonNull(type, "type");
    this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
    this.description = Objects.requireNonNull(description, "description");
    this.values = List.copyOf(values);
    this.prefixed = prefixed;
    this.parser = parser;
    this.printer = printer;
    this.validator = validator;
  }

  /** A {@code true}/{@code false} setting (also read: {@code yes}/{@code no}, {@code on}/{@code off}, {@code 1}/{@code 0}). */
  public static Option<Boolean> flag(String key, boolean defaultValue, String description) {
    return new Option<>(key, "boolean", defaultValue, description, List.of("true", "false"), false,
        Option::parseBoolean, String::valueOf, v -> null);
  }

  /**
   * A whole number from {@code min} to {@code max}, inclusive; {@code max} {@link Integer#MAX_VALUE}
   * means no upper bound (its type reads "integer 1 or more").
   */
  public static Option<Integer> integer(String key, int defaultValue, int min, int max, String description) {
    if (defaultValue < min || defaultValue > max) {
      throw new IllegalArgumentException(key + ": the default " + defaultValue + " is outside " + min + "–" + max);
    }
    boolean unbounded = max == Integer.MAX_VALUE;
    String range = unbounded ? min + " or more" : min + "–" + max;
    String outside = unbounded ? "must be " + min + " or more" : "must be from " + min + " to " + max;
    return new Option<>(key, "integer " + range, defaultValue, description, List.of(), false,
        text -> {
          try {
            return Integer.parseInt(text.strip());
          } catch (NumberFormatException e) {
            return null;
          }
        },
        String::valueOf,
        v -> v < min || v > max ? outside : null);
  }

  /**
   * One of an enum's constants, written in its text form as the constant's name in lower case with
   * {@code -} for {@code _} (e.g. {@code fragment}), read in any case; or, with {@code upperCase},
   * as the name itself (e.g. {@code A4}, {@code LETTER}).
   */
  public static <E extends Enum<E>> Option<E> choice(
      String key, Class<E> type, E defaultValue, boolean upperCase, String description) {
    Function<E, String> printer =
        upperCase ? Enum::name : e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    List<String> names = Arrays.stream(type.getEnumConstants()).map(printer).collect(Collectors.toList());
    return new Option<>(key, "one of " + String.join(", ", names), defaultValue, description, names, false,
        text -> {
          String wanted = text.strip().replace('-', '_');
          for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
              return constant;
            }
          }
          return null;
        },
        printer,
        v -> null);
  }

  /** A choice written in lower case; see {@link #choice(String, Class, Enum, boolean, String)}. */
  public static <E extends Enum<E>> Option<E> choice(String key, Class<E> type, E defaultValue, String description) {
    return choice(key, type, defaultValue, false, description);
  }

  /** Free text; the default is {@code ""} when empty means "none". */
  public static Option<String> text(String key, String defaultValue, String description) {
    return new Option<>(key, "text", defaultValue, description, List.of(), false, String::strip, v -> v, v -> null);
  }

  /**
   * A value of any type with its own text form: {@code parse} returns the value, or throws an
   * {@link IllegalArgumentException} whose message says what is wrong (it is shown after the key and
   * value); {@code print} gives the text form back.
   */
  public static <T> Option<T> of(
      String key, String type, T defaultValue, String description, Function<String, T> parse,
      Function<T, String> print) {
    Objects.requireNonNull(parse, "parse");
    Objects.requireNonNull(print, "print");
    return new Option<>(key, type, defaultValue, description, List.of(), false, parse, print, v -> null);
  }

  /**
   * Every key under {@code prefix.}: the value is the map from what follows the prefix to the text
   * set, e.g. {@code labels.keyPoints=At a glance} gives {@code {keyPoints=At a glance}}.
   */
  public static Option<Map<String, String>> prefixed(String prefix, String description) {
    return new Option<>(prefix, "text per key (" + prefix + ".KEY=TEXT)", Map.of(), description, List.of(), true,
        null, v -> v.toString(), v -> null);
  }

  /** The key, or the prefix of a {@linkplain #prefixed prefixed} option. */
  public String key() {
    return key;
  }

  /** The type in words, for listings: {@code boolean}, {@code integer 1–6}, {@code one of A4, LETTER} … */
  public String type() {
    return type;
  }

  /** The value used when the option is not set. */
  public T defaultValue() {
    return defaultValue;
  }

  /** The default in its text form ({@code ""} for none). */
  public String defaultText() {
    return prefixed ? "" : printer.apply(defaultValue);
  }

  /** What the option does, one line. */
  public String description() {
    return description;
  }

  /** The accepted text values when they are a closed set, otherwise empty. */
  public List<String> values() {
    return values;
  }

  /** Whether this option takes every key under {@code key()}{@code .}. */
  public boolean isPrefixed() {
    return prefixed;
  }

  /** Whether a settings key belongs to this option. */
  public boolean matches(String settingKey) {
    return prefixed ? settingKey.startsWith(key + ".") && settingKey.length() > key.length() + 1
        : settingKey.equals(key);
  }

  /**
   * Reads the text form of a value.
   *
   * @throws SettingsException naming the key and the value, and the values allowed
   */
  public T parse(String text) {
    if (prefixed) {
      throw new UnsupportedOperationException("a prefixed option is read key by key");
    }
    T value;
    try {
      value = parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new SettingsException("setting '" + key + "': " + e.getMessage());
    }
    if (value == null) {
      throw new SettingsException("setting '" + key + "' must be " + expected() + ", not '" + text + "'");
    }
    String problem = validator.apply(value);
    if (problem != null) {
      throw new SettingsException("setting '" + key + "' " + problem + ", not '" + text + "'");
    }
    return value;
  }

  /**
   * Checks a value given in code.
   *
   * @throws IllegalArgumentException naming the option and what is wrong
   */
  public T check(T value) {
    Objects.requireNonNull(value, key);
    String problem = validator.apply(value);
    if (problem != null) {
      throw new IllegalArgumentException(key + " " + problem + ", not " + value);
    }
    return value;
  }

  /** The text form of a value, as {@link #parse} reads it. */
  public String print(T value) {
    return printer.apply(value);
  }

  private String expected() {
    if (type.equals("boolean")) {
      return "true or false";
    }
    if (!values.isEmpty()) {
      return "one of " + String.join(", ", values);
    }
    return type.startsWith("integer") ? "a whole number" : type;
  }

  private static Boolean parseBoolean(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true": case "yes": case "on": case "1": return Boolean.TRUE;
      case "false": case "no": case "off": case "0": return Boolean.FALSE;
      default: return null;
    }
  }

  /** A sorted copy of the map, for prefixed values. */
  static Map<String, String> sorted(Map<String, String> map) {
    return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Option && ((Option<?>) other).key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return "Option[" + key + "]";
  }

  /** The option with the key among these (not prefixed ones), if any. */
  static Optional<Option<?>> find(List<Option<?>> options, String settingKey) {
    for (Option<?> option : options) {
      if (option.matches(settingKey)) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }
}
