package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.PlainText;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Headings that name a part of the article: CDC's pages open with a "What to know" box of three
 * points, which became a note callout instead of the key points; a notes list under "Notes:" (with
 * its colon) was not read as footnotes, because the colon was allowed only after "notas".
 */
class BoxHeadingsTest {
  private static Article page(String body) {
    String html = "<html lang=\"en\"><head><title>Flu</title></head><body><main><h1>Flu</h1>" + body
        + "</main></body></html>";
    return HtmlArticleImporter.builder().build().importHtml(html, "flu.html", Optional.empty()).orThrow();
  }

  @Test
  void cdcsWhatToKnowBoxIsTheKeyPoints() {
    Article a = page("<div class=\"cdc-callout\"><h2>What to know</h2><ul><li>Get a flu vaccine every year.</li>"
        + "<li>Cover your cough.</li><li>Antiviral drugs can treat flu.</li></ul></div>"
        + "<h2>Get vaccinated</h2><p>The first and most important step in preventing flu is to get a flu vaccine.</p>");
    assertThat(a.keyPoints()).extracting(k -> PlainText.of(k.content()))
        .containsExactly("Get a flu vaccine every year.", "Cover your cough.", "Antiviral drugs can treat flu.");
    assertThat(a.introduction()).isEmpty();
  }

  @Test
  void aNotesHeadingWithAColonHoldsTheFootnotes() {
    Article a = page("<p>Get a flu vaccine each year, as most doctors advise for everyone.<sup><a href=\"#n1\">1</a></sup></p>"
        + "<h3>Notes:</h3><ol><li id=\"n1\">CDC, 2024.</li></ol>");
    assertThat(a.footnotes()).extracting(f -> PlainText.ofBlocks(f.blocks())).containsExactly("CDC, 2024.");
  }
}
