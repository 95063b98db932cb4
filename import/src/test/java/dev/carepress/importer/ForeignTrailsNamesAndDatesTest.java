package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Crumb;
import dev.carepress.model.Metadata;
import dev.carepress.model.Person;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fragments of real health sites in other languages. A breadcrumb written as links and plain text
 * without list items ("<a>Главная</a> › <a>Болезни</a> › Гипертония") lost its last crumb, the page
 * itself; a Chinese "当前位置：首页 > 健康 > 正文" trail was not read at all ("正文", "the text", stands for
 * the page: the model's last crumb is the page, so it becomes the title, as English trails end with
 * it). A specialty before or after a name ("врач-кардиолог Петров А. В.", "Dra. Ana Gómez,
 * Gastroenteróloga", "Dr. med. Hans Müller, Facharzt für Innere Medizin", "BS. Nguyễn Văn An – Khoa
 * Nội") stayed in the name; it is the person's credentials now, the courtesy title (Dr., Dra., BS.)
 * still the name's. Of Vinmec's two reviewer lines only the first was kept. A slash date on a page
 * without {@code lang} was read month first though the script of its text says the language.
 */
class ForeignTrailsNamesAndDatesTest {
  private static final String TEXT = "<p>This paragraph is the article's text, long enough to be its body, with more words.</p>";

  private static Metadata page(String lang, String beforeArticle, String inArticle, String text) {
    String html = "<!DOCTYPE html><html" + (lang.isEmpty() ? "" : " lang=\"" + lang + "\"") + "><head><meta charset=\"utf-8\">"
        + "<title>Page</title></head><body><main>" + beforeArticle + "<article><h1>Title</h1>" + inArticle + text
        + "</article></main></body></html>";
    return HtmlArticleImporter.builder().build().importHtml(html, "page.html", Optional.of("https://example.org/a/page"))
        .orThrow().metadata();
  }

  private static Metadata page(String lang, String beforeArticle, String inArticle) {
    return page(lang, beforeArticle, inArticle, TEXT);
  }

  @Test
  void aRussianTrailOfLinksAndPlainTextKeepsItsLastCrumb() {
    Metadata m = page("ru", "<div class=\"breadcrumbs\"><a href=\"/\">Главная</a> › <a href=\"/bolezni/\">Болезни</a> › Гипертония</div>", "");

    assertThat(m.breadcrumb()).containsExactly(Crumb.of("Главная", "https://example.org/"),
        Crumb.of("Болезни", "https://example.org/bolezni/"), Crumb.of("Гипертония"));
    assertThat(m.category()).contains("Болезни");
  }

  @Test
  void englishAndSpanishTrailsWithoutListItemsKeepTheirLastCrumb() {
    Metadata en = page("en", "<div id=\"breadcrumb\"><a href=\"/\">Home</a> &gt; <a href=\"/conditions/\">Conditions</a> &gt; "
        + "<span class=\"current\">Asthma</span></div>", "");
    Metadata es = page("es", "<div class=\"breadcrumb\"><a href=\"/\">Inicio</a> / <a href=\"/enfermedades/\">Enfermedades</a>"
        + " / Asma</div>", "");
    Metadata plain = page("en", "<p class=\"breadcrumb\">Home &gt; Conditions &gt; HIV/AIDS</p>", "");

    assertThat(en.breadcrumb()).extracting(Crumb::label).containsExactly("Home", "Conditions", "Asthma");
    assertThat(es.breadcrumb()).containsExactly(Crumb.of("Inicio", "https://example.org/"),
        Crumb.of("Enfermedades", "https://example.org/enfermedades/"), Crumb.of("Asma"));
    assertThat(plain.breadcrumb()).extracting(Crumb::label).containsExactly("Home", "Conditions", "HIV/AIDS");
  }

  @Test
  void aChineseTrailIsReadAndItsTextCrumbIsThePagesTitle() {
    Metadata m = page("zh-CN", "<div class=\"path\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/health/\">健康</a> &gt; 正文</div>", "");
    Metadata inABreadcrumbBox = page("zh-CN", "<div class=\"breadcrumb\">您的位置：<a href=\"/\">首页</a> &gt; "
        + "<a href=\"/health/\">健康</a> &gt; <span>正文</span></div>", "");

    assertThat(m.breadcrumb()).containsExactly(Crumb.of("首页", "https://example.org/"),
        Crumb.of("健康", "https://example.org/health/"), Crumb.of("Title"));
    assertThat(m.category()).contains("健康");
    assertThat(inABreadcrumbBox.breadcrumb()).isEqualTo(m.breadcrumb());
  }

  @Test
  void aSpecialtyBeforeOrAfterANameIsItsCredentialsAndTheCourtesyTitleStays() {
    assertThat(page("ru", "", "<p>Проверено: врач-кардиолог Петров А. В.</p>").reviewers())
        .containsExactly(Person.of("Петров А. В.", "врач-кардиолог"));
    assertThat(page("es", "", "<p>Revisado por: Dra. Ana Gómez, Gastroenteróloga</p>").reviewers())
        .containsExactly(Person.of("Dra. Ana Gómez", "Gastroenteróloga"));
    assertThat(page("de", "", "<p>Autor: Dr. med. Hans Müller, Facharzt für Innere Medizin</p>").authors())
        .containsExactly(Person.of("Dr. med. Hans Müller", "Facharzt für Innere Medizin"));
    assertThat(page("vi", "", "<div class=\"meta\">Tham vấn y khoa: BS. Nguyễn Văn An – Khoa Nội</div>").reviewers())
        .containsExactly(Person.of("BS. Nguyễn Văn An", "Khoa Nội"));
  }

  @Test
  void realNamesAreNotCut() {
    assertThat(page("es", "", "<p>Revisado por: Gómez, Ana</p>").reviewers()).containsExactly(Person.of("Gómez, Ana"));
    assertThat(page("de", "", "<p>Autor: Hans-Peter Müller-Lüdenscheidt</p>").authors())
        .containsExactly(Person.of("Hans-Peter Müller-Lüdenscheidt"));
    assertThat(page("ru", "", "<p>Автор: Иванова Мария Сергеевна</p>").authors()).containsExactly(Person.of("Иванова Мария Сергеевна"));
    // Драч is a surname (Ukrainian), not врач
    assertThat(page("uk", "", "<p>Автор: Драч Іван Федорович</p>").authors()).containsExactly(Person.of("Драч Іван Федорович"));
    assertThat(page("es", "", "<p>Revisado por: Dr. Carlos Méndez, MD</p>").reviewers())
        .containsExactly(Person.of("Dr. Carlos Méndez", "MD"));
  }

  @Test
  void vinmecsTwoReviewerLinesGiveBothReviewersInPageOrderOnce() {
    Metadata m = page("vi", "", "<p class=\"author-line\">Bài viết được tư vấn chuyên môn bởi Bác sĩ Nguyễn Văn An - Khoa Truyền nhiễm</p>"
        + "<div class=\"meta\">Tham vấn y khoa: ThS.BS Trần Thị Bình · Tác giả: Lê Minh · Ngày cập nhật: 05/03/2025</div>"
        + "<p>Kiểm duyệt: BS. Nguyễn Văn An</p>");

    assertThat(m.reviewers()).containsExactly(Person.of("Bác sĩ Nguyễn Văn An", "Khoa Truyền nhiễm"), Person.of("ThS.BS Trần Thị Bình"));
    assertThat(m.authors()).containsExactly(Person.of("Lê Minh"));
  }

  @Test
  void aSlashDateOnAPageWithoutLangIsReadInTheOrderOfTheLanguageOfItsScript() {
    String ru = "<p>Гипертония — стойкое повышение артериального давления, которое часто протекает без симптомов.</p>";
    String vi = "<p>Sốt xuất huyết là bệnh truyền nhiễm cấp tính do virus Dengue gây ra, lây truyền qua muỗi vằn.</p>";
    String ar = "<p>ارتفاع ضغط الدم حالة شائعة تزيد خطر الإصابة بأمراض القلب والسكتة الدماغية.</p>";

    Metadata untranslatedTheme = page("", "", "<p class=\"posted-on\">Published: 05/03/2025</p>", ru);
    Metadata dateLine = page("", "", "<div class=\"date\">05/03/2025 | Sức khỏe</div>", vi);
    Metadata arabicDateLine = page("", "", "<span class=\"post-date\">05/03/2025 · صحة القلب</span>", ar);

    assertThat(untranslatedTheme.published()).contains(LocalDate.of(2025, 3, 5));
    assertThat(dateLine.published()).contains(LocalDate.of(2025, 3, 5));
    assertThat(dateLine.language()).isEqualTo("vi");
    assertThat(arabicDateLine.published()).contains(LocalDate.of(2025, 3, 5));
    assertThat(page("", "", "<p>Published: 05/03/2025</p>").published()).contains(LocalDate.of(2025, 5, 3)); // English: US order
  }

  @Test
  void aReviewedByLineDateIsReadInThePagesOrderToo() {
    Metadata gb = page("en-GB", "", "<p>Medically reviewed by Dr Jane Roe on 05/03/2025</p>");
    Metadata us = page("en-US", "", "<p>Medically reviewed by Dr Jane Roe on 05/03/2025</p>");

    assertThat(gb.lastReviewed()).contains(LocalDate.of(2025, 3, 5));
    assertThat(us.lastReviewed()).contains(LocalDate.of(2025, 5, 3));
    assertThat(gb.reviewers()).containsExactly(Person.of("Dr Jane Roe"));
  }
}
