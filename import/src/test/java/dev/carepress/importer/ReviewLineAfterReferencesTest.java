package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Reference;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Many health pages end with their references and then the review dates ("Page last reviewed: …",
 * "Next review due: …"). The dates line fills lastReviewed and nextReview; it is not a reference.
 */
class ReviewLineAfterReferencesTest {
  private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Earache</title></head><body>"
      + "<main><h1>Earache</h1><p>Most earaches get better on their own in about 3 days, and painkillers help.</p>"
      + "<h2>References</h2><ol><li><a href=\"https://www.nice.org.uk/guidance/ng91\">Otitis media (acute)</a>."
      + " NICE, 2018.</li></ol>"
      + "<p>Page last reviewed: 3 November 2025<br>Next review due: 3 November 2028</p></main></body></html>";

  @Test
  void theReviewDatesLineIsNotAReference() {
    var article = HtmlArticleImporter.builder().build().importHtml(PAGE, "earache.html", Optional.empty()).orThrow();

    assertThat(article.references()).extracting(Reference::title).containsExactly("Otitis media (acute)");
    assertThat(article.metadata().lastReviewed()).contains(LocalDate.of(2025, 11, 3));
    assertThat(article.metadata().nextReview()).contains(LocalDate.of(2028, 11, 3));
  }

  @Test
  void theSpanishReviewDateLineIsNotAReferenceEither() {
    String page = "<!DOCTYPE html><html lang=\"es\"><head><title>Varicela</title></head><body>"
        + "<main><h1>Varicela</h1><p>La varicela es una infecci\u00f3n causada por un virus y casi siempre es leve.</p>"
        + "<section><h2>Referencias</h2><ol><li><a href=\"https://espanol.cdc.gov/chickenpox/\">Varicela</a>."
        + " CDC, 2024.</li></ol></section>"
        + "<p>Fecha de la \u00faltima revisi\u00f3n: 15 de marzo de 2025</p></main></body></html>";

    var article = HtmlArticleImporter.builder().build().importHtml(page, "varicela.html", Optional.empty()).orThrow();

    assertThat(article.references()).extracting(Reference::title).containsExactly("Varicela");
    assertThat(article.metadata().lastReviewed()).contains(LocalDate.of(2025, 3, 15));
  }
}
