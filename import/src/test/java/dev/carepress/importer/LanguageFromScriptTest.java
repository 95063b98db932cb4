package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A page that declares no language (no {@code lang}, no meta, no JSON-LD) was always guessed
 * English: a Chinese page saved as GB2312 or a Russian one in Windows-1251 became {@code language:
 * en}, so its handout had English labels and check gave it an English reading grade. The script of
 * its text now gives the guess; Latin text still gives {@code en}.
 */
class LanguageFromScriptTest {
  private static final HtmlArticleImporter IMPORTER = HtmlArticleImporter.builder().build();

  private static ImportResult page(String title, String text) {
    String html = "<html><head><title>" + title + "</title></head><body><main><h1>" + title + "</h1><p>" + text
        + "</p></main></body></html>";
    return IMPORTER.importHtml(html, "page.html", Optional.empty());
  }

  private static String language(String title, String text) {
    return page(title, text).orThrow().metadata().language();
  }

  @Test
  void chineseTextWithNoDeclaredLanguageIsChinese() {
    assertThat(language("高血压", "高血压是指以体循环动脉血压增高为主要特征的临床综合征。")).isEqualTo("zh");
  }

  @Test
  void japaneseTextIsJapaneseThoughItHasKanji() {
    assertThat(language("高血圧", "高血圧は、血圧が高い状態が続く病気です。塩分を控えましょう。")).isEqualTo("ja");
  }

  @Test
  void cyrillicTextIsRussianOrUkrainianByItsLetters() {
    assertThat(language("Грипп", "Грипп — острая вирусная инфекция, поражающая верхние дыхательные пути.")).isEqualTo("ru");
    assertThat(language("Грип", "Грип — гостра вірусна інфекція, що їх уражає дихальні шляхи.")).isEqualTo("uk");
  }

  @Test
  void arabicAndKoreanTextAreGuessedFromTheirScripts() {
    assertThat(language("داء السكري", "داء السكري مرض مزمن يحدث عندما لا ينتج البنكرياس ما يكفي من الإنسولين.")).isEqualTo("ar");
    assertThat(language("고혈압", "고혈압은 혈압이 정상보다 높은 상태가 지속되는 질환입니다.")).isEqualTo("ko");
  }

  @Test
  void vietnameseTextIsVietnameseByItsToneMarksAndFrenchOrPortugueseIsNot() {
    assertThat(language("Sốt xuất huyết", "Sốt xuất huyết là bệnh truyền nhiễm cấp tính do virus Dengue gây ra.")).isEqualTo("vi");
    assertThat(language("Grippe", "La grippe est une infection virale très contagieuse ; le médecin généraliste peut aider.")).isEqualTo("en");
    assertThat(language("Gripe", "A gripe é uma infecção respiratória aguda causada pelo vírus influenza.")).isEqualTo("en");
  }

  @Test
  void latinTextIsStillEnglishByDefault() {
    assertThat(language("Flu", "Flu is a virus that spreads in winter, and most people get better in a week.")).isEqualTo("en");
  }

  @Test
  void theReportSaysTheLanguageWasGuessedFromTheScript() {
    ImportResult result = page("Грипп", "Грипп — острая вирусная инфекция, поражающая верхние дыхательные пути.");
    assertThat(result.fields()).filteredOn(f -> f.field().equals("language"))
        .singleElement().satisfies(f -> {
          assertThat(f.guessed()).isTrue();
          assertThat(f.toString()).contains("script");
        });
  }

  @Test
  void aDeclaredLanguageWinsOverTheScript() {
    String html = "<html lang=\"en\"><head><title>Flu</title></head><body><main><h1>Flu</h1><p>"
        + "高血压是指以体循环动脉血压增高为主要特征的临床综合征。</p></main></body></html>";
    assertThat(IMPORTER.importHtml(html, "page.html", Optional.empty()).orThrow().metadata().language()).isEqualTo("en");
  }
}
