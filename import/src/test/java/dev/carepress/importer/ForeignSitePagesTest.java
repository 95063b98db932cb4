package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Person;
import dev.carepress.model.PlainText;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Pages in the style of health sites in Spanish (Mayo Clinic en español), Chinese (a news portal's
 * health channel), Arabic (WebTeb), Russian and Vietnamese (Vinmec), and CDC's "Key points" box.
 * Each lost metadata or kept junk: references and related links under their own language's heading
 * stayed sections ("المصادر", "Источники", "Tài liệu tham khảo", "Читайте также"), a related heading
 * under the references was read as a reference, "05/03/2025" in Vietnamese was read as 3 May and
 * "12.03.2025" not at all, "كتابة:" and Vinmec's "được tư vấn chuyên môn bởi" stayed body text, the
 * time of a Chinese date line became the category and its "(责编：…)" editor line stayed, a Spanish
 * reference's "Consultado el" date became its publisher, and a CDC page whose sections follow the
 * "Key points" box in the same container was read whole as key points (no body at all); a Spanish
 * "Actualizado el 05/03/2025" was read as 3 May, "Bibliografía" was a section, an author box holding
 * "Revisión médica: …" gave its whole line as the author, and a Chinese "版权声明" notice after the
 * references was read as one.
 */
class ForeignSitePagesTest {
  private static Article load(String name) throws IOException {
    ImportResult result = HtmlArticleImporter.builder().build().importPage(TemplatePagesTest.page(name));
    assertThat(result.errors()).isEmpty();
    return result.orThrow();
  }

  private static String markdown(Article a) {
    return MarkdownArticleWriter.create().toMarkdown(a);
  }

  @Test
  void aRussianPageGivesItsDayFirstDateItsSourcesAndItsReadAlsoLinks() throws IOException {
    Article a = load("ru-hypertension.html");

    assertThat(a.metadata().published()).contains(LocalDate.of(2025, 3, 12)); // "Дата публикации: 12.03.2025"
    assertThat(a.metadata().updated()).contains(LocalDate.of(2025, 4, 2)); // "Обновлено: 2 апреля 2025 г."
    assertThat(a.metadata().authors()).containsExactly(Person.of("Иванова Мария Сергеевна"));
    assertThat(a.metadata().reviewers()).containsExactly(Person.of("Петров А. В.", "врач-кардиолог"));
    assertThat(a.metadata().breadcrumb()).extracting(dev.carepress.model.Crumb::label)
        .containsExactly("Главная", "Болезни", "Гипертония");
    assertThat(a.references()).containsExactly(new Reference("Клинические рекомендации «Артериальная гипертензия у взрослых»",
        Optional.empty(), Optional.of("Минздрав России"), OptionalInt.of(2024)));
    assertThat(a.related()).extracting(RelatedLink::title).containsExactly("Инсульт");
    assertThat(a.sections()).extracting(Section::title).containsExactly("Симптомы", "Лечение");
    assertThat(markdown(a)).doesNotContain("Автор:", "Дата публикации", "Обновлено", "Поделиться", "Содержание");
  }

  @Test
  void aVinmecPageReadsItsDatesDayFirstAndItsReviewerLine() throws IOException {
    Article a = load("vinmec-vi-dengue.html");

    assertThat(a.metadata().updated()).contains(LocalDate.of(2025, 3, 5)); // "Ngày cập nhật: 05/03/2025"
    assertThat(a.metadata().published()).contains(LocalDate.of(2025, 3, 15)); // "Ngày đăng: 15 tháng 3, 2025"
    assertThat(a.metadata().authors()).containsExactly(Person.of("Lê Minh"));
    assertThat(a.metadata().reviewers()).containsExactly(Person.of("Bác sĩ Nguyễn Văn An", "Khoa Truyền nhiễm"),
        Person.of("ThS.BS Trần Thị Bình")); // the "tư vấn chuyên môn bởi" line, then "Tham vấn y khoa:"
    assertThat(a.metadata().breadcrumb()).extracting(dev.carepress.model.Crumb::label)
        .containsExactly("Trang chủ", "Bệnh", "Sốt xuất huyết");
    assertThat(a.references()).extracting(Reference::title).containsExactly("Dengue and severe dengue - WHO");
    assertThat(a.related()).extracting(RelatedLink::title).containsExactly("Sốt xuất huyết ở trẻ em");
    assertThat(markdown(a)).doesNotContain("tư vấn chuyên môn", "Tham vấn y khoa", "Ngày đăng", "Chia sẻ")
        .contains("- Xuất hiện chấm xuất huyết dưới da\n  - thường ở cẳng tay, cẳng chân");
  }

  @Test
  void anArabicPageGivesItsWriterAndItsSources() throws IOException {
    Article a = load("webteb-ar-hypertension.html");

    assertThat(a.metadata().authors()).containsExactly(Person.of("رزان أحمد")); // "كتابة: رزان أحمد"
    assertThat(a.metadata().reviewers()).containsExactly(Person.of("د. محمد العلي"));
    assertThat(a.metadata().updated()).contains(LocalDate.of(2025, 1, 20)); // "٢٠ كانون الثاني ٢٠٢٥"
    assertThat(a.references()).extracting(Reference::title).containsExactly("فرط ضغط الدم - منظمة الصحة العالمية");
    assertThat(a.sections()).extracting(Section::title).containsExactly("أعراض ارتفاع ضغط الدم");
    assertThat(markdown(a)).doesNotContain("كتابة", "فيسبوك").contains("> [!WARNING]");
  }

  @Test
  void aChineseNewsPageHasNoTimeForACategoryAndLosesItsEditorLine() throws IOException {
    Article a = load("people-zh-rhinitis.html");

    // not "09:12" from "2025年03月15日09:12 | 来源：…": the trail "当前位置：人民网首页 > 健康频道 > 正文" gives it
    assertThat(a.metadata().category()).contains("健康频道");
    assertThat(a.metadata().breadcrumb()).extracting(dev.carepress.model.Crumb::label)
        .containsExactly("人民网首页", "健康频道", "春季过敏性鼻炎高发，这些防护要点要记牢");
    assertThat(a.metadata().published()).contains(LocalDate.of(2025, 3, 15));
    assertThat(a.metadata().authors()).containsExactly(Person.of("王明"));
    assertThat(markdown(a)).doesNotContain("责编", "作者", "审核").contains("1. 减少外出，尤其是花粉浓度较高的上午；");
  }

  @Test
  void aSpanishMayoPageLosesItsShopBoxAndItsReferenceKeepsItsPublisher() throws IOException {
    Article a = load("mayo-es-diabetes.html");

    assertThat(a.references()).containsExactly(new Reference("Diabetes",
        Optional.of("https://www.who.int/es/news-room/fact-sheets/detail/diabetes"),
        Optional.of("Organización Mundial de la Salud"), OptionalInt.empty()));
    assertThat(a.metadata().lastReviewed()).contains(LocalDate.of(2024, 3, 14));
    assertThat(markdown(a)).doesNotContain("Productos y servicios", "Un libro", "Solicite", "Imprimir");
  }

  @Test
  void cdcsKeyPointsBoxIsTheKeyPointsAndTheSectionsAfterItTheBody() throws IOException {
    Article a = load("cdc-flu-key-points.html");

    assertThat(a.keyPoints()).extracting(k -> PlainText.of(k.content()))
        .containsExactly("Flu can cause mild to severe illness.", "Flu is different from a cold.");
    assertThat(a.sections()).extracting(Section::title).containsExactly("Symptoms", "Flu and COVID-19");
    assertThat(markdown(a)).doesNotContain("Español", "Print");
  }

  @Test
  void aSpanishPageReadsItsUpdateDayFirstItsReviewerBoxAndItsBibliography() throws IOException {
    Article a = load("tuasaude-es-gastritis.html");

    assertThat(a.metadata().updated()).contains(LocalDate.of(2025, 3, 5)); // "Actualizado el 05/03/2025"
    assertThat(a.metadata().authors()).isEmpty(); // the "article-author" box holds "Revisión médica: …"
    assertThat(a.metadata().reviewers()).containsExactly(Person.of("Dra. Ana Gómez", "Gastroenteróloga"));
    assertThat(a.references()).extracting(Reference::title).containsExactly("MINISTERIO DE SANIDAD");
    assertThat(a.sections()).extracting(Section::title).containsExactly("Síntomas de la gastritis", "Tratamiento");
  }

  @Test
  void aChinesePageGivesItsLabelledAuthorItsPeerReviewAndLosesItsCopyrightNotice() throws IOException {
    Article a = load("dxy-zh-helicobacter.html");

    assertThat(a.metadata().authors()).containsExactly(Person.of("刘医生 消化内科")); // "作者：刘医生 消化内科"
    assertThat(a.metadata().reviewers()).containsExactly(Person.of("丁香医生审稿专业委员会"));
    assertThat(a.metadata().published()).contains(LocalDate.of(2025, 3, 15));
    assertThat(a.references()).hasSize(1);
    assertThat(markdown(a)).doesNotContain("版权声明", "同行评议", "作者：");
  }

  // German and French portals: their bylines ("Von …", "Rédigé par …"), reviewers ("Medizinisch geprüft von …",
  // "Relu et validé par le Pr …"), dates ("Aktualisiert am", "Stand:", "Publié le 12 mars 2025 · Mis à jour le
  // 05/04/2025"), key-point boxes ("Kurzübersicht", "L'essentiel"), sources ("Quellen"), related links ("Das könnte Sie
  // auch interessieren", "À lire aussi") and warning boxes ("box-warning", "encadre attention") were body text or lost.
  @Test
  void aGermanPortalGivesItsBylineReviewerDateKeyPointsSourcesAndRelatedLinks() throws IOException {
    Article a = load("netdoktor-de-bluthochdruck.html");
    var m = a.metadata();

    assertThat(m.authors()).containsExactly(new Person("Dr. med. Hans Müller", Optional.of("Facharzt für Innere Medizin"),
        Optional.of("https://www.netdoktor.example/autoren/hans-mueller/")));
    assertThat(m.reviewers()).containsExactly(Person.of("Dr. med. Anna Schmidt"));
    assertThat(m.updated()).contains(LocalDate.of(2025, 3, 5));
    assertThat(m.breadcrumb()).extracting(dev.carepress.model.Crumb::label).containsExactly("Startseite", "Krankheiten", "Bluthochdruck");
    assertThat(a.keyPoints()).hasSize(3);
    assertThat(a.references()).hasSize(2);
    assertThat(a.related()).extracting(RelatedLink::title).containsExactly("Herzinfarkt");
    assertThat(a.disclaimer()).contains("Die Informationen ersetzen keine ärztliche Beratung.");
    assertThat(a.sections()).extracting(Section::title).containsExactly("Symptome", "Behandlung");
    assertThat(markdown(a)).contains("> [!WARNING]").doesNotContain("Medizinisch geprüft", "Aktualisiert am", "Stand:",
        "Kurzübersicht", "## Quellen", "Teilen", "Cookies");
    assertThat(markdown(a).split("ersetzen keine").length).as("the disclaimer once").isEqualTo(2);
  }

  @Test
  void aFrenchPortalGivesItsAuthorReviewerDatesEssentialsSourcesAndReadAlsoLinks() throws IOException {
    Article a = load("sante-fr-hypertension.html");
    var m = a.metadata();

    assertThat(m.authors()).containsExactly(Person.of("Dr Marie Dupont", "médecin généraliste"));
    assertThat(m.reviewers()).containsExactly(Person.of("Pr Pierre Martin", "cardiologue"));
    assertThat(m.published()).contains(LocalDate.of(2025, 3, 12));
    assertThat(m.updated()).contains(LocalDate.of(2025, 4, 5)); // "Mis à jour le 05/04/2025": day first
    assertThat(m.breadcrumb()).extracting(dev.carepress.model.Crumb::label)
        .containsExactly("Accueil", "Maladies", "Hypertension artérielle"); // "Vous êtes ici :" left out
    assertThat(a.keyPoints()).hasSize(3);
    assertThat(a.references()).hasSize(1);
    assertThat(a.related()).extracting(RelatedLink::title).containsExactly("Infarctus du myocarde");
    assertThat(a.sections()).extracting(Section::title).containsExactly("Symptômes", "Traitement");
    assertThat(markdown(a)).contains("> [!WARNING]").doesNotContain("Rédigé par", "Relu", "Publié le", "L'essentiel",
        "Partager");
  }
}
