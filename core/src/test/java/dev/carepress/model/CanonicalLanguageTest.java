package dev.carepress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Language tags keep their subtags and take the case RFC 5646 §2.1.1 makes canonical. */
class CanonicalLanguageTest {
  @ParameterizedTest
  @CsvSource({
    "EN, en",
    "en, en",
    "zh-hans, zh-Hans",
    "ZH-hans, zh-Hans",
    "ES-mx, es-MX",
    "zh-HANT-tw, zh-Hant-TW",
    "es-419, es-419",
    "SR-latn-RS, sr-Latn-RS",
    "de-CH-1996, de-CH-1996",
    "sl-ROZAJ-biske, sl-rozaj-biske",
    "zh-YUE-hk, zh-yue-HK",
    // after a singleton every subtag is lower case, whatever its length (RFC 5646's own examples)
    "EN-ca-X-CA, en-CA-x-ca",
    "AZ-latn-X-LATN, az-Latn-x-latn",
    "de-DE-U-CO-PHONEBK, de-DE-u-co-phonebk",
    "I-KLINGON, i-klingon",
    "SGN-be-fr, sgn-BE-FR"})
  void takesTheCanonicalCase(String written, String canonical) {
    assertThat(Metadata.canonicalLanguage(written)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource({"en", "zh-Hans", "es-MX", "pt-BR", "sr-Latn-RS", "en-CA-x-ca"})
  void aCanonicalTagIsReturnedAsItIs(String tag) {
    assertThat(Metadata.canonicalLanguage(tag)).isSameAs(tag);
  }

  @Test
  void metadataBuiltInCodeKeepsTheCanonicalCase() {
    assertThat(Article.builder().title("A").language("EN").build().language()).isEqualTo("en");
    assertThat(Article.builder().title("A").language("zh-hans-tw").build().metadata().language()).isEqualTo("zh-Hans-TW");
    BookMetadata book = new BookMetadata("B", java.util.Optional.empty(), "b", java.util.List.of(),
        java.util.Optional.empty(), "ES-mx", java.util.Optional.empty(), java.util.Optional.empty());
    assertThat(book.language()).isEqualTo("es-MX");
  }

  /** Independent oracle: Java's own canonical form of a language-script-region tag. */
  @Property(tries = 300)
  void agreesWithTheJdkOnLanguageScriptRegion(@ForAll("tags") String tag) {
    String canonical = Metadata.canonicalLanguage(tag);
    assertThat(canonical).isEqualTo(Locale.forLanguageTag(tag).toLanguageTag()).isEqualToIgnoringCase(tag);
    assertThat(Metadata.canonicalLanguage(canonical)).isEqualTo(canonical);
  }

  @Provide
  Arbitrary<String> tags() {
    Arbitrary<String> language = Arbitraries.of("en", "es", "zh", "pt", "sr", "ar", "vi", "tl", "yue");
    Arbitrary<String> script = Arbitraries.of("", "-Hans", "-Hant", "-Latn", "-Cyrl", "-Arab");
    Arbitrary<String> region = Arbitraries.of("", "-US", "-MX", "-TW", "-BR", "-419");
    Arbitrary<String> tag = net.jqwik.api.Combinators.combine(language, script, region).as((l, s, r) -> l + s + r);
    return tag.flatMap(t -> Arbitraries.integers().between(0, (1 << t.length()) - 1).map(mask -> recase(t, mask)));
  }

  private static String recase(String tag, int mask) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      out.append((mask >> i & 1) == 1 ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }
}
