package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Metadata;
import dev.carepress.model.Person;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Metadata lines in the body of pages in other languages stayed body text: Chinese "作者：张三
 * 审核：李四医生  更新日期：2025年3月15日", Arabic "بقلم: …", "مراجعة طبية: …", "تاريخ آخر مراجعة: ١٥ مارس ٢٠٢٥",
 * Spanish "Revisado por: …". They are read into the front matter as "Written by", "Reviewed by" and
 * "Last reviewed" are, and left out of the body; the dates in them (年月日, both series of Arabic
 * month names, Arabic-Indic digits) are read.
 */
class LabelledMetaLinesTest {
  private static final String TEXT = "<p>This paragraph is the article's text, long enough to be its body.</p>";

  private static Article importPage(String lang, String lines) {
    String html = "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>Page</title></head>"
        + "<body><main><article><h1>Title</h1>" + lines + TEXT + "</article></main></body></html>";
    return HtmlArticleImporter.builder().build().importHtml(html, "page.html", Optional.empty()).orThrow();
  }

  private static String body(Article a) {
    String md = MarkdownArticleWriter.create().toMarkdown(a);
    return md.substring(md.indexOf("\n---\n") + 5);
  }

  @Test
  void aChineseInfoLineGivesAuthorReviewerAndUpdateDate() {
    Article a = importPage("zh-CN", "<p class=\"info\">作者：张三&nbsp;&nbsp;审核：李四医生&nbsp;&nbsp;更新日期：2025年3月15日</p>");
    Metadata m = a.metadata();

    assertThat(m.authors()).containsExactly(Person.of("张三"));
    assertThat(m.reviewers()).containsExactly(Person.of("李四医生"));
    assertThat(m.updated()).contains(LocalDate.of(2025, 3, 15));
    assertThat(body(a)).doesNotContain("作者", "审核", "更新日期");
  }

  @Test
  void chineseFieldsInSpansAndAJapaneseDateAreRead() {
    Article a = importPage("ja", "<div class=\"article-info\"><span>監修：山田太郎</span> <span>公開日：２０２４年１１月２日</span>"
        + " <span>最終更新日：2025年1月9日</span></div>");
    Metadata m = a.metadata();

    assertThat(m.reviewers()).containsExactly(Person.of("山田太郎"));
    assertThat(m.published()).contains(LocalDate.of(2024, 11, 2));
    assertThat(m.updated()).contains(LocalDate.of(2025, 1, 9));
    assertThat(body(a)).doesNotContain("監修", "公開日");
  }

  @Test
  void arabicBylineReviewerAndDatesInBothSeriesOfMonthNames() {
    Article a = importPage("ar", "<p>بقلم: د. سارة الخطيب</p><p>مراجعة طبية: د. أحمد منصور</p>"
        + "<p>تاريخ آخر مراجعة: ١٥ مارس ٢٠٢٥</p><p>آخر تحديث: 3 كانون الثاني 2025</p><p>تاريخ النشر: 10 تشرين الأول، 2024م</p>");
    Metadata m = a.metadata();

    assertThat(m.authors()).containsExactly(Person.of("د. سارة الخطيب"));
    assertThat(m.reviewers()).containsExactly(Person.of("د. أحمد منصور"));
    assertThat(m.lastReviewed()).contains(LocalDate.of(2025, 3, 15));
    assertThat(m.updated()).contains(LocalDate.of(2025, 1, 3));
    assertThat(m.published()).contains(LocalDate.of(2024, 10, 10));
    assertThat(body(a)).doesNotContain("بقلم", "مراجعة", "تحديث", "النشر");
  }

  @Test
  void anArabicBylineWithoutAColonAndGulfMonthNames() {
    Article a = importPage("ar", "<p>بقلم د. ليلى حسن</p><p>آخر تحديث: ٢ أغسطس ٢٠٢٤</p>");

    assertThat(a.metadata().authors()).containsExactly(Person.of("د. ليلى حسن"));
    assertThat(a.metadata().updated()).contains(LocalDate.of(2024, 8, 2));
  }

  @Test
  void spanishReviewedByWithAColonGivesTheReviewer() {
    Article a = importPage("es", "<p>Escrito por: Lucía Fernández, RN</p><p>Revisado por: Dr. Carlos Méndez, MD</p>"
        + "<p>Última actualización: 12 de marzo de 2025</p>");
    Metadata m = a.metadata();

    assertThat(m.authors()).containsExactly(Person.of("Lucía Fernández", "RN"));
    assertThat(m.reviewers()).containsExactly(Person.of("Dr. Carlos Méndez", "MD"));
    assertThat(m.updated()).contains(LocalDate.of(2025, 3, 12));
    assertThat(body(a)).doesNotContain("Escrito", "Revisado", "actualización");
  }

  @Test
  void aSentenceThatStartsLikeALabelStaysText() {
    Article a = importPage("zh-CN", "<p>作者：张三在本文中介绍了高血压的常见原因、症状、诊断方法和治疗方案，并提醒读者定期测量血压，"
        + "如果出现头痛、头晕、心悸等症状，应当及时就医，不要自行停药或者更换药物，以免病情加重或出现其他严重并发症。</p>"
        + "<p>本文中的建议由李四医生审核后发布，仅供参考，不能代替医生的诊断和治疗。</p>");

    assertThat(a.metadata().authors()).isEmpty();
    assertThat(a.metadata().reviewers()).isEmpty();
    assertThat(body(a)).contains("作者：张三在本文中", "本文中的建议由李四医生审核后发布");
  }

  @Test
  void aChineseReviewedByLineGivesTheReviewer() {
    Article a = importPage("zh-CN", "<p>本文经 丁香医生审稿专业委员会 同行评议</p><p>本文由李四医生审核。</p>");

    // two reviewed-by lines: both reviewers, in page order
    assertThat(a.metadata().reviewers()).containsExactly(Person.of("丁香医生审稿专业委员会"), Person.of("李四医生"));
    assertThat(body(a)).doesNotContain("同行评议", "李四医生审核");
  }
}
