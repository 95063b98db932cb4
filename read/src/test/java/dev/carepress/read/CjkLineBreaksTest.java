package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Text;
import org.junit.jupiter.api.Test;

/**
 * A paragraph wrapped in the source: the line break is a space between words, but nothing between
 * two Chinese or Japanese characters (as a browser shows it), so "病毒量高的準⏎媽媽" is not printed
 * "準 媽媽" in the middle of a word. Korean, which spaces its words, keeps the space.
 */
class CjkLineBreaksTest {
  private static String firstParagraph(String language, String body) {
    String source = "---\ntitle: T\nlanguage: " + language + "\n---\n\n" + body + "\n";
    Article article = MarkdownArticleReader.create().parse(source, "a.md").orThrow();
    Paragraph p = (Paragraph) article.introduction().get(0);
    StringBuilder text = new StringBuilder();
    p.content().forEach(i -> text.append(((Text) i).text()));
    return text.toString();
  }

  @Test
  void aLineBreakBetweenChineseCharactersIsNoSpace() {
    assertThat(firstParagraph("zh-Hant", "病毒量高的準\n媽媽容易傳給寶寶。\n許多人沒有症狀。"))
        .isEqualTo("病毒量高的準媽媽容易傳給寶寶。許多人沒有症狀。");
  }

  @Test
  void aLineBreakBetweenJapaneseKanaAndPunctuationIsNoSpace() {
    assertThat(firstParagraph("ja", "水分をこまめに\nとりましょう。\n（Ⅱ度）"))
        .isEqualTo("水分をこまめにとりましょう。（Ⅱ度）");
  }

  @Test
  void aLineBreakBesideLatinOrKoreanTextIsASpace() {
    assertThat(firstParagraph("zh-Hans", "请服用\nibuprofen\n药物。")).isEqualTo("请服用 ibuprofen 药物。");
    assertThat(firstParagraph("ko", "물을 자주\n마시세요.")).isEqualTo("물을 자주 마시세요.");
    assertThat(firstParagraph("en", "Drink water\noften.")).isEqualTo("Drink water often.");
  }
}
