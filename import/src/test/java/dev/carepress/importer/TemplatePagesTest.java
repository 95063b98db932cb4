package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Audience;
import dev.carepress.model.Callout;
import dev.carepress.model.Crumb;
import dev.carepress.model.Figure;
import dev.carepress.model.Image;
import dev.carepress.model.Person;
import dev.carepress.model.PlainText;
import dev.carepress.model.Reference;
import dev.carepress.model.Subject;
import dev.carepress.model.Table;
import dev.carepress.read.MarkdownArticleReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pages in the shapes of real site templates (a WordPress theme, a Drupal health site, a
 * government page with JSON-LD, a small news site with no structured data) import with every field
 * a reader can see, and no chrome text reaches the article.
 */
class TemplatePagesTest {
  private static final HtmlArticleImporter IMPORTER = HtmlArticleImporter.builder().build();

  static Path page(String name) {
    try {
      return Path.of(TemplatePagesTest.class.getResource("/pages/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ImportResult load(String name) throws IOException {
    ImportResult result = IMPORTER.importPage(page(name));
    assertThat(result.errors()).isEmpty();
    return result;
  }

  /** Everything the article says, as text: body, key points, references and all. */
  private static String allText(Article a) {
    return MarkdownArticleWriter.create().toMarkdown(a);
  }

  private static String origins(ImportResult result) {
    return result.fields().stream().map(f -> f.field() + "=" + f.origin()).collect(Collectors.joining(" "));
  }

  private static void readsBackEqual(Article article) {
    String markdown = MarkdownArticleWriter.create().toMarkdown(article);
    Article back = MarkdownArticleReader.builder().markGlossaryTerms(false).build().read(markdown, article.slug() + ".md");
    assertThat(Compare.difference(article, back)).isEmpty();
  }

  @Test
  void aWordPressPostGivesItsOpenGraphMetadataBylineKeyPointsTableFigureAndReferences() throws IOException {
    ImportResult result = load("wordpress-asthma.html");
    Article a = result.orThrow();
    var m = a.metadata();

    assertThat(m.title()).isEqualTo("Asthma: Symptoms and Triggers");
    assertThat(m.summary()).contains("What asthma is, the signs of an attack, common triggers and how to keep it under control.");
    assertThat(m.language()).isEqualTo("en-US");
    assertThat(m.category()).contains("Lungs and Breathing");
    assertThat(m.tags()).containsExactly("asthma", "inhalers");
    assertThat(m.published()).contains(LocalDate.of(2024, 3, 12));
    assertThat(m.updated()).contains(LocalDate.of(2025, 1, 20));
    assertThat(m.authors()).containsExactly(
        new Person("Maria Lopez", Optional.of("RN"), Optional.of("https://riversidehealth.example/author/maria-lopez/")));
    assertThat(m.image()).contains(new Image(
        "https://riversidehealth.example/wp-content/uploads/2024/03/inhaler.jpg", "A child using an inhaler with a spacer"));
    assertThat(a.keyPoints()).hasSize(3);
    assertThat(PlainText.of(a.keyPoints().get(1).content())).isEqualTo("Know your triggers and avoid them.");
    assertThat(PlainText.ofBlocks(a.introduction())).startsWith("Asthma is a long-term condition");
    assertThat(a.sections()).extracting(s -> s.title()).containsExactly("Symptoms", "Common triggers");
    assertThat(a.sections().get(0).subsections()).extracting(s -> s.title()).containsExactly("Signs of an asthma attack");
    Table table = (Table) a.sections().get(1).blocks().get(0);
    assertThat(table.caption()).contains("Triggers and how to avoid them");
    assertThat(table.rows()).hasSize(2);
    Figure figure = (Figure) a.sections().get(1).blocks().get(1);
    assertThat(figure.alt()).isEqualTo("An inhaler attached to a spacer");
    assertThat(figure.caption()).contains("Using a spacer helps the medicine reach your lungs.");
    assertThat(a.references()).containsExactly(
        new Reference("What Is Asthma?", Optional.of("https://www.nhlbi.nih.gov/health/asthma"),
            Optional.of("National Heart, Lung, and Blood Institute"), OptionalInt.of(2023)),
        new Reference("Global Strategy for Asthma Management and Prevention", Optional.empty(),
            Optional.of("Global Initiative for Asthma"), OptionalInt.of(2024)));
    assertThat(allText(a)).doesNotContain("cookies", "Skip to content", "Health A-Z", "Share this", "Twitter",
        "Advertisement", "BreatheEasy", "comments", "Great article", "Newsletter", "All rights reserved",
        "COPD basics", "javascript", "Posted on", "Key points");
    assertThat(allText(a)).contains("guide to inhalers](https://riversidehealth.example/health/inhalers/)", "or click here.");
    assertThat(result.warnings()).anyMatch(p -> p.message().contains("javascript:alert(1)"));
    assertThat(result.missing()).extracting(MissingField::advice).contains("no review date: add lastReviewed");
    assertThat(origins(result)).contains("title=OPEN_GRAPH", "authors=PAGE", "published=OPEN_GRAPH");
    readsBackEqual(a);
  }

  @Test
  void aDrupalHealthTopicGivesItsJsonLdGraphAtAGlanceBoxAlertFootnoteAndRelatedLinks() throws IOException {
    ImportResult result = load("drupal-diabetes.html");
    Article a = result.orThrow();
    var m = a.metadata();

    assertThat(m.title()).isEqualTo("Type 2 diabetes");
    assertThat(m.summary()).contains("Type 2 diabetes: what it is, how it is found and how to live well with it.");
    assertThat(m.language()).isEqualTo("en");
    assertThat(m.published()).contains(LocalDate.of(2023, 5, 2));
    assertThat(m.updated()).contains(LocalDate.of(2025, 2, 10));
    assertThat(m.lastReviewed()).contains(LocalDate.of(2025, 2, 1));
    assertThat(m.authors()).containsExactly(Person.of("Community Health Team"));
    assertThat(m.reviewers()).containsExactly(
        new Person("Dana Okafor", Optional.of("MD"), Optional.of("https://www.countyhealth.example/people/dana-okafor")));
    assertThat(m.audience()).containsExactly(Audience.PATIENT);
    assertThat(m.about()).containsExactly(Subject.condition("Type 2 diabetes"));
    assertThat(m.breadcrumb()).containsExactly(Crumb.of("Home", "https://www.countyhealth.example/"),
        Crumb.of("Conditions", "https://www.countyhealth.example/conditions"), Crumb.of("Type 2 diabetes"));
    assertThat(m.category()).contains("Conditions");
    assertThat(result.guessed()).extracting(FieldSource::field).contains("category");
    assertThat(m.tags()).containsExactly("diabetes");
    assertThat(a.keyPoints()).extracting(k -> PlainText.of(k.content())).containsExactly(
        "Type 2 diabetes is common and often has no symptoms at first.", "A simple blood test can find it.",
        "Healthy eating and being active help control it.");
    assertThat(a.sections()).extracting(s -> s.title()).containsExactly("Symptoms", "Getting tested");
    assertThat(a.sections().get(0).blocks().get(1)).isInstanceOf(Callout.class);
    assertThat(((Callout) a.sections().get(0).blocks().get(1)).kind()).isEqualTo(Callout.Kind.WARNING);
    assertThat(a.footnotes()).hasSize(1);
    assertThat(PlainText.ofBlocks(a.footnotes().get(0).blocks())).isEqualTo("Symptoms can be mild and easy to miss.");
    assertThat(a.related()).extracting(r -> r.title()).containsExactly("Prediabetes", "Type 2 Diabetes on MedlinePlus");
    assertThat(a.related().get(0).summary()).contains("when blood sugar is higher than normal");
    assertThat(origins(result)).contains("lastReviewed=JSON_LD", "reviewers=JSON_LD", "breadcrumb=JSON_LD");
    assertThat(allText(a)).doesNotContain("Skip to main content", "Services", "We use cookies", "OK, I agree",
        "Privacy policy", "100 Main Street", "At a glance", "Tags", "↩");
    readsBackEqual(a);
  }

  @Test
  void aGovernmentPageGivesItsMedicalWebPageReviewDatesAudienceViewsAndCitations() throws IOException {
    ImportResult result = load("gov-flu.html");
    Article a = result.orThrow();
    var m = a.metadata();

    assertThat(m.title()).isEqualTo("Flu");
    assertThat(m.summary()).contains(
        "Find out about flu, including the symptoms, how to treat it yourself and when to get medical help.");
    assertThat(m.category()).contains("Health A to Z");
    assertThat(m.language()).isEqualTo("en-GB");
    assertThat(m.published()).contains(LocalDate.of(2021, 6, 10));
    assertThat(m.lastReviewed()).contains(LocalDate.of(2024, 3, 12));
    assertThat(m.nextReview()).contains(LocalDate.of(2027, 3, 12));
    assertThat(m.views()).hasValue(15230);
    assertThat(m.reviewers()).containsExactly(Person.of("Health Service Clinical Team"));
    assertThat(m.audience()).containsExactly(Audience.PATIENT, Audience.CAREGIVER);
    assertThat(m.about()).containsExactly(Subject.condition("Influenza"), Subject.topic("Vaccination"));
    assertThat(m.tags()).containsExactly("flu", "influenza", "vaccine");
    assertThat(m.breadcrumb()).extracting(Crumb::label).containsExactly("Home", "Health A to Z", "Flu");
    assertThat(m.authors()).isEmpty();
    assertThat(m.updated()).isEmpty();
    assertThat(a.references()).containsExactly(new Reference("Influenza (seasonal) fact sheet",
        Optional.of("https://www.who.int/news-room/fact-sheets/detail/influenza-(seasonal)"),
        Optional.of("World Health Organization"), OptionalInt.of(2023)));
    assertThat(PlainText.ofBlocks(a.introduction())).isEqualTo(
        "Flu will often get better on its own, but it can make some people seriously ill.");
    assertThat(a.sections()).extracting(s -> s.title()).containsExactly(
        "Check if you have flu", "How to treat flu yourself", "Urgent advice: get help now");
    assertThat(allText(a)).contains("1. rest and sleep", "> [!NOTE]", "**have difficulty breathing**", "*chest pain*");
    assertThat(allText(a)).doesNotContain("cookies", "Search", "Accessibility statement", "Crown copyright",
        "Page last reviewed", "Next review due");
    readsBackEqual(a);
  }

  @Test
  void aNewsPageWithoutStructuredDataGivesItsTrailDateLineViewCountAndByline() throws IOException {
    ImportResult result = load("news-sleep.html");
    Article a = result.orThrow();
    var m = a.metadata();

    assertThat(m.title()).isEqualTo("Why sleep matters for your heart");
    assertThat(m.breadcrumb()).containsExactly(Crumb.of("HOME", "/"), Crumb.of("Health", "/health"),
        Crumb.of("Why sleep matters for your heart"));
    assertThat(m.published()).contains(LocalDate.of(2025, 4, 7));
    assertThat(m.category()).contains("Health");
    assertThat(m.views()).hasValue(2348);
    assertThat(m.authors()).containsExactly(new Person("Sam Patel", Optional.empty(), Optional.of("/reporters/sam-patel")));
    assertThat(m.language()).isEqualTo("en");
    assertThat(result.guessed()).extracting(FieldSource::field).contains("language", "published", "category");
    assertThat(origins(result)).contains("breadcrumb=PAGE", "views=PAGE", "authors=PAGE");
    assertThat(a.introduction()).hasSize(4);
    assertThat(PlainText.ofBlocks(a.introduction())).startsWith("Adults who sleep less than seven hours")
        .contains("Tips for better sleep", "Avoid screens for an hour before bed.")
        .endsWith("linked to heart disease and stroke.");
    assertThat(allText(a)).doesNotContain("Log in", "Subscribe", "Sports", "Location", "2348 views", "By Sam",
        "Most read", "Flu season", "Advertisement", "Copyright", "About us");
    assertThat(result.missing()).extracting(MissingField::field).contains("summary", "lastReviewed", "reviewers");
    readsBackEqual(a);
  }

  @Test
  void everyFieldSaysWhereItCameFrom() throws IOException {
    ImportResult result = load("gov-flu.html");

    assertThat(result.fields()).extracting(FieldSource::field)
        .contains("title", "summary", "language", "published", "lastReviewed", "nextReview", "views");
    assertThat(result.fields()).filteredOn(f -> f.field().equals("nextReview")).singleElement()
        .satisfies(f -> assertThat(f.origin()).isEqualTo(Origin.PAGE));
    assertThat(result.images()).isEmpty();
    assertThat(List.of(result.orThrow().slug())).containsExactly("gov-flu");
  }
}
