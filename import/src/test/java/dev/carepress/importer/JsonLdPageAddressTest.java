package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Link;
import dev.carepress.model.Paragraph;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A saved page whose only statement of its own address is its JSON-LD WebPage's {@code url} (no
 * canonical link, no og:url): its relative links are made absolute against that address, as they
 * are against a canonical link, instead of staying relative to a folder the article is not in.
 */
class JsonLdPageAddressTest {
  private static Article importPage(String jsonLd) {
    String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Flu</title><script type=\"application/ld+json\">"
        + jsonLd + "</script></head><body><main><h1>Flu</h1><p>Most people get better in a week. See"
        + " <a href=\"../treatment/index.html\">flu treatment</a> for what helps.</p></main></body></html>";
    return HtmlArticleImporter.builder().build().importHtml(page, "flu.html", Optional.empty()).orThrow();
  }

  private static String firstLink(Article article) {
    return ((Paragraph) article.introduction().get(0)).content().stream().filter(Link.class::isInstance)
        .map(i -> ((Link) i).url()).findFirst().orElseThrow();
  }

  @Test
  void aRelativeLinkIsResolvedAgainstTheJsonLdPagesUrl() {
    Article article = importPage("{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\","
        + "\"url\":\"https://www.cdc.gov/flu/about/index.html\",\"name\":\"Flu\"}");

    assertThat(firstLink(article)).isEqualTo("https://www.cdc.gov/flu/treatment/index.html");
  }

  @Test
  void anIdThatIsAWebAddressServesWhenThereIsNoUrl() {
    Article article = importPage("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"MedicalWebPage\","
        + "\"@id\":\"https://health.example.org/conditions/flu/#webpage\",\"name\":\"Flu\"}]}");

    assertThat(firstLink(article)).isEqualTo("https://health.example.org/conditions/treatment/index.html");
  }
}
