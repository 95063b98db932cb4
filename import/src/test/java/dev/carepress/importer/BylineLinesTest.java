package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Person;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A page without byline markup: a short line "By NAME" gives the author, but a sentence that starts
 * with "By" does not (CarepressPageRoundTripTest found a summary "by {eja:h" taken for an author).
 */
class BylineLinesTest {
  private static final HtmlArticleImporter IMPORTER = HtmlArticleImporter.builder().build();

  private static java.util.List<Person> authors(String line) {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Flu</title></head><body><main><h1>Flu</h1>"
        + line + "<p>Flu is a virus that spreads in winter, and most people get better in a week or two.</p>"
        + "</main></body></html>";
    return IMPORTER.importHtml(html, "flu.html", Optional.empty()).orThrow().metadata().authors();
  }

  @Test
  void aLineWithANameIsTheByline() {
    assertThat(authors("<p>By Lucía Fernández, RN</p>")).extracting(Person::name).containsExactly("Lucía Fernández");
    assertThat(authors("<p>By Ana de la Cruz</p>")).extracting(Person::name).containsExactly("Ana de la Cruz");
  }

  @Test
  void aSentenceStartingWithByIsNotAByline() {
    assertThat(authors("<p>By age 50, most adults have had the flu.</p>")).isEmpty();
    assertThat(authors("<p>by {eja:h</p>")).isEmpty();
    assertThat(authors("<p>By washing your hands often.</p>")).isEmpty();
  }
}
