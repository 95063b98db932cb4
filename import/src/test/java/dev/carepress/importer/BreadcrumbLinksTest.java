package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Crumb;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The links of a page's breadcrumb trail complete its JSON-LD BreadcrumbList, crumb by crumb. */
class BreadcrumbLinksTest {
  private static final HtmlArticleImporter IMPORTER = HtmlArticleImporter.builder().build();

  private static String page(String jsonLdItems, String navItems) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Flu</title>"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"MedicalWebPage\","
        + "\"name\":\"Flu\",\"breadcrumb\":{\"@type\":\"BreadcrumbList\",\"itemListElement\":[" + jsonLdItems + "]}}"
        + "</script></head><body><nav aria-label=\"Breadcrumb\"><ol>" + navItems + "</ol></nav>"
        + "<main><h1>Flu</h1><p>Flu is a virus that spreads in winter, and most people get better in a week.</p>"
        + "</main></body></html>";
  }

  @Test
  void twoCrumbsWithTheSameLabelKeepTheirOwnLinks() {
    String html = page(
        "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Health\"},"
            + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Health\"},"
            + "{\"@type\":\"ListItem\",\"position\":3,\"name\":\"Flu\"}",
        "<li>Health</li><li><a href=\"/health/\">Health</a></li><li><span aria-current=\"page\">Flu</span></li>");

    ImportResult result = IMPORTER.importHtml(html, "flu.html", Optional.of("https://clinic.example/"));

    assertThat(result.orThrow().metadata().breadcrumb()).containsExactly(
        Crumb.of("Health"), Crumb.of("Health", "https://clinic.example/health/"), Crumb.of("Flu"));
  }

  @Test
  void aCrumbElsewhereInThePagesTrailStillLendsItsLinkByItsLabel() {
    String html = page(
        "{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Conditions\"},"
            + "{\"@type\":\"ListItem\",\"position\":2,\"name\":\"Flu\"}",
        "<li><a href=\"/\">Home</a></li><li><a href=\"/conditions/\">Conditions</a></li><li>Flu</li>");

    ImportResult result = IMPORTER.importHtml(html, "flu.html", Optional.of("https://clinic.example/"));

    assertThat(result.orThrow().metadata().breadcrumb()).containsExactly(
        Crumb.of("Conditions", "https://clinic.example/conditions/"), Crumb.of("Flu"));
  }
}
