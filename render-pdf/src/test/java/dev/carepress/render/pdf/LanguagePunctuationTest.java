package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import org.junit.jupiter.api.Test;

/**
 * The disclaimer's label and a reference's full stops take the handout language's punctuation: a
 * Japanese handout printed "免責事項: " and "マニュアル2022. 環境省、2022." beside its own "著者：".
 */
class LanguagePunctuationTest {
  private static Article article(String language, String disclaimer) {
    return MarkdownArticleReader.create().parse("---\ntitle: 熱中症\nlanguage: " + language + "\n"
        + "disclaimer: " + disclaimer + "\n"
        + "references:\n  - title: 熱中症環境保健マニュアル\n    publisher: 環境省\n    year: 2022\n"
        + "    url: https://www.wbgt.env.go.jp/\n---\n\n本文です。\n", language + ".md").orThrow();
  }

  @Test
  void aJapaneseHandoutsDisclaimerAndReferencesUseTheJapaneseColonAndFullStop() throws Exception {
    String text = Pdfs.text(Pdfs.render(PdfRenderer.create(), article("ja", "一般的な情報です。")).bytes());
    assertThat(text).contains("免責事項：一般的な情報です。").doesNotContain("免責事項:")
        .contains("熱中症環境保健マニュアル。環境省、2022。https://www.wbgt.env.go.jp/");
  }

  @Test
  void anAmharicDisclaimerTakesTheEthiopicColon() throws Exception {
    String text = Pdfs.text(Pdfs.render(PdfRenderer.create(), article("am", "ለግንዛቤ ብቻ ነው።")).bytes());
    assertThat(text).contains("የኃላፊነት ማስተባበያ፦ ለግንዛቤ ብቻ ነው።");
  }
}
