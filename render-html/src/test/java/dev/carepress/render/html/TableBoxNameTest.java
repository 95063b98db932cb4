package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import org.junit.jupiter.api.Test;

/**
 * The focusable box a table scrolls in is named for screen readers by its caption or, without one,
 * by its column headers listed the article language's way; empty headers add nothing.
 */
class TableBoxNameTest {
  private static String page(String language, String table) {
    Article article = MarkdownArticleReader.create()
        .parse("---\ntitle: T\nlanguage: " + language + "\n---\n\n" + table, language + ".md").orThrow();
    return HtmlRenderer.create().renderToString(article);
  }

  @Test
  void anEnglishTablesBoxListsItsHeadersAsAnEnglishList() {
    assertThat(page("en", "| Dose | Time | Notes |\n|---|---|---|\n| 1 | 2 | 3 |\n"))
        .contains("role=\"region\" tabindex=\"0\" aria-label=\"Dose, Time and Notes\"");
  }

  @Test
  void aChineseTablesBoxListsItsHeadersWithTheIdeographicComma() {
    assertThat(page("zh-Hans", "| 剂量 | 时间 | 备注 |\n|---|---|---|\n| 1 | 2 | 3 |\n"))
        .contains("aria-label=\"剂量、时间和备注\"");
  }

  @Test
  void emptyHeaderCellsAreLeftOutOfTheName() {
    assertThat(page("en", "|  | Morning | Evening |\n|---|---|---|\n| Pill | 1 | 2 |\n"))
        .contains("aria-label=\"Morning and Evening\"");
  }
}
