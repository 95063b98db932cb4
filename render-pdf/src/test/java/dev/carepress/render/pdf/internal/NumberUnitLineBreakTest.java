package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A line of a handout does not break between a number and its unit ("200 / мкг" is a dose a
 * patient can misread), in the plain path (Latin, Greek, Cyrillic) and the shaped one (CJK); when
 * the two do not fit on a line by themselves they still break rather than run past the margin.
 */
class NumberUnitLineBreakTest {
  private static final Fonts FONTS = new Fonts(List.of(), List.of());
  private static final Style STYLE = Style.plain(Fonts.REGULAR, 12f, 0, null);

  private static List<String> lines(String text, String language, float width) {
    Typesetter typesetter = new Typesetter(new Shaper(FONTS, new Diagnostics(p -> { })));
    typesetter.language(language, false);
    return typesetter.lines(text, STYLE, width).stream().map(ShapedLinesTest::text).collect(Collectors.toList());
  }

  private static float width(String text, String language) {
    Typesetter typesetter = new Typesetter(new Shaper(FONTS, new Diagnostics(p -> { })));
    typesetter.language(language, false);
    return typesetter.lines(text, STYLE, 1e5f).get(0).width();
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(delimiter = '|', value = {
    "en|Take|200 mcg|once a day.",
    "en|Take|5 mg|at night.",
    "en|A fever is|37.5 °F|or more.",
    "en|Before meals, give|2 units|of insulin.",
    "en|Drink|1.5 L|a day.",
    "en|Blood pressure of|140 mmHg|or more.",
    "en|A glucose of|7.0 mmol/L|or more.",
    "fr|Une fièvre de|37,5 °C|ou plus.",
    "fr|Environ|10 %|des patients.",
    "ru|Принимайте|200 мкг|в день.",
    "ru|Принимайте|5 мг|утром.",
    "ru|Выпивайте|250 мл|воды.",
    "el|Παίρνετε|200 μg|την ημέρα.",
    "en|Take|200\u202Fmg|at night.",
    "en|Take|200\u00A0mg|at night.",
  })
  void aNumberAndItsUnitGoToTheNextLineTogether(String language, String before, String dose, String after) {
    String text = before + " " + dose + " " + after;
    String number = dose.split("[ \u00A0\u202F]")[0];
    // room for the words before and the number, not for the unit as well
    float width = width(before + " " + number, language) + 1f;
    assertThat(width(before + " " + dose, language)).isGreaterThan(width);

    List<String> lines = lines(text, language, width);

    assertThat(lines.get(0)).isEqualTo(before);
    assertThat(lines.get(1)).startsWith(dose);
    assertThat(String.join(" ", lines)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "zh-Hans|烧伤分为|Ⅰ度|、|Ⅱ度",
    "zh-Hans|每次服用|200毫克|，|每日两次",
    "zh-Hans|每次服用|二百毫克|，|每日两次",
    "zh-Hans|每次服用|五 mg|，|每日两次",
    "ja|一回に|200 mg|を|飲みます",
    "zh-Hans|体温超过|38 ℃|时|就医",
  })
  void aCjkNumberAndItsUnitGoToTheNextLineTogether(String language, String before, String dose, String rest1,
      String rest2) {
    String text = before + dose + rest1 + rest2;
    String number = dose.substring(0, dose.length() - (dose.endsWith("毫克") ? 2 : dose.endsWith("mg") ? 3
        : dose.endsWith("℃") ? 2 : 1));
    float width = width(before + number, language) + 1f;
    assertThat(width(before + dose, language)).isGreaterThan(width);

    List<String> lines = lines(text, language, width);

    assertThat(lines.get(0)).isEqualTo(before);
    assertThat(lines.get(1)).startsWith(dose.strip());
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {"en|200 mcg", "ru|200 мкг", "zh-Hans|Ⅱ度", "zh-Hans|200 毫克"})
  void aNumberAndUnitTooWideForTheLineStillBreakBetweenThemRatherThanRunPastIt(String language, String dose) {
    String[] parts = dose.contains(" ") ? dose.split(" ") : new String[] {dose.substring(0, 1), dose.substring(1)};
    float width = Math.max(width(parts[0], language), width(parts[1], language)) + 1f;
    assertThat(width(dose, language)).isGreaterThan(width);

    List<String> lines = lines("Take " + dose + " daily", language, width);

    assertThat(lines).contains(parts[0], parts[1]);
  }

  @Test
  void aNumberBeforeAWordThatIsNotAUnitStillBreaksThere() {
    float width = Math.max(width("Take 2", "en"), width("milligrams", "en")) + 1f;
    assertThat(lines("Take 2 Lozenges daily", "en", width)).startsWith("Take 2", "Lozenges");
    assertThat(lines("Take 2 milligrams daily", "en", width)).startsWith("Take 2", "milligrams");
    assertThat(lines("Stage 2 glioma", "en", width("Stage 2", "en") + 1f)).startsWith("Stage 2", "glioma");
  }

  @Test
  void noLineOfChineseOrJapaneseEndsInsideADoseAtAnyWidth() {
    List<String[]> texts = List.of(
        new String[] {"zh-Hans", "每次服用200毫克，每日两次。体温超过38 ℃时请就医。烧伤分为Ⅰ度、Ⅱ度和Ⅲ度。每次二百毫克或五 mg。",
            "200毫克|38 ℃|Ⅰ度|Ⅱ度|Ⅲ度|二百毫克|五 mg"},
        new String[] {"ja", "一回に200 mgを飲み、体温が37.5 ℃以上なら五百ミリではなく10 %の量を減らします。",
            "200 mg|37.5 ℃|10 %"});
    for (String[] t : texts) {
      String text = t[1];
      for (String dose : t[2].split("\\|")) {
        int at = text.indexOf(dose);
        assertThat(at).as(dose).isGreaterThanOrEqualTo(0);
        // room for the dose and the character after it (a full-width comma may not start a line),
        // with an em to spare: in the paragraph a numeral may take a CJK font's wider glyph
        String withNext = text.substring(at, Math.min(text.length(), at + dose.length() + 1));
        for (float width = width(withNext, t[0]) + 13f; width <= 220f; width += 2f) {
          List<String> lines = lines(text, t[0], width);
          int end = 0;
          for (String line : lines.subList(0, lines.size() - 1)) {
            end = text.indexOf(line, end) + line.length();
            assertThat(end <= at || end >= at + dose.length())
                .as("%s at %s pt: a line ends inside %s: %s", t[0], width, dose, lines).isTrue();
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(delimiter = '|', value = {
    "en|A fever is|\u2265 38 °C|or more.",
    "en|A fever is|\u2265 38|or more.",
    "en|If less than|< 5 mg|was taken, call.",
    "en|If more than|> 5 mg|was taken, call.",
    "en|Give|\u00B1 2|tablets.",
    "en|Give|~ 2|tablets.",
    "en|Give|\u2248 10 %|more.",
    "en|Keep it|\u2264 -5 °C|in the freezer.",
    "ru|Температура|\u2265 38 °C|или выше.",
  })
  void aComparisonSignGoesToTheNextLineWithItsNumber(String language, String before, String value, String after) {
    String text = before + " " + value + " " + after;
    String sign = value.split(" ")[0];
    // room for the words before and the sign, not for the number as well
    float width = width(before + " " + sign, language) + 1f;
    assertThat(width(before + " " + sign + " " + value.split(" ")[1], language)).isGreaterThan(width);

    List<String> lines = lines(text, language, width);

    assertThat(lines.get(0)).isEqualTo(before);
    assertThat(lines.get(1)).startsWith(value.split(" ")[0] + " " + value.split(" ")[1]);
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(delimiter = '|', value = {"en|Use a|5-mg|tablet.", "en|Use a|2.5-mL|spoon.", "en|Use a|10\u2010mg|tablet.",
      "ru|Таблетка по|5-мг|утром."})
  void aNumberHyphenedToItsUnitIsNotBrokenAfterTheHyphen(String language, String before, String dose, String after) {
    String text = before + " " + dose + " " + after;
    int hyphen = dose.indexOf('-') >= 0 ? dose.indexOf('-') : dose.indexOf('\u2010');
    // room for the words before, the number and the hyphen, not for the unit as well
    float width = width(before + " " + dose.substring(0, hyphen + 1), language) + 1f;
    assertThat(width(before + " " + dose, language)).isGreaterThan(width);

    List<String> lines = lines(text, language, width);

    assertThat(lines.get(0)).isEqualTo(before);
    assertThat(lines.get(1)).startsWith(dose);
  }

  @Test
  void aHyphenBetweenANumberAndAWordThatIsNotAUnitIsStillABreak() {
    float width = width("Take a 5-", "en") + 1f;
    assertThat(lines("Take a 5-day course", "en", width)).startsWith("Take a 5-", "day");
    assertThat(lines("Take a 5-mg course", "en", width)).startsWith("Take a", "5-mg");
  }

  /**
   * Arabic, Thai and signs in laid-out (shaped) paragraphs: at every width from the widest dose up,
   * each pair of tokens ends on one line. Arabic is checked in logical order, number first ("500 ملغ"),
   * with Western and Arabic-Indic digits; Thai with and without a space before the unit.
   */
  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
    "ar|\u062E\u0630 \u062F\u0648\u0627\u0621\u0643 \u0643\u0644 \u064A\u0648\u0645 500 \u0645\u0644\u063A \u0645\u0639 \u0627\u0644\u0645\u0627\u0621\u060C \u0648 5 \u0645\u0644 \u0645\u0646 \u0627\u0644\u0634\u0631\u0627\u0628\u060C \u0648 10 \u0648\u062D\u062F\u0629 \u0645\u0646 \u0627\u0644\u0625\u0646\u0633\u0648\u0644\u064A\u0646\u060C \u0625\u0630\u0627 \u0643\u0627\u0646\u062A \u0627\u0644\u062D\u0631\u0627\u0631\u0629 \u2265 38 \u062F\u0631\u062C\u0629 \u0641\u0627\u062A\u0635\u0644 \u0628\u0646\u0627. \u062E\u0630 \u0665\u0660\u0660 \u0645\u063A \u0641\u0642\u0637.|500 \u0645\u0644\u063A,5 \u0645\u0644,10 \u0648\u062D\u062F\u0629,38 \u062F\u0631\u062C\u0629,\u2265 38,\u0665\u0660\u0660 \u0645\u063A",
    "th|\u0E01\u0E34\u0E19\u0E22\u0E32\u0E04\u0E23\u0E31\u0E49\u0E07\u0E25\u0E30 500 \u0E21\u0E01. \u0E27\u0E31\u0E19\u0E25\u0E30\u0E04\u0E23\u0E31\u0E49\u0E07 \u0E14\u0E37\u0E48\u0E21\u0E19\u0E49\u0E33\u0E40\u0E0A\u0E37\u0E48\u0E2D\u0E21 5 \u0E21\u0E25. \u0E09\u0E35\u0E14\u0E2D\u0E34\u0E19\u0E0B\u0E39\u0E25\u0E34\u0E19 10 \u0E2B\u0E19\u0E48\u0E27\u0E22 \u0E16\u0E49\u0E32\u0E44\u0E02\u0E49\u0E2A\u0E39\u0E07\u0E01\u0E27\u0E48\u0E32 \u2265 38 \u0E2D\u0E07\u0E28\u0E32 \u0E43\u0E2B\u0E49\u0E44\u0E1B\u0E1E\u0E1A\u0E41\u0E1E\u0E17\u0E22\u0E4C \u0E2B\u0E23\u0E37\u0E2D\u0E01\u0E34\u0E19 250\u0E21\u0E01.\u0E01\u0E48\u0E2D\u0E19\u0E19\u0E2D\u0E19|500 \u0E21\u0E01.,5 \u0E21\u0E25.,10 \u0E2B\u0E19\u0E48\u0E27\u0E22,\u2265 38,38 \u0E2D\u0E07\u0E28\u0E32,250\u0E21\u0E01.",
    "zh-Hans|\u4F53\u6E29\u8D85\u8FC7\u65F6\u8BF7\u6CE8\u610F\u4F53\u6E29 \u2265 38 \u2103 \u65F6\u5C31\u533B\uFF0C\u670D\u7528 5-mg \u7247\u5242\u3002|\u2265 38,5-mg",
  })
  void noLaidOutLineEndsInsideADoseOrAfterASignAtAnyWidth(String language, String text, String pairs) {
    for (String pair : pairs.split(",")) {
      assertThat(text).contains(pair);
      float width = width(pair, language) + 13f;
      for (; width <= width(text, language) + 2f; width += 3f) {
        List<String> lines = lines(text, language, width);
        int at = text.indexOf(pair);
        int end = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
          end = positionAfter(text, line, end);
          assertThat(end <= at || end >= at + pair.length())
              .as("%s at %s pt: a line ends inside '%s': %s", language, width, pair, lines).isTrue();
        }
      }
    }
  }

  /** Where a line of the text ends, its runs in any (visual) order: after the last of its characters. */
  private static int positionAfter(String text, String line, int from) {
    int count = line.replace(" ", "").length();
    int p = from;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    int seen = 0;
    while (p < text.length() && seen < count) {
      if (text.charAt(p) != ' ') {
        seen++;
      }
      p++;
    }
    return p;
  }
}
