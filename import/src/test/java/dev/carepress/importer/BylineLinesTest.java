package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.carepress.model.Article;
import dev.carepress.model.Person;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A page without byline markup: a short line "By NAME" gives the author, but a sentence that starts
 * with "By" does not (CarepressPageRoundTripTest found a summary "by {eja:h" taken for an author).
 * A name in lower case ("by ana lópez", which the page's CSS capitalises) is a byline only where
 * bylines sit (under the title, in the article's header); a sentence starting "by" stays body text.
 */
class BylineLinesTest {
  private static final HtmlArticleImporter IMPORTER = HtmlArticleImporter.builder().build();

  private static java.util.List<Person> authors(String line) {
    return authors(line, "");
  }

  /** The authors of a page with the line under its title, or (with a heading) further down the body. */
  private static java.util.List<Person> authors(String line, String before) {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Flu</title></head><body><main><h1>Flu</h1>"
        + before + line + "<p>Flu is a virus that spreads in winter, and most people get better in a week or two.</p>"
        + "</main></body></html>";
    return IMPORTER.importHtml(html, "flu.html", Optional.empty()).orThrow().metadata().authors();
  }

  private static ImportResult load(String name) throws Exception {
    ImportResult result = IMPORTER.importPage(TemplatePagesTest.page(name));
    assertThat(result.errors()).isEmpty();
    return result;
  }

  private static Article page(String name) throws Exception {
    return load(name).orThrow();
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

  @Test
  void aLowerCaseNameUnderTheTitleIsTheBylineAsThePageShowsIt() throws Exception {
    ImportResult result = load("blog-lowercase-byline.html");
    Article a = result.orThrow();
    assertThat(a.metadata().authors()).extracting(Person::name).containsExactly("Ana López");
    // the capitals are the importer's: the report lists the authors among the guesses to check
    assertThat(result.guessed()).extracting(FieldSource::field).contains("authors");
    String text = MarkdownArticleWriter.create().toMarkdown(a);
    assertThat(text).doesNotContain("by ana lópez")
        // a sentence starting "by", and a lower-case "by NAME" far from the title, stay body text
        .contains("by the way, antibiotics do not work against colds", "by maria santos");
  }

  @Test
  void aSentenceStartingWithByUnderTheTitleIsNeitherAuthorNorDropped() throws Exception {
    Article a = page("blog-by-the-way.html");
    assertThat(a.metadata().authors()).isEmpty();
    assertThat(MarkdownArticleWriter.create().toMarkdown(a))
        .contains("by the way, most sore throats are caused by viruses and get better within a week.");
  }

  @Test
  void lowerCaseBylines() {
    assertThat(authors("<p>by ana lópez</p>")).extracting(Person::name).containsExactly("Ana López");
    assertThat(authors("<p>por ana lópez</p>")).extracting(Person::name).containsExactly("Ana López");
    assertThat(authors("<p>Por Ana López</p>")).extracting(Person::name).containsExactly("Ana López");
    assertThat(authors("<p>by ana de la cruz, RN</p>")).extracting(Person::name, Person::credentials)
        .containsExactly(tuple("Ana de la Cruz", Optional.of("RN")));
    assertThat(authors("<p class=\"meta\">by lucía fernández</p>", "<p>Flu season is here.</p><p>Read on.</p><p>More.</p>"))
        .extracting(Person::name).containsExactly("Lucía Fernández"); // in a post-meta line, wherever it is
    assertThat(authors("<p class=\"post-meta\">by lucía fernández</p>", "<h2>Symptoms</h2><p>Fever.</p>"))
        .extracting(Person::name).containsExactly("Lucía Fernández");
  }

  @Test
  void lowerCasePhrasesAndFarAwayLinesAreNotBylines() {
    assertThat(authors("<p>by the way, most people get better.</p>")).isEmpty();
    assertThat(authors("<p>by mouth twice a day</p>")).isEmpty();
    assertThat(authors("<p>by taking it with food</p>")).isEmpty();
    assertThat(authors("<p>by far the most common</p>")).isEmpty();
    assertThat(authors("<p>por favor, beba mucha agua</p>")).isEmpty();
    assertThat(authors("<p>por la noche</p>")).isEmpty();
    assertThat(authors("<p>by ana lópez</p>", "<h2>Symptoms</h2><p>Fever and aches.</p>")).isEmpty();
    assertThat(authors("<p>by ana lópez</p>", "<p>One.</p><p>Two.</p><p>Three.</p>")).isEmpty();
  }
}
