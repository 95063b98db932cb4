package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A page's tight list ({@code <li>} without {@code <p>}) with a list nested in an item was written
 * as a loose Markdown list, with blank lines between the items; it is written tight, the nested
 * list right under its item's line, and reads back as the same list. An ordered list nested at
 * another start than 1 cannot interrupt its item's paragraph, so that list stays loose.
 */
class TightNestedListsTest {
  private static final MarkdownArticleReader READER = MarkdownArticleReader.builder().markGlossaryTerms(false).build();

  private static Article importBody(String body) {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Knee pain</title></head><body><main><h1>Knee pain</h1>"
        + "<p>Most knee pain gets better with rest, ice and simple exercises.</p>" + body + "</main></body></html>";
    return HtmlArticleImporter.builder().build().importHtml(html, "knee.html", Optional.empty()).orThrow();
  }

  private static void readsBack(Article article, String markdown) {
    Article read = READER.parse(markdown, "knee.md").value().orElseThrow();
    assertThat(Compare.difference(MarkdownArticleWriter.canonical(article), read)).isEmpty();
  }

  @Test
  void aTightListWithANestedListIsWrittenTight() {
    Article a = importBody("<ul><li>Rest<ul><li>stop the sport</li><li>raise the leg</li></ul></li><li>Ice</li>"
        + "<li>Exercise<ol><li>straight leg raises</li><li>heel slides</li></ol></li></ul>");
    String markdown = MarkdownArticleWriter.create().toMarkdown(a);

    assertThat(markdown).contains("- Rest\n  - stop the sport\n  - raise the leg\n- Ice\n- Exercise\n"
        + "  1. straight leg raises\n  2. heel slides\n");
    readsBack(a, markdown);
  }

  @Test
  void anItemOfTwoParagraphsOrANestedListStartingPastOneKeepsTheListLoose() {
    Article a = importBody("<ol><li><p>Rest.</p><p>Stop the sport for a week.</p></li><li>Ice</li></ol>"
        + "<ul><li>Exercise<ol start=\"3\"><li>heel slides</li></ol></li><li>Walk</li></ul>");
    String markdown = MarkdownArticleWriter.create().toMarkdown(a);

    assertThat(markdown).contains("1. Rest.\n\n   Stop the sport for a week.\n\n2. Ice\n",
        "- Exercise\n\n  3. heel slides\n\n- Walk\n");
    readsBack(a, markdown);
  }
}
