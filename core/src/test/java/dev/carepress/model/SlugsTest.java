package dev.carepress.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Relapses & remission|relapses-remission",
    "Qué es la EM|que-es-la-em",
    "What's next?|whats-next",
    "  Leading and trailing  |leading-and-trailing",
    "ÄÖÜ straße|aou-straße",
    "多发性硬化症|多发性硬化症",
    "???|section",
    "Step 1: wash|step-1-wash",
    // other scripts keep the marks that are part of their letters, composed (NFC)
    "संक्रमण|संक्रमण",
    "लक्षण और इलाज|लक्षण-और-इलाज",
    "ไข้หวัดใหญ่|ไข้หวัดใหญ่",
    "الأعراض|الأعراض",
    "Мой врач|мой-врач",
    "ガイドライン|ガイドライン",
    "증상과 치료|증상과-치료",
    "মাথাব্যথা|মাথাব্যথা",
    "Ελληνικά|ελληνικα",
    "Bệnh tiểu đường|benh-tieu-đuong",
    "می‌خواهم|میخواهم"})
  void slugify(String text, String slug) {
    assertThat(Slugs.slugify(text)).isEqualTo(slug);
    assertThat(java.text.Normalizer.isNormalized(slug, java.text.Normalizer.Form.NFC)).isTrue();
    assertThat(Metadata.isValidSlug(slug)).isTrue();
  }

  @Test
  void uniqueSkipsTakenAndReservedIds() {
    Set<String> taken = new HashSet<>();
    assertThat(Slugs.unique("Symptoms", taken)).isEqualTo("symptoms");
    assertThat(Slugs.unique("Symptoms", taken)).isEqualTo("symptoms-2");
    assertThat(Slugs.unique("symptoms!", taken)).isEqualTo("symptoms-3");
    assertThat(Slugs.unique("Key points", taken)).isEqualTo("key-points-2");
    assertThat(Slugs.unique("fn 1", taken)).isEqualTo("section-fn-1");
    assertThat(Slugs.unique("Term limits", taken)).isEqualTo("section-term-limits");
    assertThat(Slugs.unique("CP overview", taken)).isEqualTo("section-cp-overview");
    assertThat(taken).contains("symptoms", "symptoms-2", "symptoms-3", "key-points-2", "section-fn-1");
  }

  @Test
  void reservedIdsAndPrefixes() {
    assertThat(Slugs.isReserved("glossary")).isTrue();
    assertThat(Slugs.isReserved("term-relapse")).isTrue();
    assertThat(Slugs.isReserved("cp-anything")).isTrue();
    assertThat(Slugs.isReserved("glossary-terms")).isFalse();
  }

  @Test
  void aSlugTooLongForAFileNameIsCutAtAWordWithinTheLimitInBytes() {
    String words = "wash-your-hands-".repeat(20) + "often"; // 325 bytes
    String cyrillic = "\u0436".repeat(125); // 125 letters, 250 bytes

    assertThat(Slugs.shorten(words)).hasSizeLessThanOrEqualTo(Slugs.MAX_BYTES).endsWith("-hands-wash").startsWith("wash-your-");
    assertThat(Slugs.shorten(cyrillic)).isEqualTo("\u0436".repeat(100));
    assertThat(Slugs.shorten("asthma")).isEqualTo("asthma");
    String exactly = "a".repeat(Slugs.MAX_BYTES);
    assertThat(Slugs.shorten(exactly)).isSameAs(exactly);
  }
}
