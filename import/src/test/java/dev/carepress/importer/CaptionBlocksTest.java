package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Figure;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A caption made of blocks — Mayo Clinic's {@code <figcaption><strong>Pancreas</strong><p>The
 * pancreas secretes …</p></figcaption>} — was read with no space where one block ends and the next
 * begins: "PancreasThe pancreas secretes …". A browser shows the two on separate lines; the words
 * stay apart.
 */
class CaptionBlocksTest {
  private static final HtmlArticleImporter IMPORTER = HtmlArticleImporter.builder().build();

  @Test
  void theBlocksOfACaptionAreSeparateWords() {
    String html = "<html lang=\"en\"><head><title>Diabetes</title></head><body><main><h1>Diabetes</h1>"
        + "<p>Type 2 diabetes is a condition that happens because of a problem in the way the body uses sugar.</p>"
        + "<figure><img src=\"https://example.org/pancreas.jpg\" alt=\"Illustration of the pancreas\">"
        + "<figcaption><strong>Pancreas</strong><p>The pancreas secretes insulin.</p><div>Glucagon too.</div></figcaption>"
        + "</figure></main></body></html>";
    Figure figure = (Figure) IMPORTER.importHtml(html, "diabetes.html", Optional.empty()).orThrow().introduction().get(1);
    assertThat(figure.caption()).hasValue("Pancreas The pancreas secretes insulin. Glucagon too.");
  }

  @Test
  void inlineElementsStillJoinWithoutASpace() {
    String html = "<html lang=\"en\"><head><title>Flu</title></head><body><main><h1>Flu</h1>"
        + "<p>Flu is a virus that spreads in winter, and most people get better in a week or two.</p>"
        + "<figure><img src=\"https://example.org/flu.jpg\" alt=\"A virus\"><figcaption><b>In</b>fluenza <i>virus</i>es"
        + "</figcaption></figure></main></body></html>";
    Figure figure = (Figure) IMPORTER.importHtml(html, "flu.html", Optional.empty()).orThrow().introduction().get(1);
    assertThat(figure.caption()).hasValue("Influenza viruses");
  }
}
