package dev.carepress.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our CLDR plural rules against ICU4J's, an independent implementation of the same data: every
 * language ICU knows, whole numbers 0–2,000 and around the millions, and decimals with visible
 * fraction digits. ICU4J is a test-only dependency; core stays dependency-free.
 */
class PluralRulesTest {
  @Test
  void everyLanguageAgreesWithIcuOnWholeNumbers() {
    List<String> mismatches = new ArrayList<>();
    for (ULocale locale : com.ibm.icu.text.PluralRules.getAvailableULocales()) {
      String tag = locale.toLanguageTag();
      if (tag.equals("und")) {
        continue;
      }
      com.ibm.icu.text.PluralRules icu = com.ibm.icu.text.PluralRules.forLocale(locale);
      PluralRules ours = PluralRules.forLanguage(tag);
      for (long n : numbers()) {
        if (!icu.select(n).equals(ours.category(n))) {
          mismatches.add(tag + " " + n + ": ICU " + icu.select(n) + ", ours " + ours.category(n));
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void everyLanguageAgreesWithIcuOnDecimals() {
    List<String> mismatches = new ArrayList<>();
    String[] decimals = {"0.0", "0.5", "1.0", "1.00", "1.5", "2.0", "2.1", "3.25", "10.0", "11.1", "21.0", "0.1",
        "0.01", "1.01", "100.5", "1000000.0", "2.30", "5.7"};
    for (ULocale locale : com.ibm.icu.text.PluralRules.getAvailableULocales()) {
      String tag = locale.toLanguageTag();
      if (tag.equals("und")) {
        continue;
      }
      com.ibm.icu.text.PluralRules icu = com.ibm.icu.text.PluralRules.forLocale(locale);
      PluralRules ours = PluralRules.forLanguage(tag);
      for (String d : decimals) {
        String expected = icu.select(icuDecimal(d));
        if (!expected.equals(ours.category(d))) {
          mismatches.add(tag + " " + d + ": ICU " + expected + ", ours " + ours.category(d));
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "ru, 1, one", "ru, 2, few", "ru, 5, many", "ru, 11, many", "ru, 21, one", "ru, 22, few", "ru, 111, many",
    "uk, 1, one", "uk, 3, few", "uk, 25, many",
    "pl, 1, one", "pl, 2, few", "pl, 5, many", "pl, 22, few", "pl, 21, many",
    "ar, 0, zero", "ar, 1, one", "ar, 2, two", "ar, 3, few", "ar, 11, many", "ar, 100, other", "ar, 102, other",
    "en, 1, one", "en, 0, other", "fr, 0, one", "fr, 1, one", "fr, 2, other", "fr, 1000000, many",
    "zh-Hans, 1, other", "ja, 1, other", "ko, 1, other", "vi, 2, other", "es, 1, one", "es, 2, other", "tl, 1, one", "tl, 4, other", "fil, 1, one"
  })
  void categoriesOfTheLanguagesPatientsRead(String language, long n, String category) {
    assertThat(PluralRules.forLanguage(language).category(n)).isEqualTo(category);
  }

  @Test
  void categoriesAreListedInCldrOrder() {
    assertThat(PluralRules.forLanguage("ar").categories()).containsExactly("zero", "one", "two", "few", "many", "other");
    assertThat(PluralRules.forLanguage("ru").categories()).containsExactly("one", "few", "many", "other");
    assertThat(PluralRules.forLanguage("zh").categories()).containsExactly("other");
    assertThat(PluralRules.forLanguage("x-unknown-language").categories()).containsExactly("other");
  }

  @Test
  void theShippedRulesAreIcusRules() throws IOException {
    Map<String, String> icu = new TreeMap<>();
    for (ULocale locale : com.ibm.icu.text.PluralRules.getAvailableULocales()) {
      String key = locale.toString();
      if (key.isEmpty() || key.equals("root")) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      for (String part : com.ibm.icu.text.PluralRules.forLocale(locale).toString().split(";")) {
        String rule = part.replaceAll("@[^;]*$", "").strip();
        int colon = rule.indexOf(':');
        if (colon >= 0) {
          parts.add(rule.substring(0, colon).strip() + ": " + rule.substring(colon + 1).strip());
        }
      }
      icu.put(key, String.join("; ", parts));
    }
    StringBuilder expected = new StringBuilder();
    icu.forEach((k, v) -> expected.append(k).append('=').append(v).append('\n'));
    String shipped;
    try (InputStream in = PluralRules.class.getResourceAsStream("plurals.properties")) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^#.*\n", "");
    }
    if (Boolean.getBoolean("carepress.regeneratePlurals")) {
      Path file = Path.of("src/main/resources/dev/carepress/text/plurals.properties");
      String header = Files.readString(file).lines().filter(l -> l.startsWith("#"))
          .reduce("", (a, b) -> a + b + "\n");
      Files.writeString(file, header + expected);
      return;
    }
    assertThat(shipped).isEqualTo(expected.toString());
  }

  private static List<Long> numbers() {
    List<Long> numbers = new ArrayList<>();
    for (long n = 0; n <= 2000; n++) {
      numbers.add(n);
    }
    for (long n : new long[] {10_000, 100_000, 999_999, 1_000_000, 1_000_001, 2_000_000, 10_000_000, 1_000_000_000}) {
      numbers.add(n);
    }
    return numbers;
  }

  @SuppressWarnings("deprecation") // FixedDecimal is ICU's own way to give visible fraction digits
  private static com.ibm.icu.text.PluralRules.IFixedDecimal icuDecimal(String decimal) {
    return new com.ibm.icu.text.PluralRules.FixedDecimal(new BigDecimal(decimal).doubleValue(),
        Math.max(0, new BigDecimal(decimal).scale()));
  }
}
