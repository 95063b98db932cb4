package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.PlainText;
import dev.carepress.model.Section;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * WebMD's "In This Article" box (a list of links to the page's own sections) became a section of
 * links to anchors that no longer exist, and WordPress's button block ("Book an assessment") stayed
 * as a paragraph, though the README says calls to action never reach the article.
 */
class InPageContentsTest {
  private static Article page(String body) {
    String html = "<html lang=\"en\"><head><title>Migraine</title></head><body><article><h1>Migraine</h1>" + body
        + "</article></body></html>";
    return HtmlArticleImporter.builder().build().importHtml(html, "migraine.html", Optional.empty()).orThrow();
  }

  private static final String SECTIONS = "<section id=\"1\"><h2>What Is a Migraine?</h2><p>A migraine is a headache that"
      + " can cause severe throbbing pain, usually on one side of the head.</p></section>"
      + "<section id=\"2\"><h2>Migraine Symptoms</h2><p>Migraines often begin in childhood, adolescence, or early"
      + " adulthood.</p></section>";

  @Test
  void aListOfLinksToThePagesOwnSectionsIsLeftOut() {
    Article a = page("<div class=\"article-nav\"><h2>In This Article</h2><ul><li><a href=\"#1\">What Is a Migraine?</a></li>"
        + "<li><a href=\"#2\">Migraine Symptoms</a></li></ul></div>" + SECTIONS);
    assertThat(a.sections()).extracting(Section::title).containsExactly("What Is a Migraine?", "Migraine Symptoms");
  }

  @Test
  void aListOfLinksToSectionsUnderAnOnThisPageHeadingIsLeftOut() {
    Article a = page("<h2>On this page</h2><ul><li><a href=\"#1\">What Is a Migraine?</a></li>"
        + "<li><a href=\"#2\">Migraine Symptoms</a></li></ul>" + SECTIONS);
    assertThat(a.sections()).extracting(Section::title).containsExactly("What Is a Migraine?", "Migraine Symptoms");
  }

  @Test
  void aListOfInPageLinksWithTextIsKept() {
    Article a = page("<div><ul><li>Read <a href=\"#1\">what a migraine is</a> first, then the signs to watch for.</li>"
        + "<li>See <a href=\"#2\">symptoms</a>.</li></ul></div>" + SECTIONS);
    assertThat(PlainText.ofBlocks(a.introduction())).contains("what a migraine is", "symptoms");
  }

  @Test
  void aShortSectionWhoseListLinksOnlyToAFootnoteIsKept() { // CarepressPageRoundTripTest found it
    Article a = page("<p>Flu is a virus.</p><section><h2>Dose</h2><ul><li><a href=\"#fn-1\">1</a></li>"
        + "<li><a href=\"#fn-2\">2</a></li></ul></section>"
        + "<ol class=\"footnotes\"><li id=\"fn-1\">One.</li><li id=\"fn-2\">Two.</li></ol>");
    assertThat(a.sections()).extracting(Section::title).containsExactly("Dose");
  }

  @Test
  void aWordPressButtonBlockIsLeftOut() {
    Article a = page("<p>Try 3 sets of 10 wall squats, 3 times a week, and rest when your knees hurt.</p>"
        + "<div class=\"wp-block-buttons\"><div class=\"wp-block-button\"><a class=\"wp-block-button__link\" href=\"/book/\">"
        + "Book an assessment</a></div></div>");
    assertThat(PlainText.ofBlocks(a.introduction())).doesNotContain("Book an assessment");
  }
}
