package dev.carepress.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comma between a person's name and credentials in a byline is the language's own. */
class CredentialsCommaTest {
  private static String shown(String language, String name, String credentials) {
    return Labels.forLanguage(language).displayName(Person.of(name, credentials));
  }

  @Test
  void arabicPersianAndUrduNamesTakeTheArabicComma() {
    assertThat(shown("ar", "ليلى حداد", "MD")).isEqualTo("ليلى حداد، MD");
    assertThat(shown("fa", "مریم احمدی", "MD")).isEqualTo("مریم احمدی، MD");
    assertThat(shown("ur", "عائشہ خان", "MBBS")).isEqualTo("عائشہ خان، MBBS");
  }

  @Test
  void chineseAndJapaneseNamesTakeTheirFullWidthCommas() {
    assertThat(shown("zh-Hans", "张伟", "MD")).isEqualTo("张伟，MD");
    assertThat(shown("zh-Hant", "陳美玲", "RN")).isEqualTo("陳美玲，RN");
    assertThat(shown("ja", "佐藤花子", "MD")).isEqualTo("佐藤花子、MD");
  }

  @Test
  void aLatinNameKeepsTheLatinCommaInALanguageWithItsOwn() {
    assertThat(shown("ar", "Ann Lee", "MD")).isEqualTo("Ann Lee, MD");
    assertThat(shown("ja", "Ann Lee", "MD")).isEqualTo("Ann Lee, MD");
  }

  @Test
  void englishSpanishAndHebrewKeepTheLatinComma() {
    for (String language : List.of("en", "es", "he", "ru")) {
      assertThat(shown(language, "Dana Okafor", "MD, MPH")).as(language).isEqualTo("Dana Okafor, MD, MPH");
    }
    assertThat(shown("he", "דנה כהן", "MD")).isEqualTo("דנה כהן, MD");
  }

  @Test
  void aNameWithoutCredentialsIsShownAlone() {
    assertThat(Labels.forLanguage("ar").displayName(Person.of("ليلى"))).isEqualTo("ليلى");
  }

  @Test
  void anOverriddenPatternIsUsed() {
    assertThat(Labels.forLanguage("en").with(java.util.Map.of("credentials", "{0} ({1})"))
        .displayName(Person.of("Dana Okafor", "MD"))).isEqualTo("Dana Okafor (MD)");
  }

  @Test
  void twoPartsAreJoinedByTheCommaOfTheScriptOfTheFirst() {
    assertThat(Labels.forLanguage("zh-Hans").commaJoin("世界卫生组织", "2021")).isEqualTo("世界卫生组织，2021");
    assertThat(Labels.forLanguage("zh-Hans").commaJoin("World Health Organization", "2021"))
        .isEqualTo("World Health Organization, 2021");
    assertThat(Labels.forLanguage("ar").commaJoin("منظمة الصحة العالمية", "2021")).isEqualTo("منظمة الصحة العالمية، 2021");
    assertThat(Labels.forLanguage("en").commaJoin("NHS", "2021")).isEqualTo("NHS, 2021");
  }
}
