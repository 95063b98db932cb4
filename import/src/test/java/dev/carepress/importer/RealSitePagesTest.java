package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Crumb;
import dev.carepress.model.Figure;
import dev.carepress.model.Image;
import dev.carepress.model.Person;
import dev.carepress.model.PlainText;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Section;
import dev.carepress.model.Subject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Pages in the shape of real health sites as a browser saves them (MedlinePlus, the NHS, a
 * Mayo-style clinic page, MedlinePlus en español in Latin-1), with their real noise: government
 * banners, cookie and consent banners, mega menus, share rows, lazy-loaded images, ads in the
 * middle of the text, newsletter forms, collapsed reference lists. Every field a reader can see
 * comes back and no chrome reaches the article.
 */
class RealSitePagesTest {
  private static final HtmlArticleImporter IMPORTER = HtmlArticleImporter.builder().build();

  private static ImportResult load(String name) throws IOException {
    ImportResult result = IMPORTER.importPage(TemplatePagesTest.page(name));
    assertThat(result.errors()).isEmpty();
    return result;
  }

  private static String allText(Article a) {
    return MarkdownArticleWriter.create().toMarkdown(a);
  }

  private static List<String> titles(List<Section> sections) {
    return sections.stream().map(Section::title).toList();
  }

  @Test
  void aMedlinePlusTopicKeepsEverySectionBoxAndReadsItsDublinCoreLanguage() throws IOException {
    Article a = load("medlineplus-asthma.html").orThrow();
    var m = a.metadata();

    assertThat(m.title()).isEqualTo("Asthma");
    assertThat(m.summary()).contains("Asthma is a chronic disease that affects your airways. Learn about symptoms, causes,"
        + " diagnosis, and treatment.");
    assertThat(m.language()).isEqualTo("en"); // DC.Language "eng"
    assertThat(m.tags()).containsExactly("Asthma", "Bronchial asthma");
    assertThat(m.updated()).contains(LocalDate.of(2024, 8, 23));
    assertThat(m.image()).contains(new Image("https://medlineplus.gov/images/mplus_en_og.jpg", ""));
    assertThat(titles(a.sections())).containsExactly("Summary", "Start Here", "Treatments and Therapies");
    assertThat(titles(a.sections().get(0).subsections())).containsExactly("What is asthma?",
        "What are the symptoms of asthma?", "How is asthma treated?");
    assertThat(allText(a)).contains("Wheezing, which causes a whistling sound", "**quick-relief medicines**",
        "[About Asthma](https://www.cdc.gov/asthma/about/) (Centers for Disease Control and Prevention)",
        "[asthma article in the Medical Encyclopedia](https://medlineplus.gov/ency/article/000141.htm)");
    assertThat(allText(a)).doesNotContain("official website", "Skip navigation", "Search MedlinePlus", "Drugs &",
        "Español", "Facebook", "cite this page", "Advertisement", "does not endorse", "Related Health Topics",
        "Rockville Pike", "Privacy", "expand section");
  }

  @Test
  void anNhsConditionPageReadsItsJsonLdReviewDatesBreadcrumbAndDoAndDontLists() throws IOException {
    ImportResult result = load("nhs-hay-fever.html");
    Article a = result.orThrow();
    var m = a.metadata();

    assertThat(m.title()).isEqualTo("Hay fever");
    assertThat(m.summary()).contains("Find out about hay fever, including what the symptoms are, things you can do to help"
        + " and when to get medical help.");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.lastReviewed()).contains(LocalDate.of(2022, 11, 17)); // "lastReviewed": [last, next] in its JSON-LD
    assertThat(m.nextReview()).contains(LocalDate.of(2025, 11, 17));
    assertThat(m.updated()).contains(LocalDate.of(2025, 1, 24));
    assertThat(m.authors()).containsExactly(new Person("NHS website", Optional.empty(), Optional.of("https://www.nhs.uk")));
    assertThat(m.about()).containsExactly(Subject.topic("Hay fever"));
    assertThat(m.breadcrumb()).containsExactly(Crumb.of("Health A to Z", "https://www.nhs.uk/conditions/"),
        Crumb.of("Hay fever", "https://www.nhs.uk/conditions/hay-fever/"));
    assertThat(m.image()).as("the share image is the NHS logo").isEmpty();
    assertThat(PlainText.ofBlocks(a.introduction())).startsWith("Hay fever is usually worse between late March and September");
    assertThat(titles(a.sections())).containsExactly("Check if you have hay fever", "How to treat hay fever yourself",
        "A pharmacist can help with hay fever"); // the care card at the end is a callout (NhsCareCardsTest)
    assertThat(titles(a.sections().get(1).subsections())).containsExactly("Do", "Don\u2019t");
    assertThat(allText(a)).contains("- put Vaseline around your nostrils to trap pollen", "[asthma](https://www.nhs.uk/conditions/asthma/)",
        "- your symptoms are getting worse");
    assertThat(allText(a)).doesNotContain("cookies", "Skip to main content", "Search", "Live Well", "Back to",
        "Page last reviewed", "Next review due", "Help us improve", "survey", "Crown copyright", "Accessibility statement");
  }

  @Test
  void aMayoStylePageLosesItsTabsAdsAndSignUpBoxAndKeepsItsCollapsedReferencesAndLazyImage() throws IOException {
    ImportResult result = load("mayo-sleep-apnea.html");
    Article a = result.orThrow();
    var m = a.metadata();

    assertThat(m.title()).isEqualTo("Sleep apnea - Symptoms and causes"); // og:title is trusted above the h1
    assertThat(m.summary().orElseThrow()).startsWith("Learn about the different types of this potentially serious sleep disorder");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.published()).contains(LocalDate.of(2023, 4, 6));
    assertThat(m.authors()).containsExactly(Person.of("Mayo Clinic Staff"));
    assertThat(m.image().orElseThrow().alt()).isEqualTo("Illustration showing obstructive sleep apnea");
    Figure figure = (Figure) a.sections().get(0).blocks().get(0);
    assertThat(figure.src()).endsWith("/ds00148_im00735_r7_sleepapneathu_jpg.jpg"); // data-src, not the placeholder
    assertThat(figure.alt()).isEqualTo("Illustration showing obstructive sleep apnea");
    assertThat(figure.caption().orElseThrow()).startsWith("Obstructive sleep apnea Obstructive sleep apnea occurs");
    assertThat(titles(a.sections())).contains("Overview", "Symptoms", "Causes", "Risk factors");
    assertThat(titles(a.sections().get(titles(a.sections()).indexOf("Symptoms")).subsections()))
        .containsExactly("When to see a doctor");
    assertThat(a.references()).containsExactly(
        new Reference("Sleep apnea", Optional.of("https://www.nhlbi.nih.gov/health/sleep-apnea"),
            Optional.of("National Heart, Lung, and Blood Institute"), OptionalInt.empty()),
        new Reference("Kline LR", Optional.of("https://www.uptodate.com/contents/search"),
            Optional.of("Clinical presentation and diagnosis of obstructive sleep apnea in adults"), OptionalInt.empty()));
    assertThat(a.related()).extracting(RelatedLink::title).containsExactly("Insomnia", "Snoring");
    assertThat(allText(a)).doesNotContain("cookies", "Accept all", "Skip to content", "Request Appointment",
        "Request an appointment", "Diagnosis & treatment", "Doctors & departments", "Log in", "Advertisement",
        "does not endorse", "inbox", "Subscribe", "Show references", "Share", "Tweet", "Print", "best-sellers",
        "Mayo Foundation", "data:image", "Products & Services", "Family Health Book");
  }

  @Test
  void aSpanishLatin1PageIsConvertedAndGivesItsSpanishKeyPointsReferencesRelatedAndReviewDate() throws IOException {
    ImportResult result = load("medlineplus-es-asma.html");
    Article a = result.orThrow();
    var m = a.metadata();

    assertThat(result.warnings()).anyMatch(p -> p.code().equals("charset"));
    assertThat(m.title()).isEqualTo("Asma");
    assertThat(m.summary().orElseThrow()).startsWith("El asma es una enfermedad crónica que afecta las vías respiratorias.");
    assertThat(m.language()).isEqualTo("es-US");
    assertThat(m.lastReviewed()).contains(LocalDate.of(2024, 3, 12));
    assertThat(m.updated()).contains(LocalDate.of(2024, 3, 12));
    assertThat(m.category()).contains("Temas de salud");
    assertThat(result.guessed()).extracting(FieldSource::field).contains("category");
    assertThat(m.breadcrumb()).containsExactly(Crumb.of("Página principal", "https://medlineplus.gov/spanish/"),
        Crumb.of("Temas de salud", "https://medlineplus.gov/spanish/healthtopics.html"), Crumb.of("Asma"));
    assertThat(a.keyPoints()).extracting(k -> PlainText.of(k.content())).containsExactly(
        "El asma es una enfermedad de los pulmones que dura mucho tiempo.",
        "Los medicamentos de alivio rápido ayudan durante un ataque.", "Los medicamentos de control previenen los síntomas.");
    assertThat(titles(a.sections())).containsExactly("Resumen");
    assertThat(titles(a.sections().get(0).subsections())).containsExactly("¿Qué es el asma?",
        "¿Cuáles son los síntomas del asma?", "¿Cuál es el tratamiento para el asma?");
    assertThat(a.references()).containsExactly(
        new Reference("Asma", Optional.of("https://www.nhlbi.nih.gov/es/salud/asma"),
            Optional.of("Instituto Nacional del Corazón, los Pulmones y la Sangre"), OptionalInt.of(2023)),
        new Reference("Información sobre el asma", Optional.of("https://www.cdc.gov/asthma/es/"),
            Optional.of("Centros para el Control y la Prevención de Enfermedades"), OptionalInt.of(2024)));
    assertThat(a.related()).extracting(RelatedLink::title).containsExactly("Asma infantil", "EPOC");
    assertThat(allText(a)).contains("Sibilancias, que causan un silbido", "**de alivio rápido**");
    assertThat(allText(a)).doesNotContain("sitio oficial", "Pase a la", "Medicinas y suplementos", "English", "Busque",
        "Facebook", "Correo electrónico", "Imprimir", "Fecha de la última revisión", "Rockville", "Acerca de");
  }
}
