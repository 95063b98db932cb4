package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Reference;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.html.HtmlRenderer;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A reference whose publisher is in the article's script is written with that language's comma
 * before the year ("منظمة الصحة العالمية، 2021", "世界卫生组织，2021"); importing the page gives the
 * publisher and the year back apart.
 */
class LocalCommaReferencesTest {
  @Test
  void thePublisherAndYearComeBackApartAfterTheLanguagesOwnComma() {
    String[][] cases = {
        {"ar", "منظمة الصحة العالمية"}, {"zh-Hans", "世界卫生组织"}, {"ja", "厚生労働省"}, {"am", "የጤና ሚኒስቴር"},
        {"en", "World Health Organization"}};
    for (String[] c : cases) {
      Article article = MarkdownArticleReader.create().parse("---\ntitle: T\nlanguage: " + c[0] + "\nreferences:\n"
          + "  - title: R1\n    publisher: " + c[1] + "\n    year: 2021\n---\n\nText.\n", c[0] + ".md").orThrow();
      String page = HtmlRenderer.create().renderToString(article);

      Article imported = HtmlArticleImporter.builder().build().importHtml(page, "t.html", Optional.empty()).orThrow();

      assertThat(imported.references()).as(c[0])
          .containsExactly(new Reference("R1", Optional.empty(), Optional.of(c[1]), OptionalInt.of(2021)));
    }
  }

  @Test
  void aPublisherThatStartsWithPunctuationKeepsItAfterTheFullWidthStop() {
    // found by CarepressPageRoundTripTest: "<cite>ñw</cite>。:x/, 50。" came back as publisher "x/"
    Article article = MarkdownArticleReader.create().parse("---\ntitle: T\nlanguage: zh-Hans\nreferences:\n"
        + "  - title: R1\n    publisher: \":x/\"\n    year: 50\n---\n\nText.\n", "zh.md").orThrow();
    String page = HtmlRenderer.create().renderToString(article);

    Article imported = HtmlArticleImporter.builder().build().importHtml(page, "t.html", Optional.empty()).orThrow();

    assertThat(imported.references()).containsExactly(new Reference("R1", Optional.empty(), Optional.of(":x/"), OptionalInt.of(50)));
  }
}
