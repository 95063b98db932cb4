package dev.carepress.render;

import dev.carepress.Problem;
import dev.carepress.model.Person;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import dev.carepress.text.PluralRules;
import java.time.chrono.Chronology;
import java.time.format.DecimalStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words renderers put around an article's content — "Key points", "Medically reviewed by …
 * on …", "Page 2 of 5" — and the article language's way of writing dates, numbers and plurals.
 *
 * <pre>{@code
 * Labels labels = Labels.forLanguage("ru");
 * labels.get("keyPoints");                      // "Главное"
 * labels.views(21);                             // "21 просмотр" (CLDR category one)
 * labels.views(5);                              // "5 просмотров" (many)
 * Labels.forLanguage("ar").withDigits("native").number(2348);   // "٢٬٣٤٨"
 * Labels.forLanguage("en").with("keyPoints", "At a glance");
 * }</pre>
 *
 * <p>Carepress ships labels for the languages in {@link #translatedLanguages()}; any other
 * language falls back to English words (check {@link #isTranslated()} and warn) while still
 * writing dates and numbers its own way. A countable phrase has one key per CLDR plural category
 * the language uses ({@code views.one}, {@code views.few}, {@code views.many}, {@code
 * views.other} …; see {@link dev.carepress.text.PluralRules}); a missing category falls back to
 * {@code other}. Dates and numbers follow CLDR through the JDK, with Western digits and the
 * language's own calendar (CLDR's preferred one: the Buddhist era for Thai, "15 กันยายน พ.ศ. 2569";
 * the Gregorian calendar for every other language Carepress has labels for) unless the language tag
 * asks otherwise ({@code ar-u-nu-arab}, {@code th-u-ca-gregory}) or {@link #withDigits}/{@link
 * #withCalendar} change them. Keys are listed in
 * {@code dev/carepress/render/labels_en.properties}. Immutable and thread-safe.
 */
public final class Labels {
  private static final List<String> CANDIDATES = List.of("am", "ar", "bn", "en", "es", "fa", "fr", "he", "hi",
      "ht", "ja", "ko", "my", "ne", "pl", "pt", "ru", "so", "th", "tl", "uk", "ur", "vi", "zh-Hans", "zh-Hant");
  /**
   * The option every renderer declares for replacing label texts, in the same form everywhere:
   * {@code labels.keyPoints=At a glance} on the command line, {@code set(Labels.OVERRIDES,
   * Map.of("keyPoints", "At a glance"))} in code. The keys are those of {@code
   * labels_en.properties}; see {@link #requireKnownKeys}.
   */
  public static final Option<Map<String, String>> OVERRIDES =
      Option.prefixed("labels", "replace the text of a label, e.g. labels.keyPoints=At a glance");

  private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();

  /**
   * The option every renderer declares for the digits of numbers and dates: {@code latn} (0–9, the
   * default, what health handouts normally use), {@code native} (the language's own, e.g.
   * Arabic-Indic for Arabic), or a CLDR numbering system id such as {@code arab}, {@code arabext},
   * {@code deva}, {@code beng}, {@code mymr}, {@code thai}.
   */
  public static final Option<String> DIGITS = Option.text("digits", "latn",
      "digits in numbers and dates: latn (0-9), native (the language's own) or a CLDR numbering system such as arab");

  /**
   * The option for the calendar of dates: {@code language} (the default: the calendar CLDR prefers
   * for the article's language, the Buddhist era for Thai and the Gregorian calendar otherwise),
   * {@code gregorian}, {@code islamic-umalqura}, {@code buddhist}, {@code japanese} or {@code roc}.
   */
  public static final Option<String> CALENDAR = Option.text("calendar", "language",
      "calendar of dates: language (the language's own: Buddhist era for Thai, else Gregorian), gregorian,"
          + " islamic-umalqura, buddhist, japanese or roc");

  /** The {@link #CALENDAR} value for the calendar CLDR prefers for the language. */
  public static final String LANGUAGE_CALENDAR = "language";

  private final Locale locale;
  private final Map<String, String> texts;
  private final boolean translated;
  private final Locale numberLocale;
  private final Chronology chronology;
  private final PluralRules plurals;

  private Labels(Locale locale, Map<String, String> texts, boolean translated, Locale numberLocale,
      Chronology chronology) {
    this.locale = locale;
    this.texts = Map.copyOf(texts);
    this.translated = translated;
    this.numberLocale = numberLocale;
    this.chronology = chronology;
    this.plurals = PluralRules.forLanguage(locale.toLanguageTag());
  }

  /**
   * The labels for a BCP 47 language tag: its own translation if Carepress has one (a regional or
   * script variant such as {@code zh-Hant} or {@code pt-BR} where one ships), else English. Digits
   * and calendar come from the tag's {@code -u-nu-} and {@code -u-ca-} extensions if present, else
   * Western digits and the language's own calendar (the Buddhist era for Thai, {@code th} or {@code
   * th-TH}; the Gregorian calendar otherwise).
   */
  public static Labels forLanguage(String languageTag) {
    Locale locale = Locale.forLanguageTag(Objects.requireNonNull(languageTag, "languageTag"));
    Map<String, String> texts = new HashMap<>(bundle("en"));
    String name = bundleName(locale);
    texts.putAll(bundle(name));
    boolean translated = name.equals("en") || !bundle(name).isEmpty();
    String nu = locale.getUnicodeLocaleType("nu");
    String ca = locale.getUnicodeLocaleType("ca");
    Labels labels = new Labels(locale, texts, translated, numberLocale(locale, nu == null ? "latn" : nu),
        LongDates.languageChronology(locale));
    return ca == null ? labels : labels.withCalendar(ca);
  }

  /** Whether Carepress has its own translation for the language (not just the English fallback). */
  public static boolean hasTranslation(String languageTag) {
    return forLanguage(languageTag).isTranslated();
  }

  /** Whether these labels are a translation into the language, not the English fallback. */
  public boolean isTranslated() {
    return translated;
  }

  /** The code of the warning for a language Carepress has no labels for. */
  public static final String UNTRANSLATED = "labels-untranslated";

  /**
   * The one warning for a language Carepress has no labels for (its furniture falls back to
   * English), about the given source; every format gives the same words.
   */
  public static Problem untranslatedWarning(String languageTag, String source) {
    return UntranslatedLanguages.warning(languageTag, source);
  }

  /** Every label key (what {@code labels.KEY} settings and {@link #with(String, String)} take), sorted. */
  public static List<String> keys() {
    List<String> keys = new java.util.ArrayList<>(bundle("en").keySet());
    java.util.Collections.sort(keys);
    return List.copyOf(keys);
  }

  /** The language tags Carepress ships labels for, sorted. */
  public static List<String> translatedLanguages() {
    List<String> shipped = new java.util.ArrayList<>();
    for (String tag : CANDIDATES) {
      if (tag.equals("en") || !bundle(tag.replace('-', '_')).isEmpty()) {
        shipped.add(tag);
      }
    }
    return List.copyOf(shipped);
  }

  /**
   * A copy writing numbers and dates with these digits: {@code latn}, {@code native} or a CLDR
   * numbering system id.
   *
   * @throws SettingsException if the numbering system is not one the JDK knows
   */
  public Labels withDigits(String numberingSystem) {
    return new Labels(locale, texts, translated, numberLocale(locale, numberingSystem), chronology);
  }

  /**
   * The labels a renderer uses for a language under its settings: dates in the {@link #CALENDAR}
   * setting's calendar — unless it is {@code language}, when the tag's own ({@code th-u-ca-gregory})
   * or else the language's preferred one stays — and the label overrides on top. Every format makes
   * its labels here, so a setting means the same in each.
   *
   * @param calendar the {@link #CALENDAR} value, checked by {@link #requireKnownCalendar}
   */
  public static Labels forRendering(String languageTag, String calendar, Map<String, String> overrides) {
    Labels labels = forLanguage(languageTag);
    if (!calendar.strip().equalsIgnoreCase(LANGUAGE_CALENDAR)) {
      labels = labels.withCalendar(calendar);
    }
    return labels.with(overrides);
  }

  /**
   * Checks a {@link #CALENDAR} setting's value.
   *
   * @throws SettingsException "setting 'calendar': …" naming the calendars there are
   */
  public static void requireKnownCalendar(String calendar) {
    try {
      LongDates.chronology(Locale.ROOT, calendar);
    } catch (SettingsException e) {
      throw new SettingsException("setting 'calendar': " + e.getMessage());
    }
  }

  /**
   * A copy writing dates in this calendar: {@code language} (the language's own, as {@link
   * #forLanguage} chooses), {@code gregorian}, {@code islamic-umalqura}, {@code buddhist}, {@code
   * japanese} or {@code roc}.
   *
   * @throws SettingsException for another calendar
   */
  public Labels withCalendar(String calendar) {
    return new Labels(locale, texts, translated, numberLocale, LongDates.chronology(locale, calendar));
  }

  /** A copy with the text of one key replaced. */
  public Labels with(String key, String text) {
    Objects.requireNonNull(text, "text");
    requireKey(key);
    Map<String, String> copy = new HashMap<>(texts);
    copy.put(key, text);
    return new Labels(locale, copy, translated, numberLocale, chronology);
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
    return LongDates.format(date, locale, numberLocale, chronology);
  }

  /** The whole number with the language's grouping: "2,348" in English, "2 348" in French. */
  public String number(long value) {
    return NumberFormat.getIntegerInstance(numberLocale).format(value);
  }

  /**
   * A countable phrase: the text of {@code key.CATEGORY} for the count's CLDR plural category
   * (falling back to {@code key.other}) with {@code {0}} replaced by the number.
   */
  public String plural(String key, long count) {
    String category = plurals.category(count);
    String full = key + "." + category;
    return format(texts.containsKey(full) ? full : key + ".other", number(count));
  }

  /** The view count as a phrase: "1 view", "2,348 views", "21 просмотр", "5 просмотров". */
  public String views(long count) {
    return plural("views", count);
  }

  /** The reading time as a phrase: "5 min read". */
  public String readingTime(int minutes) {
    return plural("readingTime", minutes);
  }

  /**
   * A person's name with their credentials after the language's comma: "Dana Okafor, MD", "ليلى
   * حداد، MD", "佐藤花子、MD"; the name alone without credentials. A name in Latin letters keeps
   * the Latin comma in a language with a comma of its own ("Ann Lee, MD" in Arabic, as one Latin
   * phrase), so that the comma goes with the script of the name it follows.
   */
  public String displayName(Person person) {
    String name = person.name();
    return person.credentials().map(c -> commaJoin(name, c)).orElse(name);
  }

  /**
   * Two parts after one another with the language's comma between them, as {@link #displayName}
   * joins a name and credentials: a reference's publisher and year ("منظمة الصحة العالمية، 2021",
   * "World Health Organization, 2021" in any language).
   */
  public String commaJoin(String first, String second) {
    return ownComma() && latin(first) ? first + ", " + second : format("credentials", first, second);
  }

  /** Whether the language writes a comma of its own between a name and credentials (not ", "). */
  private boolean ownComma() {
    return get("credentials").replace("{0}", "").replace("{1}", "").codePoints().anyMatch(c -> c > 0x7F);
  }

  private static boolean latin(String text) {
    return text.codePoints().filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  /**
   * A label as it stands before the text it introduces, with the language's colon: "Disclaimer: ",
   * "免責事項：", "የኃላፊነት ማስተባበያ፦ ", "Avertissement : " (the {@code labelled} label up to its text).
   */
  public String labelled(String label) {
    String pattern = get("labelled");
    int text = pattern.indexOf("{1}");
    return (text < 0 ? pattern + " " : pattern.substring(0, text)).replace("{0}", label);
  }

  /** The language's full stop, as after a reference's title: "." or, in Chinese and Japanese, "。". */
  public String fullStop() {
    return get("fullStop");
  }

  /**
   * The full stop and the space after it before more words of the same sentence run: ". " or, after
   * a full-width stop such as "。" that holds its own space, the stop alone.
   */
  public String fullStopAndSpace() {
    String stop = fullStop();
    return stop.codePoints().anyMatch(Labels::fullWidth) ? stop : stop + " ";
  }

  private static boolean fullWidth(int c) {
    return c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF60;
  }

  /** Names joined as a list in the language's way: "A", "A and B", "A, B and C", "A、B和C". */
  public String joinNames(List<String> names) {
    if (names.size() <= 1) {
      return names.isEmpty() ? "" : names.get(0);
    }
    String result = names.get(names.size() - 1);
    result = format("list.end", names.get(names.size() - 2), result);
    for (int i = names.size() - 3; i >= 0; i--) {
      result = format("list.middle", names.get(i), result);
    }
    return result;
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
            + " (carepress formats --labels lists the keys; Labels.keys() in Java)");
      }
    }
  }

  private void requireKey(String key) {
    Objects.requireNonNull(key, "key");
    if (!texts.containsKey(key)) {
      // PdfRenderer.builder().label("keyPoint", …) ends here: suggest as the labels.KEY setting does
      String suggestion = dev.carepress.text.Suggestions.closest(key, texts.keySet())
          .map(s -> "; did you mean '" + s + "'?").orElse("");
      throw new IllegalArgumentException("no label '" + key + "'" + suggestion + " (Labels.keys() lists the keys)");
    }
  }

  private static Locale numberLocale(Locale locale, String numberingSystem) {
    String nu = numberingSystem.strip().toLowerCase(Locale.ROOT);
    if (nu.equals("native")) {
      return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", null).build();
    }
    if (!nu.matches("[a-z]{3,8}")) {
      throw new SettingsException("digits '" + numberingSystem + "' is not a numbering system: use latn, native or"
          + " a CLDR id such as arab, deva, beng");
    }
    Locale withDigits = new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", nu).build();
    if (!nu.equals("latn") && DecimalStyle.of(withDigits).getZeroDigit() == '0') {
      throw new SettingsException("digits '" + numberingSystem + "' is not a numbering system Java knows: use latn,"
          + " native or a CLDR id such as arab, arabext, deva, beng, mymr, thai");
    }
    return withDigits;
  }

  // the most specific bundle shipped for the locale: zh-Hant, pt-BR … else the language's
  private static String bundleName(Locale locale) {
    String language = locale.getLanguage().equals("fil") ? "tl" : locale.getLanguage(); // Filipino is Tagalog
    for (String variant : List.of(language + "_" + locale.getScript(), language + "_" + locale.getCountry())) {
      if (!variant.endsWith("_") && !bundle(variant).isEmpty()) {
        return variant;
      }
    }
    if (language.equals("zh") && (locale.getCountry().equals("TW") || locale.getCountry().equals("HK")
        || locale.getCountry().equals("MO"))) {
      return bundle("zh_Hant").isEmpty() ? language : "zh_Hant"; // Chinese of Taiwan, Hong Kong, Macau: Traditional
    }
    if (language.equals("zh")) {
      return bundle("zh_Hans").isEmpty() ? language : "zh_Hans";
    }
    return language;
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
