package dev.carepress.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words renderers put around an article's content — "Key points", "Medically reviewed by …
 * on …", "Page 2 of 5" — and the article language's way of writing dates and numbers.
 *
 * <pre>{@code
 * Labels labels = Labels.forLanguage("es");
 * labels.get("keyPoints");                      // "Puntos clave"
 * labels.views(2348);                           // "2348 visitas"
 * Labels.forLanguage("en").with("keyPoints", "At a glance");
 * }</pre>
 *
 * <p>English and Spanish ship with Carepress; any other language falls back to English words while
 * still formatting dates and numbers its own way. Keys are listed in {@code
 * dev/carepress/render/labels_en.properties}. Immutable and thread-safe.
 */
public final class Labels {
  /**
   * The option every renderer declares for replacing label texts, in the same form everywhere:
   * {@code labels.keyPoints=At a glance} on the command line, {@code set(Labels.OVERRIDES,
   * Map.of("keyPoints", "At a glance"))} in code. The keys are those of {@code
   * labels_en.properties}; see {@link #requireKnownKeys}.
   */
  public static final Option<Map<String, String>> OVERRIDES =
      Option.prefixed("labels", "replace the text of a label, e.g. labels.keyPoints=At a glance");

  private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();

  private final Locale locale;
  private final Map<String, String> texts;

  private Labels(Locale locale, Map<String, String> texts) {
    this.locale = locale;
    this.texts = Map.copyOf(texts);
  }

  /** The labels for a BCP 47 language tag: its own translation if Carepress has one, else English. */
  public static Labels forLanguage(String languageTag) {
    Locale locale = Locale.forLanguageTag(languageTag);
    Map<String, String> texts = new HashMap<>(bundle("en"));
    texts.putAll(bundle(locale.getLanguage()));
    return new Labels(locale, texts);
  }

  /** Whether Carepress has its own translation for the language (not just the English fallback). */
  public static boolean hasTranslation(String languageTag) {
    String language = Locale.forLanguageTag(languageTag).getLanguage();
    return language.equals("en") || !bundle(language).isEmpty();
  }

  /** A copy with the text of one key replaced. */
  public Labels with(String key, String text) {
    Objects.requireNonNull(text, "text");
    requireKey(key);
    Map<String, String> copy = new HashMap<>(texts);
    copy.put(key, text);
    return new Labels(locale, copy);
  }

  /** A copy with the texts of several keys replaced. */
  public Labels with(Map<String, String> overrides) {
    Labels result = this;
    for (Map.Entry<String, String> entry : overrides.entrySet()) {
      result = result.with(entry.getKey(), entry.getValue());
    }
    return result;
  }

  /** The locale dates and numbers are formatted for. */
  public Locale locale() {
    return locale;
  }

  /**
   * The text of the key.
   *
   * @throws IllegalArgumentException if there is no such key
   */
  public String get(String key) {
    requireKey(key);
    return texts.get(key);
  }

  /** The text of the key with {@code {0}}, {@code {1}} … replaced by the arguments. */
  public String format(String key, Object... args) {
    String text = get(key);
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' && i + 2 < text.length() && Character.isDigit(text.charAt(i + 1)) && text.charAt(i + 2) == '}') {
        int index = text.charAt(i + 1) - '0';
        out.append(index < args.length ? String.valueOf(args[index]) : "");
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The date in the language's long form: "March 3, 2025", "3 de marzo de 2025". */
  public String date(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }

  /** The whole number with the language's grouping: "2,348" in English. */
  public String number(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** The view count as a phrase: "1 view", "2,348 views", "2348 visitas". */
  public String views(long count) {
    return format(count == 1 ? "views.one" : "views.other", number(count));
  }

  /** The reading time as a phrase: "5 min read". */
  public String readingTime(int minutes) {
    return format(minutes == 1 ? "readingTime.one" : "readingTime.other", number(minutes));
  }

  /** Names joined as a list: "A", "A and B", "A, B and C". */
  public String joinNames(List<String> names) {
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    String last = names.get(names.size() - 1);
    return String.join(", ", names.subList(0, names.size() - 1)) + " " + get("and") + " " + last;
  }

  /**
   * Checks that every key of the overrides is a label key.
   *
   * @throws SettingsException naming the unknown key and the closest known one
   */
  public static void requireKnownKeys(Map<String, String> overrides) {
    Map<String, String> english = bundle("en");
    for (String key : overrides.keySet()) {
      if (!english.containsKey(key)) {
        String suggestion = dev.carepress.text.Suggestions.closest(key, english.keySet())
            .map(s -> "; did you mean '" + s + "'?").orElse("");
        throw new SettingsException("setting 'labels." + key + "': there is no label '" + key + "'" + suggestion
            + " (the keys are in dev/carepress/render/labels_en.properties)");
      }
    }
  }

  private void requireKey(String key) {
    if (!texts.containsKey(key)) {
      throw new IllegalArgumentException("no label '" + key + "'; the keys are in labels_en.properties");
    }
  }

  private static Map<String, String> bundle(String language) {
    return BUNDLES.computeIfAbsent(language, Labels::load);
  }

  private static Map<String, String> load(String language) {
    String name = "labels_" + language + ".properties";
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        return Map.of();
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new HashMap<>();
      properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
