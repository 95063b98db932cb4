package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report names the JSON-LD key the title came from: {@code headline}, else {@code name}. */
class JsonLdTitleSourceTest {
  private static String titleSource(String jsonLd) {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Page</title><script type=\"application/ld+json\">"
        + jsonLd + "</script></head><body><main><h1>Earache</h1>"
        + "<p>Most earaches get better on their own in about 3 days, and painkillers help.</p></main></body></html>";
    return HtmlArticleImporter.builder().build().importHtml(html, "earache.html", Optional.empty()).fields().stream()
        .filter(f -> f.field().equals("title")).findFirst().orElseThrow().detail();
  }

  @Test
  void aTitleFromNameSaysName() {
    assertThat(titleSource("{\"@context\":\"https://schema.org\",\"@type\":\"MedicalWebPage\",\"name\":\"Earache\"}"))
        .isEqualTo("MedicalWebPage.name");
  }

  @Test
  void aTitleFromHeadlineSaysHeadline() {
    assertThat(titleSource("{\"@context\":\"https://schema.org\",\"@type\":\"MedicalWebPage\",\"name\":\"Earache | Site\","
        + "\"headline\":\"Earache\"}")).isEqualTo("MedicalWebPage.headline");
  }
}
