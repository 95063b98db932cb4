package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.testing.SampleArticles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonLdTest {
  private static final String BASE = "https://health.example.org/articles/";

  static JsonNode jsonLd(String page) {
    int start = page.indexOf("<script type=\"application/ld+json\">");
    assertThat(start).as("a JSON-LD script").isPositive();
    assertThat(page.indexOf("application/ld+json", start + 40)).as("only one JSON-LD script").isNegative();
    String json = page.substring(page.indexOf('>', start) + 1, page.indexOf("</script>", start));
    return JsonMapper.builder().build().readTree(json);
  }

  @Test
  void medicalWebPageCarriesEveryField() {
    String page = HtmlRenderer.builder().baseUrl(BASE).build()
        .renderToString(SampleArticles.everything());
    JsonNode ld = jsonLd(page);
    assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(ld.get("@type").asString()).isEqualTo("MedicalWebPage");
    assertThat(ld.get("url").asString()).isEqualTo(BASE + "living-well-with-asthma.html");
    assertThat(ld.get("headline").asString()).isEqualTo("Living well with asthma");
    assertThat(ld.get("description").asString()).startsWith("What asthma is");
    assertThat(ld.get("inLanguage").asString()).isEqualTo("en");
    assertThat(ld.get("datePublished").asString()).isEqualTo("2024-03-04");
    assertThat(ld.get("dateModified").asString()).isEqualTo("2025-01-20");
    assertThat(ld.get("lastReviewed").asString()).isEqualTo("2025-02-01");
    assertThat(ld.get("author").get("name").asString()).isEqualTo("Alex Rivera");
    assertThat(ld.get("author").get("url").asString()).isEqualTo("https://health.example.org/people/alex-rivera");
    assertThat(ld.get("reviewedBy").get("@type").asString()).isEqualTo("Person");
    assertThat(ld.get("reviewedBy").get("name").asString()).isEqualTo("Dana Okafor");
    assertThat(ld.get("reviewedBy").get("honorificSuffix").asString()).isEqualTo("MD");
    assertThat(ld.get("about").get(0).get("@type").asString()).isEqualTo("MedicalCondition");
    assertThat(ld.get("about").get(0).get("name").asString()).isEqualTo("Asthma");
    assertThat(ld.get("about").get(1).get("name").asString()).isEqualTo("Inhaler technique");
    assertThat(ld.get("audience").get(0).get("@type").asString()).isEqualTo("Patient");
    assertThat(ld.get("audience").get(1).get("audienceType").asString()).isEqualTo("Caregiver");
    assertThat(ld.get("keywords").asString()).isEqualTo("asthma, inhalers, breathing");
    assertThat(ld.get("citation")).hasSize(2);
    assertThat(ld.get("citation").get(0).get("name").asString()).isEqualTo("Asthma: diagnosis and management");
    assertThat(ld.get("citation").get(0).get("publisher").get("name").asString()).isEqualTo("Example Health Institute");
    assertThat(ld.get("citation").get(0).get("datePublished").asString()).isEqualTo("2024");
    JsonNode crumbs = ld.get("breadcrumb");
    assertThat(crumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
    assertThat(crumbs.get("itemListElement")).hasSize(3);
    assertThat(crumbs.get("itemListElement").get(0).get("position").asInt()).isEqualTo(1);
    assertThat(crumbs.get("itemListElement").get(0).get("item").asString()).isEqualTo("https://health.example.org/");
    assertThat(crumbs.get("itemListElement").get(2).has("item")).isFalse();
    JsonNode views = ld.get("interactionStatistic");
    assertThat(views.get("@type").asString()).isEqualTo("InteractionCounter");
    assertThat(views.get("interactionType").asString()).isEqualTo("https://schema.org/ReadAction");
    assertThat(views.get("userInteractionCount").asLong()).isEqualTo(2348);
  }

  @Test
  void withoutBaseUrlThereIsNoPageUrlButStillTheDescription() {
    JsonNode ld = jsonLd(HtmlRenderer.create().renderToString(SampleArticles.spanish()));
    assertThat(ld.has("url")).isFalse();
    assertThat(ld.get("inLanguage").asString()).isEqualTo("es");
    assertThat(ld.get("reviewedBy").get("name").asString()).isEqualTo("Lucía Fernández");
    assertThat(ld.get("interactionStatistic").get("userInteractionCount").asLong()).isEqualTo(12345);
  }

  @Test
  void minimalArticleGivesMinimalValidJson() {
    JsonNode ld = jsonLd(HtmlRenderer.create().renderToString(SampleArticles.minimal()));
    assertThat(ld.get("headline").asString()).isEqualTo("Minimal");
    assertThat(ld.has("author")).isFalse();
  }
}
