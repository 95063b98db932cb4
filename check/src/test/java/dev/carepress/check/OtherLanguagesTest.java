package dev.carepress.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.BulletList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Articles in languages without a readability formula: said in words, and the other checks still run. */
class OtherLanguagesTest {
  /** About 45 words by hand segmentation (如果/你/在/饭前/上/厕所/后 …), in one sentence. */
  static final String LONG_ZH = "如果你在饭前、上厕所后、咳嗽或打喷嚏后、照顾病人前后以及处理生肉之后没有用肥皂和清水认真洗手，"
      + "细菌和病毒就很容易通过你的手传到眼睛、鼻子和嘴巴里，让你和家人生病。";

  static Article chinese(String extra) {
    return Article.builder()
        .title("洗手")
        .language("zh-Hans")
        .summary("怎样洗手，什么时候洗手。")
        .keyPoint("经常洗手。")
        .keyPoint("用肥皂和清水洗二十秒。")
        .reviewer(Person.of("Dana Okafor", "MD"))
        .lastReviewed(LocalDate.of(2025, 9, 1))
        .introduction(Paragraph.of("干净的手可以阻止细菌。细菌会让你生病。用肥皂就能洗掉细菌。" + extra))
        .section("什么时候洗手", Paragraph.of("在这些时候洗手。"), BulletList.of("吃饭前", "上厕所后", "咳嗽或打喷嚏后"))
        .section("怎样洗手", Paragraph.of("用清水把手弄湿。抹上肥皂。搓二十秒。冲洗干净，擦干。"))
        .build();
  }

  @Test
  void noFormulaIsSaidInWordsInEveryReportNotLeftBlank() {
    LiteracyReport report = LiteracyChecksTest.CHECKS.check(chinese(""));
    CheckResult grade = report.check("reading-grade").orElseThrow();
    assertThat(grade.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    String said = "Readability formulas are not available for language 'zh-Hans' (Chinese): no reading grade is given.";
    assertThat(grade.summary()).startsWith(said);
    assertThat(report.readability().note()).hasValueSatisfying(n -> assertThat(n).startsWith(said));
    assertThat(report.toText()).contains(said).contains("N/A   reading-grade");
    assertThat(report.toJson()).contains("\"available\": false").contains(said);
    assertThat(report.toHtml()).contains(said).doesNotContain("syllables per word");
  }

  @Test
  void lackingAFormulaNeverFailsTheReportWhateverTheGradeLimit() {
    LiteracyChecks strictest = LiteracyChecks.builder().clock(LiteracyChecksTest.TODAY).maxGrade(1).build();
    LiteracyReport report = strictest.check(chinese(""));
    assertThat(report.failures()).extracting(CheckResult::id).doesNotContain("reading-grade");
    assertThat(report.passed()).as(report.toText()).isTrue();
  }

  @Test
  void theStructureAndLengthChecksStillRunOnChinese() {
    LiteracyReport report = LiteracyChecksTest.CHECKS.check(chinese(LONG_ZH));
    for (String id : new String[] {"headings", "paragraph-length", "sentence-average", "sentence-longest", "lists",
        "review-present"}) {
      assertThat(report.check(id).orElseThrow().verdict()).as(id).isNotEqualTo(Verdict.NOT_APPLICABLE);
    }
    CheckResult longest = report.check("sentence-longest").orElseThrow();
    assertThat(longest.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(longest.measured().getAsDouble()).isBetween(38.0, 52.0);
    assertThat(longest.findings()).singleElement()
        .satisfies(f -> assertThat(f.place().sentence()).hasValueSatisfying(s -> assertThat(s).startsWith("如果你在饭前")));
    // the short sentences are short: words, not characters and not whole paragraphs
    assertThat(report.readability().counts().sentences()).isGreaterThanOrEqualTo(14);
    assertThat(LiteracyChecksTest.CHECKS.check(chinese("")).check("sentence-longest").orElseThrow().measured()
        .getAsDouble()).isBetween(3.0, 9.0);
  }

  @Test
  void theHtmlReportMarksTheArticlesTextWithItsLanguageAndDirection() {
    String html = LiteracyChecksTest.CHECKS.check(chinese(LONG_ZH)).toHtml();
    assertThat(html).contains("<html lang=\"en\">", "<h1 lang=\"zh-Hans\">洗手</h1>", "lang=\"zh-Hans\" class=\"level-0\">干净的手",
        "<q lang=\"zh-Hans\">如果你在饭前", "<span class=\"tag\" lang=\"en\" dir=\"ltr\">");
    String arabic = LiteracyChecksTest.CHECKS.check(LiteracyChecksTest.good().language("ar")
        .introduction(dev.carepress.model.Paragraph.of("اغسل يديك بالماء والصابون.")).build()).toHtml();
    assertThat(arabic).contains("lang=\"ar\" dir=\"rtl\" class=\"level-0\">اغسل يديك");
    assertThat(LiteracyChecksTest.CHECKS.check(LiteracyChecksTest.good().build()).toHtml())
        .doesNotContain(" lang=\"en\" dir").contains("<h1>Washing your hands</h1>");
  }

  @Test
  void plainTextReadabilityOfThaiCountsWordsAndSentences() {
    Readability r = LiteracyChecks.readability("การล้างมือช่วยป้องกันไข้หวัด ควรล้างมือด้วยสบู่อย่างน้อยยี่สิบวินาที", "th");
    assertThat(r.available()).isFalse();
    assertThat(r.counts().sentences()).isEqualTo(2);
    assertThat(r.counts().words()).isBetween(14, 16);
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("(Thai)"));
  }
}
