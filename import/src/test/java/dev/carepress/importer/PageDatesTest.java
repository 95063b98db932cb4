package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Dates as real pages give them: MedlinePlus's {@code DC.Date.Created} meta, and JSON-LD dates written
 * in Arabic-Indic or Persian digits (read as the date they are, not dropped in silence) — but a year
 * of the Hijri or Solar Hijri calendar is not taken for a Gregorian one; {@code 05/03/2025} is read
 * in the order the page's language writes it.
 */
class PageDatesTest {
  private static Article importPage(String head) {
    String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Anemia</title>" + head + "</head><body><main>"
        + "<h1>Anemia</h1><p>Anemia means your blood has fewer healthy red blood cells than it needs.</p>"
        + "</main></body></html>";
    return HtmlArticleImporter.builder().build().importHtml(page, "anemia.html", Optional.empty()).orThrow();
  }

  private static String jsonLd(String datePublished) {
    return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"MedicalWebPage\","
        + "\"name\":\"Anemia\",\"datePublished\":\"" + datePublished + "\"}</script>";
  }

  @Test
  void medlinePlusDublinCoreCreatedDateIsThePublicationDate() {
    Article article = importPage("<meta name=\"DC.Date.Created\" content=\"2016-04-29\">");

    assertThat(article.metadata().published()).contains(LocalDate.of(2016, 4, 29));
  }

  @Test
  void aJsonLdDateInArabicIndicOrPersianDigitsIsRead() {
    assertThat(importPage(jsonLd("\u0662\u0660\u0662\u0665-\u0660\u0663-\u0661\u0665")).metadata().published())
        .contains(LocalDate.of(2025, 3, 15));
    assertThat(importPage(jsonLd("\u06F2\u06F0\u06F2\u06F4-\u06F1\u06F1-\u06F0\u06F2")).metadata().published())
        .contains(LocalDate.of(2024, 11, 2));
  }

  @Test
  void aSolarHijriYearInPersianDigitsIsNotTakenForAGregorianDate() {
    assertThat(importPage(jsonLd("\u06F1\u06F4\u06F0\u06F3-\u06F0\u06F5-\u06F1\u06F2")).metadata().published()).isEmpty();
  }

  @Test
  void aSlashDateIsReadDayFirstOnAPageOfBritishOrAustralianEnglishAndMonthFirstOnAnAmericanOne() {
    for (String lang : new String[] {"en-GB", "en-AU", "en-IN", "vi", "en", "en-US", ""}) {
      String page = "<!DOCTYPE html><html" + (lang.isEmpty() ? "" : " lang=\"" + lang + "\"") + "><head><title>Anemia"
          + "</title></head><body><main><h1>Anemia</h1><p>Anemia means your blood has fewer healthy red blood cells"
          + " than it needs.</p><p>Page last reviewed: 05/03/2025</p></main></body></html>";
      Article article = HtmlArticleImporter.builder().build().importHtml(page, "anemia.html", Optional.empty()).orThrow();
      boolean dayFirst = lang.startsWith("en-") && !lang.equals("en-US") || lang.equals("vi");
      assertThat(article.metadata().lastReviewed()).as(lang)
          .contains(dayFirst ? LocalDate.of(2025, 3, 5) : LocalDate.of(2025, 5, 3));
    }
  }
}
