package dev.carepress.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.model.Article;
import dev.carepress.model.ArticleBuilder;
import dev.carepress.model.BulletList;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.ListItem;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.model.Section;
import dev.carepress.model.Subject;
import dev.carepress.model.Text;
import dev.carepress.testing.SampleArticles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each check against an article that passes it and one that does not. */
class LiteracyChecksTest {
  static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
  static final LiteracyChecks CHECKS = LiteracyChecks.builder().clock(TODAY).build();

  /** A plain article that passes every check. */
  static ArticleBuilder good() {
    return Article.builder()
        .title("Washing your hands")
        .summary("How and when to wash your hands.")
        .keyPoint("Wash your hands often.")
        .keyPoint("Use soap and water for 20 seconds.")
        .reviewer(Person.of("Dana Okafor", "MD"))
        .lastReviewed(LocalDate.of(2025, 9, 1))
        .introduction(Paragraph.of("Clean hands stop germs. Germs can make you sick. You can stop them with soap."
            + " It takes less than a minute. Your whole family can do it. Teach your kids how to do it too. It is"
            + " a good habit for life."))
        .section("When to wash", Paragraph.of("Wash your hands at these times."),
            BulletList.of("Before you eat", "After you use the toilet", "After you cough or sneeze"))
        .section("How to wash", Paragraph.of("Wet your hands with clean water. Put on soap. Rub for 20 seconds."
            + " Rinse and dry them well. Use a clean towel."))
        .section("If there is no water", Paragraph.of("Use a hand gel with alcohol in it. Rub it in until your"
            + " hands are dry. Keep a small bottle in your bag."));
  }

  static CheckResult check(Article article, String id) {
    return CHECKS.check(article).check(id).orElseThrow();
  }

  static CheckResult check(LiteracyChecks checks, Article article, String id) {
    return checks.check(article).check(id).orElseThrow();
  }

  @Test
  void thePlainArticlePassesEveryCheck() {
    LiteracyReport report = CHECKS.check(good().build());
    assertThat(report.checks()).allSatisfy(c -> assertThat(c.verdict()).as(c.id() + ": " + c.summary())
        .isEqualTo(Verdict.PASS));
    assertThat(report.passed()).isTrue();
  }

  @Test
  void readingGradeFailsAboveTheLimitAndNamesTheSentencesThatRaiseIt() {
    Article hard = good().section("Pathophysiology", Paragraph.of(
        "Epidemiological investigations demonstrate considerable heterogeneity regarding transmissibility of"
            + " gastrointestinal pathogens, necessitating comprehensive institutional hygiene interventions."
            + " Alcohol-based antiseptic formulations demonstrate comparable antimicrobial effectiveness"
            + " against vegetative bacterial organisms. Nevertheless, mechanical decontamination remains"
            + " indispensable for proteinaceous contamination.")).build();
    CheckResult result = check(hard, "reading-grade");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.level()).isEqualTo(Level.REQUIRED);
    assertThat(result.measured().getAsDouble()).isGreaterThan(8);
    assertThat(result.threshold().getAsDouble()).isEqualTo(8);
    assertThat(result.findings()).anySatisfy(f -> {
      assertThat(f.place().part()).isEqualTo("pathophysiology");
      assertThat(f.place().sentence()).hasValueSatisfying(s -> assertThat(s).startsWith("Epidemiological"));
    });
    assertThat(CHECKS.check(hard).passed()).isFalse();
    assertThat(check(good().build(), "reading-grade").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void maxGradeIsOverridable() {
    Article article = good().build();
    double grade = check(article, "reading-grade").measured().getAsDouble();
    LiteracyChecks stricter = LiteracyChecks.builder().clock(TODAY).maxGrade(grade - 0.5).build();
    assertThat(check(stricter, article, "reading-grade").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(stricter.maxGrade()).isEqualTo(grade - 0.5);
  }

  @Test
  void spanishReadingGradeUsesFernandezHuertaAndInflesz() {
    Article easy = SampleArticles.spanish();
    CheckResult pass = check(easy, "reading-grade");
    assertThat(pass.verdict()).isEqualTo(Verdict.PASS);
    assertThat(pass.summary()).contains("Fernández-Huerta").contains("INFLESZ");
    Article hard = easy.toBuilder().section("Fisiopatología", Paragraph.of("Las investigaciones epidemiológicas"
        + " internacionales demuestran considerablemente la heterogeneidad de la transmisibilidad"
        + " gastrointestinal de microorganismos patógenos.")).build();
    assertThat(check(hard, "reading-grade").verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aLanguageWithoutFormulasIsNotApplicableAndSaysSoInEveryReport() {
    Article french = good().language("fr").build();
    LiteracyReport report = CHECKS.check(french);
    CheckResult grade = report.check("reading-grade").orElseThrow();
    assertThat(grade.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(grade.summary()).contains("not available for language 'fr'");
    assertThat(report.toText()).contains("not available for language 'fr'");
    assertThat(report.toJson()).contains("not available for language 'fr'");
    assertThat(report.toHtml()).contains("not available for language 'fr'");
    assertThat(report.readability().scores()).isEmpty();
  }

  @Test
  void summaryFirstNeedsASummaryAndKeyPoints() {
    Article article = good().build();
    assertThat(check(article, "summary-first").verdict()).isEqualTo(Verdict.PASS);
    Article none = new Article(article.metadata(), article.introduction(), article.sections(), List.of(),
        article.glossary(), article.footnotes(), article.references(), article.related(), article.disclaimer(),
        article.source());
    CheckResult result = check(none, "summary-first");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.place().path())
        .isEqualTo("/metadata/keyPoints"));
  }

  @Test
  void headingsFailForEmptyAndGenericSections() {
    assertThat(check(good().build(), "headings").verdict()).isEqualTo(Verdict.PASS);
    Article empty = good().section(new Section("coming-soon", "Coming soon", List.of(), List.of())).build();
    Article generic = good().section("Overview", Paragraph.of("Soap helps.")).build();
    assertThat(check(empty, "headings").findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("Empty section"));
    assertThat(check(generic, "headings").findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("Generic heading \"Overview\""));
    Article wall = Article.builder().title("Wall").introduction(Paragraph.of(words(320))).build();
    assertThat(check(wall, "headings").verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void sectionAndParagraphLengthsHaveLimits() {
    Article longParagraph = good().section("Why it works", Paragraph.of(words(120))).build();
    CheckResult paragraph = check(longParagraph, "paragraph-length");
    assertThat(paragraph.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(paragraph.measured().getAsDouble()).isEqualTo(120);
    assertThat(paragraph.findings()).singleElement().satisfies(f -> {
      assertThat(f.place().part()).isEqualTo("why-it-works");
      assertThat(f.place().paragraph()).hasValue(1);
      assertThat(f.place().path()).isEqualTo("/sections/3/blocks/0");
    });
    Article longSection = good().section("Why it works", Paragraph.of(words(90)), Paragraph.of(words(90)),
        Paragraph.of(words(90)), Paragraph.of(words(90))).build();
    assertThat(check(longSection, "section-length").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(check(longSection, "paragraph-length").verdict()).isEqualTo(Verdict.PASS);
    assertThat(check(good().build(), "section-length").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void sentenceLengthChecksFindLongSentencesAndAHighAverage() {
    String thirty = words(30).replace(".", "") + ".";
    Article article = good().section("More", Paragraph.of(thirty + " " + thirty)).build();
    CheckResult longest = check(article, "sentence-longest");
    assertThat(longest.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(longest.measured().getAsDouble()).isEqualTo(30);
    assertThat(longest.findings()).hasSize(2).allSatisfy(f -> assertThat(f.place().sentence()).isPresent());
    Article wordy = Article.builder().title("Wordy").introduction(Paragraph.of(thirty)).build();
    assertThat(check(wordy, "sentence-average").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(check(good().build(), "sentence-average").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void jargonFlagsHardWordsMissingFromTheGlossary() {
    Article article = good().section("Germs", Paragraph.of("Some germs cause gastroenteritis. Gastroenteritis"
        + " makes you sick.")).build();
    CheckResult result = check(article, "jargon");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("\"gastroenteritis\"").contains("used 2 times");
      assertThat(f.place().sentence()).hasValue("Some germs cause gastroenteritis.");
    });
    Article defined = article.toBuilder().term("gastroenteritis", "A stomach bug.").build();
    assertThat(check(defined, "jargon").verdict()).isEqualTo(Verdict.PASS);
    Article marked = good().section("Germs", Paragraph.of(new Text("Some germs cause "),
        GlossaryTerm.of("tummy bug", "gastroenteritis"), new Text("."))).term("tummy bug", "Vomiting").build();
    assertThat(check(marked, "jargon").verdict()).isEqualTo(Verdict.PASS);
    assertThat(check(article, "jargon").level()).isEqualTo(Level.ADVISORY);
    assertThat(CHECKS.check(article).passed()).isTrue();
  }

  @Test
  void theArticlesOwnTopicIsNotJargon() {
    Article article = good().section("Germs", Paragraph.of("Handwashing stops gastroenteritis. Gastroenteritis"
        + " makes you sick.")).build();
    assertThat(check(article, "jargon").findings()).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("\"Handwashing\""))
        .anySatisfy(m -> assertThat(m).contains("\"gastroenteritis\""));
    Article aboutIt = article.toBuilder().title("Hand washing").about(Subject.condition("Gastroenteritis")).build();
    CheckResult result = check(aboutIt, "jargon");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void numbersShouldBeNumerals() {
    Article article = good().section("How long", Paragraph.of("Wash for twenty seconds, three times.")).build();
    CheckResult result = check(article, "numerals");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.findings()).extracting(Finding::message)
        .containsExactly("\"twenty\" written as a word: write 20", "\"three\" written as a word: write 3");
    Article scale = good().section("How many", Paragraph.of("About 38 million people have it. One of them is"
        + " you.")).build();
    assertThat(check(scale, "numerals").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void listsAreNeededAndNotTooLong() {
    Article noList = Article.builder().title("No list").introduction(Paragraph.of("Wash your hands.")).build();
    assertThat(check(noList, "lists").verdict()).isEqualTo(Verdict.FAIL);
    Article longList = good().section("Times", BulletList.of("a", "b", "c", "d", "e", "f", "g", "h")).build();
    CheckResult result = check(longList, "lists");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.place().path())
        .isEqualTo("/sections/3/blocks/0"));
    Article nested = good().section("Times", new BulletList(List.of(ListItem.of("a"), ListItem.of("b"),
        ListItem.of("c"), ListItem.of("d"), ListItem.of("e"), ListItem.of("f"), ListItem.of("g"),
        ListItem.of(Paragraph.of("h"), BulletList.of("h1", "h2"))))).build();
    assertThat(check(nested, "lists").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void anActionIsAnInstructionOrAnActionHeading() {
    Article none = Article.builder().title("Facts").introduction(Paragraph.of("Germs are small. They are"
        + " everywhere.")).section("Germs", Paragraph.of("Germs live on hands.")).build();
    assertThat(check(none, "action").verdict()).isEqualTo(Verdict.FAIL);
    Article heading = none.toBuilder().section("What you can do", Paragraph.of("Soap is the answer.")).build();
    assertThat(check(heading, "action").verdict()).isEqualTo(Verdict.PASS);
    Article conditional = none.toBuilder().section("Germs 2", Paragraph.of("If you feel sick, call your doctor."))
        .build();
    assertThat(check(conditional, "action").verdict()).isEqualTo(Verdict.PASS);
    Article direct = none.toBuilder().section("Germs 3", Paragraph.of("You should rest.")).build();
    assertThat(check(direct, "action").measured()).hasValue(1);
  }

  @Test
  void reviewMustBePresentAndRecent() {
    assertThat(check(good().build(), "review-present").verdict()).isEqualTo(Verdict.PASS);
    Article unreviewed = good().reviewers(List.of()).build();
    assertThat(check(unreviewed, "review-present").findings()).extracting(f -> f.place().path())
        .containsExactly("/metadata/reviewers");
    Article old = good().lastReviewed(LocalDate.of(2024, 5, 31)).build();
    CheckResult age = check(old, "review-age");
    assertThat(age.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(age.measured()).hasValue(731);
    Article justInTime = good().lastReviewed(LocalDate.of(2024, 6, 1)).build();
    assertThat(check(justInTime, "review-age").verdict()).isEqualTo(Verdict.PASS);
    LiteracyChecks yearly = LiteracyChecks.builder().clock(TODAY).maxReviewAge(Period.ofYears(1)).build();
    assertThat(check(yearly, justInTime, "review-age").verdict()).isEqualTo(Verdict.FAIL);
    Article overdue = good().nextReview(LocalDate.of(2026, 5, 31)).build();
    assertThat(check(overdue, "review-age").findings()).extracting(Finding::message)
        .containsExactly("Next review was due on 2026-05-31: the review is overdue");
    Article undated = Article.builder().title("Undated").introduction(Paragraph.of("Wash your hands.")).build();
    assertThat(check(undated, "review-age").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(check(undated, "review-present").verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void strictMakesEveryCheckRequired() {
    Article article = good().section("Germs", Paragraph.of("Some germs cause gastroenteritis.")).build();
    assertThat(CHECKS.check(article).passed()).isTrue();
    LiteracyChecks strict = LiteracyChecks.builder().clock(TODAY).strict(true).build();
    LiteracyReport report = strict.check(article);
    assertThat(report.passed()).isFalse();
    assertThat(report.failures()).extracting(CheckResult::id).containsExactly("jargon");
  }

  @Test
  void builderRejectsNonsense() {
    assertThatThrownBy(() -> LiteracyChecks.builder().maxGrade(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxGrade must be above 0 and at most 20 (8 is the NIH's advice, 6 the AMA's), not 0");
    assertThatThrownBy(() -> LiteracyChecks.builder().maxGrade(20.5))
        .hasMessageEndingWith("not 20.5");
    assertThatThrownBy(() -> LiteracyChecks.builder().maxSentenceWords(-1))
        .hasMessageContaining("maxSentenceWords must be > 0");
    assertThatThrownBy(() -> LiteracyChecks.builder().maxReviewAge(Period.ZERO))
        .hasMessageContaining("maxReviewAge");
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    LiteracyChecks defaults = LiteracyChecks.create();
    assertThat(defaults.maxGrade()).isEqualTo(8);
    assertThat(defaults.minInflesz()).isEqualTo(55);
    assertThat(defaults.maxSectionWords()).isEqualTo(300);
    assertThat(defaults.maxParagraphWords()).isEqualTo(100);
    assertThat(defaults.maxAverageSentenceWords()).isEqualTo(15);
    assertThat(defaults.maxSentenceWords()).isEqualTo(25);
    assertThat(defaults.maxListItems()).isEqualTo(7);
    assertThat(defaults.maxUndefinedTerms()).isZero();
    assertThat(defaults.maxReviewAge()).isEqualTo(Period.ofYears(2));
    assertThat(defaults.strict()).isFalse();
  }

  @Test
  void toBuilderKeepsEverySettingButThoseChanged() {
    LiteracyChecks custom = LiteracyChecks.builder().clock(TODAY).maxGrade(6).minInflesz(60).maxSectionWords(200)
        .maxParagraphWords(80).maxAverageSentenceWords(12).maxSentenceWords(20).maxListItems(5)
        .maxUndefinedTerms(2).maxReviewAge(Period.ofYears(1)).strict(true).build();

    LiteracyChecks changed = custom.toBuilder().maxGrade(7).build();

    assertThat(changed.maxGrade()).isEqualTo(7);
    assertThat(changed).usingRecursiveComparison().ignoringFields("settings.maxGrade").isEqualTo(custom);
    assertThat(custom.toBuilder().build()).usingRecursiveComparison().isEqualTo(custom);
  }

  /** Plain sentences of 10 one-syllable words, {@code n} words in all. */
  static String words(int n) {
    StringBuilder out = new StringBuilder();
    List<String> pool = Collections.nCopies(1, "wash");
    for (int i = 1; i <= n; i++) {
      out.append(pool.get(0));
      out.append(i % 10 == 0 ? ". " : " ");
    }
    String text = out.toString().strip();
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
  }
}
