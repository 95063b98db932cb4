package dev.carepress.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.carepress.model.Article;
import dev.carepress.model.Paragraph;
import dev.carepress.testing.SampleArticles;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The text, JSON and HTML renderings: shape, escaping, highlights and determinism. */
class ReportFormatsTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static Article hostile() {
    return LiteracyChecksTest.good()
        .title("<script>alert('x')</script> & \"quotes\"")
        .section("Hard <b>bits</b>", Paragraph.of("Epidemiological investigations demonstrate considerable"
            + " heterogeneity regarding transmissibility of gastrointestinal pathogens, necessitating comprehensive"
            + " institutional hygiene interventions <img src=x onerror=alert(1)> in every single hospital ward."))
        .build();
  }

  static Schema schema() throws Exception {
    try (InputStream in = LiteracyReport.class.getResourceAsStream("literacy-report.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @Test
  void jsonMatchesItsSchemaForEveryKindOfArticle() throws Exception {
    Schema schema = schema();
    for (Article article : List.of(SampleArticles.everything(), SampleArticles.spanish(), SampleArticles.minimal(),
        hostile(), LiteracyChecksTest.good().language("fr").build())) {
      String json = LiteracyChecksTest.CHECKS.check(article).toJson();
      JsonNode node = MAPPER.readTree(json);
      assertThat(schema.validate(node)).as(article.title()).isEmpty();
      assertThat(node.get("version").asInt()).isEqualTo(1);
    }
  }

  @Test
  void jsonCarriesTheVerdictScoresAndPlaces() throws Exception {
    JsonNode node = MAPPER.readTree(LiteracyChecksTest.CHECKS.check(hostile()).toJson());
    assertThat(node.get("passed").asBoolean()).isFalse();
    assertThat(node.at("/readability/scores/1/formula").asString()).isEqualTo("flesch-kincaid-grade");
    JsonNode grade = node.at("/checks/0");
    assertThat(grade.get("id").asString()).isEqualTo("reading-grade");
    assertThat(grade.get("verdict").asString()).isEqualTo("fail");
    assertThat(grade.get("threshold").asDouble()).isEqualTo(8);
    JsonNode longest = node.at("/checks/6");
    assertThat(longest.get("id").asString()).isEqualTo("sentence-longest");
    assertThat(longest.at("/findings/0/place/part").asString()).isEqualTo("hard-b-bits-b");
    assertThat(longest.at("/findings/0/place/path").asString()).isEqualTo("/sections/3/blocks/0");
    assertThat(longest.at("/findings/0/place/paragraph").asInt()).isEqualTo(1);
  }

  @Test
  void htmlIsSelfContainedEscapedAndMarksLongSentencesAndHardWords() {
    String html = LiteracyChecksTest.CHECKS.check(hostile()).toHtml();
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<link")
        .doesNotContain("src=\"").doesNotContain("http://").doesNotContain("https://");
    assertThat(html).contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quotes\"");
    assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(html).contains("<mark class=\"long\"><mark class=\"hard\">Epidemiological</mark>");
    assertThat(html).contains("<mark class=\"hard\">heterogeneity</mark>");
    assertThat(html).contains("✗ Failed");
    // every finding's link points at an element of the page
    java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    while (links.find()) {
      assertThat(html).as("target of #" + links.group(1)).contains("id=\"" + links.group(1) + "\"");
    }
  }

  @Test
  void textReportListsScoresChecksAndFindings() {
    String text = LiteracyChecksTest.CHECKS.check(hostile()).toText();
    assertThat(text).startsWith("Health-literacy check: <script>alert('x')</script>");
    assertThat(text).contains("FAILED: 1 required check failed");
    assertThat(text).contains("Flesch-Kincaid Grade Level").contains("SMOG grade");
    assertThat(text).contains("  FAIL  reading-grade     Reading level [required]");
    assertThat(text).contains("Section \"Hard <b>bits</b>\", paragraph 1");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(110));
  }

  @Test
  void reportsAreDeterministic() {
    Article article = hostile();
    LiteracyReport first = LiteracyChecksTest.CHECKS.check(article);
    LiteracyReport second = LiteracyChecks.builder().clock(LiteracyChecksTest.TODAY).build().check(article);
    assertThat(second.toText()).isEqualTo(first.toText());
    assertThat(second.toJson()).isEqualTo(first.toJson());
    assertThat(second.toHtml()).isEqualTo(first.toHtml());
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY); // decimal commas must not leak in
      assertThat(LiteracyChecksTest.CHECKS.check(article).toJson()).isEqualTo(first.toJson());
      assertThat(LiteracyChecksTest.CHECKS.check(article).toText()).isEqualTo(first.toText());
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  /** The usage example from {@link LiteracyChecks}'s Javadoc. */
  @Test
  void usageExampleRuns() {
    Article article = SampleArticles.everything();
    LiteracyReport report = LiteracyChecks.create().check(article);
    if (!report.passed()) {
      assertThat(report.toText()).contains("FAILED");
    }
    String json = LiteracyChecks.builder().maxGrade(6).build().check(article).toJson();
    assertThat(json).contains("\"threshold\": 6");
  }
}
