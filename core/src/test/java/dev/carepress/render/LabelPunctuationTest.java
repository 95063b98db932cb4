package dev.carepress.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A label before its text and the full stops of a reference take the language's punctuation: a
 * Japanese handout printed "免責事項: " and "マニュアル2022. 環境省、2022." beside its "著者：" and
 * "最終確認日：".
 */
class LabelPunctuationTest {
  @Test
  void aLabelTakesTheColonOfItsLanguage() {
    assertThat(Labels.forLanguage("en").labelled("Disclaimer")).isEqualTo("Disclaimer: ");
    assertThat(Labels.forLanguage("ja").labelled("免責事項")).isEqualTo("免責事項：");
    assertThat(Labels.forLanguage("zh-Hant").labelled("免責聲明")).isEqualTo("免責聲明：");
    assertThat(Labels.forLanguage("zh-Hans").labelled("免责声明")).isEqualTo("免责声明：");
    assertThat(Labels.forLanguage("am").labelled("የኃላፊነት ማስተባበያ")).isEqualTo("የኃላፊነት ማስተባበያ፦ ");
    assertThat(Labels.forLanguage("fr").labelled("Avertissement")).isEqualTo("Avertissement\u00a0: ");
    assertThat(Labels.forLanguage("de").labelled("Disclaimer")).isEqualTo("Disclaimer: ");
  }

  @Test
  void chineseAndJapaneseEndAReferencesPartsWithTheFullWidthStop() {
    assertThat(Labels.forLanguage("ja").fullStop()).isEqualTo("。");
    assertThat(Labels.forLanguage("ja").fullStopAndSpace()).isEqualTo("。");
    assertThat(Labels.forLanguage("zh-Hant").fullStopAndSpace()).isEqualTo("。");
    assertThat(Labels.forLanguage("en").fullStop()).isEqualTo(".");
    assertThat(Labels.forLanguage("en").fullStopAndSpace()).isEqualTo(". ");
    assertThat(Labels.forLanguage("ko").fullStopAndSpace()).isEqualTo(". ");
    assertThat(Labels.forLanguage("en").with("fullStop", "。").fullStopAndSpace()).isEqualTo("。");
  }

  @Test
  void haitianCreoleDatesNameTheMonthInCreole() {
    // the JDK has no Haitian Creole dates: its root form was "2026 Sep 15"
    assertThat(Labels.forLanguage("ht").date(java.time.LocalDate.of(2026, 9, 15))).isEqualTo("15 septanm 2026");
    assertThat(Labels.forLanguage("ht").date(java.time.LocalDate.of(2027, 7, 1))).isEqualTo("1 jiyè 2027");
    assertThat(Labels.forLanguage("ht-u-nu-arab").date(java.time.LocalDate.of(2027, 7, 1))).isEqualTo("١ jiyè ٢٠٢٧");
  }

  @Test
  void theUntranslatedWarningNamesTheLanguageACountryCodeWasWrittenFor() {
    // a clinic's "language: vn" or "language: jp" (the country, not the language) got English furniture
    assertThat(Labels.untranslatedWarning("vn", "a.md").hint()).startsWith("if you meant Vietnamese, write language: vi;");
    assertThat(Labels.untranslatedWarning("jp", "a.md").hint()).startsWith("if you meant Japanese, write language: ja;");
    assertThat(Labels.untranslatedWarning("kr", "a.md").hint()).startsWith("if you meant Korean, write language: ko;");
    assertThat(Labels.untranslatedWarning("sw", "a.md").hint()).startsWith("give your own with labels.KEY=TEXT");
  }
}
