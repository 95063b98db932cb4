package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import org.junit.jupiter.api.Test;

/** The byline and review line put the language's comma between a name and its credentials. */
class BylineCommaTest {
  static Article article(String language) {
    return MarkdownArticleReader.create().parse("---\ntitle: T\nlanguage: " + language + "\nlastReviewed: 2026-06-01\n"
        + "authors:\n  - name: \u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f\n    credentials: MD\n"
        + "  - name: Ann Lee\n    credentials: RN\nreviewers:\n  - name: \u0633\u0627\u0631\u0629\n"
        + "    credentials: MD, MPH\n---\n\nText.\n", language + ".md").orThrow();
  }

  @Test
  void anArabicNamesCredentialsFollowAnArabicCommaAndALatinNamesALatinOne() {
    String page = HtmlRenderer.create().renderToString(article("ar"));
    assertThat(page).contains("<bdi>\u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f\u060c MD</bdi>")
        .contains("<bdi>Ann Lee, RN</bdi>").contains("<bdi>\u0633\u0627\u0631\u0629\u060c MD, MPH</bdi>");
  }

  @Test
  void englishAndSpanishBylinesKeepTheLatinComma() {
    for (String language : new String[] {"en", "es"}) {
      assertThat(HtmlRenderer.create().renderToString(article(language))).as(language)
          .contains("<bdi>\u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f, MD</bdi>")
          .contains("<bdi>Ann Lee, RN</bdi>");
    }
  }

  @Test
  void aReferencesPublisherAndYearTakeTheCommaOfThePublishersScript() {
    String who = "\u0645\u0646\u0638\u0645\u0629 \u0627\u0644\u0635\u062d\u0629";
    for (String language : new String[] {"ar", "en"}) {
      Article article = MarkdownArticleReader.create().parse("---\ntitle: T\nlanguage: " + language + "\n"
          + "references:\n  - title: R1\n    publisher: " + who + "\n    year: 2021\n"
          + "  - title: R2\n    publisher: World Health Organization\n    year: 2020\n"
          + "  - title: R3\n    year: 2019\n---\n\nText.\n", language + ".md").orThrow();
      String page = HtmlRenderer.create().renderToString(article);
      assertThat(page).as(language).contains(". " + who + (language.equals("ar") ? "\u060c " : ", ") + "2021.")
          .contains(". World Health Organization, 2020.").contains("</cite>. 2019.");
    }
  }

  @Test
  void japaneseAndChineseReferencesEndTheirPartsWithTheFullWidthStop() {
    for (String language : new String[] {"ja", "zh-Hant"}) {
      Article article = MarkdownArticleReader.create().parse("---\ntitle: T\nlanguage: " + language + "\n"
          + "references:\n  - title: \u71b1\u4e2d\u75c7\n    publisher: \u74b0\u5883\u7701\n    year: 2022\n---\n\nText.\n",
          language + ".md").orThrow();
      String page = HtmlRenderer.create().renderToString(article);
      assertThat(page).as(language).contains("</cite>\u3002\u74b0\u5883\u7701").contains("2022\u3002</li>")
          .doesNotContain("</cite>. ");
    }
  }
}
