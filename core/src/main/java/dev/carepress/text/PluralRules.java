package dev.carepress.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plural category of a number in a language, by the rules of the Unicode CLDR: {@code one},
 * {@code few}, {@code many} … so that "1 view", "2 просмотра", "5 просмотров" and the six Arabic
 * forms each get their own text.
 *
 * <pre>{@code
 * PluralRules.forLanguage("ru").category(21);   // "one"
 * PluralRules.forLanguage("ru").category(5);    // "many"
 * PluralRules.forLanguage("ar").category(0);    // "zero"
 * PluralRules.forLanguage("zh").category(2);    // "other"
 * }</pre>
 *
 * <p>The rules are CLDR 49's (as shipped with ICU4J 79.1, copied into {@code plurals.properties}
 * under the Unicode License; see NOTICE); a language CLDR does not list has only {@code other}.
 * Immutable and thread-safe.
 */
public final class PluralRules {
  private static final Map<String, String> SOURCES = load();
  private static final Map<String, PluralRules> CACHE = new ConcurrentHashMap<>();
  // CLDR's language aliases that Java keeps as they are
  private static final Map<String, String> ALIASES = Map.of("tl", "fil", "no", "nb");
  private static final List<String> ORDER = List.of("zero", "one", "two", "few", "many", "other");
  private static final PluralRules OTHER_ONLY = new PluralRules("", List.of());

  private final String language;
  private final List<Rule> rules;

  private PluralRules(String language, List<Rule> rules) {
    this.language = language;
    this.rules = rules;
  }

  /** The rules for a BCP 47 language tag (only its language, and a script or region CLDR distinguishes, count). */
  public static PluralRules forLanguage(String languageTag) {
    Locale locale = Locale.forLanguageTag(Objects.requireNonNull(languageTag, "languageTag"));
    String language = ALIASES.getOrDefault(locale.getLanguage(), locale.getLanguage());
    String key = language;
    for (String variant : List.of(language + "_" + locale.getScript(), language + "_" + locale.getCountry())) {
      if (!variant.endsWith("_") && SOURCES.containsKey(variant)) {
        key = variant;
      }
    }
    if (!SOURCES.containsKey(key)) {
      return OTHER_ONLY;
    }
    return CACHE.computeIfAbsent(key, k -> new PluralRules(k, parse(k, SOURCES.get(k))));
  }

  /** The categories this language distinguishes, in CLDR order: zero, one, two, few, many, other. */
  public List<String> categories() {
    List<String> names = new ArrayList<>();
    for (String category : ORDER) {
      if (category.equals("other") || rules.stream().anyMatch(r -> r.category.equals(category))) {
        names.add(category);
      }
    }
    return List.copyOf(names);
  }

  /** The category of a whole number. */
  public String category(long number) {
    return select(Operands.of(number));
  }

  /**
   * The category of a decimal number as written, e.g. {@code "1.5"} or {@code "1.50"} (visible
   * fraction digits count: in English "1 view" but "1.0 views").
   */
  public String category(String decimal) {
    return select(Operands.of(new BigDecimal(decimal)));
  }

  private String select(Operands operands) {
    for (Rule rule : rules) {
      if (rule.condition.test(operands)) {
        return rule.category;
      }
    }
    return "other";
  }

  @Override
  public String toString() {
    return "PluralRules[" + (language.isEmpty() ? "other only" : language) + "]";
  }

  private static List<Rule> parse(String language, String source) {
    List<Rule> rules = new ArrayList<>();
    for (String part : source.split(";")) {
      int colon = part.indexOf(':');
      String category = part.substring(0, colon).strip();
      String condition = part.substring(colon + 1).strip();
      if (!category.equals("other")) {
        rules.add(new Rule(category, PluralConditionParser.parse(language, condition)));
      }
    }
    return List.copyOf(rules);
  }

  private static Map<String, String> load() {
    Properties properties = new Properties();
    try (InputStream in = PluralRules.class.getResourceAsStream("plurals.properties")) {
      properties.load(new InputStreamReader(Objects.requireNonNull(in, "plurals.properties"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plurals.properties", e);
    }
    Map<String, String> map = new ConcurrentHashMap<>();
    properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
    return map;
  }

  private static final class Rule {
    final String category;
    final PluralConditionParser.Condition condition;

    Rule(String category, PluralConditionParser.Condition condition) {
      this.category = category;
      this.condition = condition;
    }
  }
}
