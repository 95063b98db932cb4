package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The page's language tag, whatever case its markup writes it in, is imported in the canonical
 * case the readers keep ({@code EN-us} → {@code en-US}): the Markdown written says so, and reads
 * back to the same article.
 */
class PageLanguageTest {
  private static final HtmlArticleImporter IMPORTER = HtmlArticleImporter.builder().build();

  private static Article imported(String head) {
    String html = "<!DOCTYPE html><html " + head + "><title>Flu</title></head><body><main><h1>Flu</h1>"
        + "<p>Flu is a virus that spreads in winter, and most people get better in a week or two.</p>"
        + "</main></body></html>";
    return IMPORTER.importHtml(html, "flu.html", Optional.empty()).orThrow();
  }

  @Test
  void theTagTakesTheCanonicalCase() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("lang=\"EN-us\"><head>", "en-US");
    cases.put("lang=\"zh-hans\"><head>", "zh-Hans");
    cases.put("lang=\"es_mx\"><head>", "es-MX");
    cases.put("><head><meta name=\"DC.language\" content=\"SPA-mx\">", "es-MX");
    cases.put("><head><meta property=\"og:locale\" content=\"pt_br\">", "pt-BR");
    cases.put("lang=\"en\"><head>", "en");
    cases.forEach((head, canonical) -> {
      Article article = imported(head);
      assertThat(article.language()).as(head).isEqualTo(canonical);
      assertThat(MarkdownArticleWriter.create().toMarkdown(article)).as(head).contains("\nlanguage: " + canonical + "\n");
    });
  }
}
