package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.testing.SampleArticles;
import org.junit.jupiter.api.Test;

/** An article's own front-matter {@code url} is its page's address, whatever the base URL. */
class ArticleUrlTest {
  private static final Article OWN_URL =
      SampleArticles.minimal().toBuilder().url("https://clinic.example.org/leaflets/minimal").build();

  @Test
  void theOwnUrlWinsOverTheBaseUrlAndSlugForTheCanonicalLinkAndJsonLd() {
    String page = HtmlRenderer.builder().baseUrl("https://health.example.org/").build().renderToString(OWN_URL);

    assertThat(page).contains("<link rel=\"canonical\" href=\"https://clinic.example.org/leaflets/minimal\"")
        .contains("<meta property=\"og:url\" content=\"https://clinic.example.org/leaflets/minimal\"")
        .doesNotContain("https://health.example.org/minimal.html");
    assertThat(JsonLdTest.jsonLd(page).get("url").asString()).isEqualTo("https://clinic.example.org/leaflets/minimal");
  }

  @Test
  void theOwnUrlNeedsNoBaseUrlAndWithoutOneNothingChanges() {
    String page = HtmlRenderer.create().renderToString(OWN_URL);
    assertThat(page).contains("<link rel=\"canonical\" href=\"https://clinic.example.org/leaflets/minimal\"");

    String plain = HtmlRenderer.create().renderToString(SampleArticles.minimal());
    assertThat(plain).doesNotContain("canonical");
  }
}
