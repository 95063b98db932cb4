package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.render.Settings;
import dev.carepress.testing.SampleArticles;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The clinic settings become the page's schema.org {@code publisher}; without them nothing changes. */
class ClinicPublisherTest {
  private static HtmlRenderer renderer(Map<String, String> settings) {
    return HtmlRenderer.builder().apply(Settings.of(settings)).build();
  }

  @Test
  void theClinicIsThePublisherOrganizationWithWhatWasGiven() {
    JsonNode ld = JsonLdTest.jsonLd(renderer(Map.of("clinicName", "Riverside <Practice>",
        "clinicPhone", "01632 960123", "clinicAddress", "1 River Street, Riverton",
        "clinicWeb", "https://riverside.example/")).renderToString(SampleArticles.minimal()));

    JsonNode publisher = ld.get("publisher");
    assertThat(publisher.get("@type").asString()).isEqualTo("Organization");
    assertThat(publisher.get("name").asString()).isEqualTo("Riverside <Practice>");
    assertThat(publisher.get("telephone").asString()).isEqualTo("01632 960123");
    assertThat(publisher.get("address").asString()).isEqualTo("1 River Street, Riverton");
    assertThat(publisher.get("url").asString()).isEqualTo("https://riverside.example/");
  }

  @Test
  void aWebSiteThatIsNotHttpAndMissingDetailsAreLeftOut() {
    JsonNode ld = JsonLdTest.jsonLd(renderer(Map.of("clinicName", "Riverside", "clinicWeb", "javascript:alert(1)"))
        .renderToString(SampleArticles.minimal()));

    assertThat(ld.get("publisher").has("url")).isFalse();
    assertThat(ld.get("publisher").has("telephone")).isFalse();
    assertThat(ld.get("publisher").has("address")).isFalse();
  }

  @Test
  void withoutANameThereIsNoPublisherThoughThePhoneIsShown() {
    String plain = HtmlRenderer.create().renderToString(SampleArticles.everything());
    String phoneOnly = renderer(Map.of("clinicPhone", "0123")).renderToString(SampleArticles.everything());

    assertThat(JsonLdTest.jsonLd(plain).has("publisher")).isFalse();
    assertThat(JsonLdTest.jsonLd(phoneOnly).has("publisher")).isFalse();
    assertThat(phoneOnly).contains("<a href=\"tel:0123\"><bdi dir=\"ltr\">0123</bdi></a>");
  }
}
