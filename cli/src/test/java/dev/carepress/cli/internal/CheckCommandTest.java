package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.batch.InputReader;
import dev.carepress.cli.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code carepress check} with the real readers and health-literacy checks. */
public class CheckCommandTest {
  @TempDir Path dir;

  private final Cli cli = Cli.discovering(InputReader.standard());

  /** An article that passes every required check (its review dated today, so it never ages). */
  public static String plainArticle(String title, String body) {
    return """
        ---
        title: %s
        summary: Water keeps you well. Drink some every day.
        lastReviewed: %s
        reviewers:
          - name: Ann Lee
            credentials: MD
        keyPoints:
          - Drink water every day.
          - Carry a bottle with you.
        ---
        %s

        ## Why water helps

        Your body needs water. It helps you stay cool.

        ## What you can do

        - Drink a glass with each meal.
        - Keep a bottle in your bag.
        """.formatted(title, LocalDate.now(ZoneOffset.UTC), body);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void plainArticlePassesWithExitZero() throws IOException {
    Path a = write("water.md", plainArticle("Water", "Water is good for you."));

    Cli.Result result = cli.run("check", a.toString());

    assertThat(result.exitCode()).as(result.out()).isZero();
    assertThat(result.out()).startsWith(a + ": passed (Flesch-Kincaid grade ")
        .containsPattern("\\n1 article checked: 1 passed in \\d+\\.\\d s\\n$");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void hardArticleFallsShortWithExitOne() throws IOException {
    Path hard = write("hard.md", plainArticle("Pressure",
        "Hypertension necessitates comprehensive pharmacological management and individualized"
            + " cardiovascular surveillance, considering comorbidities, contraindications and polypharmacy."));

    Cli.Result result = cli.run("check", hard.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FELL_SHORT);
    assertThat(result.out()).startsWith(hard + ": fell short (Flesch-Kincaid grade ")
        .contains("1 article checked: 0 passed, 1 fell short");
  }

  @Test
  void maxGradeLowersTheLimit() throws IOException {
    Path a = write("water.md", plainArticle("Water", "Water is good for you."));

    Cli.Result result = cli.run("check", a.toString(), "--max-grade", "0.5");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.FELL_SHORT);
    assertThat(result.out()).contains("limit grade 0.5");
    assertThat(cli.run("check", a.toString(), "--max-grade", "25").err())
        .startsWith("carepress check: --max-grade 25: give a grade above 0 and up to 20");
  }

  @Test
  void anArticleInALanguageWithoutAFormulaDoesNotFallShortOfMaxGrade() throws IOException {
    Path zh = write("xishou.md", """
        ---
        title: 洗手
        language: zh
        summary: 怎样洗手，什么时候洗手。
        lastReviewed: %s
        reviewers:
          - name: Ann Lee
            credentials: MD
        keyPoints:
          - 经常洗手。
          - 用肥皂和清水洗二十秒。
        ---
        干净的手可以阻止细菌。细菌会让你生病。用肥皂就能洗掉细菌。

        ## 什么时候洗手

        - 吃饭前
        - 上厕所后

        ## 怎样洗手

        用清水把手弄湿。抹上肥皂。搓二十秒。冲洗干净，擦干。
        """.formatted(LocalDate.now(ZoneOffset.UTC)));

    Cli.Result result = cli.run("check", zh.toString(), "--max-grade", "1");

    assertThat(result.exitCode()).as(result.out()).isZero();
    assertThat(result.out()).startsWith(zh + ": passed (Readability formulas are not available for language 'zh'"
        + " (Chinese): no reading grade is given.");
    Cli.Result json = cli.run("check", zh.toString(), "--max-grade", "1", "--json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"available\": false").contains("\"verdict\": \"not-applicable\"");
  }

  @Test
  void setReplacesTheHtmlReportsHeadingsThroughTheSharedLabelsOption() throws IOException {
    Path a = write("water.md", plainArticle("Water", "Water is good for you."));
    Path reports = dir.resolve("reports");

    Cli.Result result = cli.run("check", a.toString(), "--html-report", reports.toString(),
        "--set", "labels.report.checks=Checklist", "--set", "labels.keyPoints=At a glance");

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(Files.readString(reports.resolve("water.check.html")))
        .contains("<h2 id=\"checks-h\">Checklist</h2>").doesNotContain(">Checks</h2>");
    Cli.Result bad = cli.run("check", a.toString(), "--set", "labels.report.chekcs=Checklist");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.INVALID); // bad usage
    assertThat(bad.err()).contains("did you mean 'report.checks'?");
  }

  @Test
  void invalidArticleIsReportedAtFileLineColumnWithExitTwo() throws IOException {
    Path good = write("good.md", plainArticle("Good", "Water is good for you."));
    Path bad = write("bad.md", "---\ntitle: Bad\nviews: lots\n---\nText.\n");

    Cli.Result result = cli.run("check", good.toString(), bad.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out()).containsPattern("(?m)^" + java.util.regex.Pattern.quote(bad.toString())
        + ":3:8: error: 'views' must be .*$");
    assertThat(result.out()).contains("2 articles checked: 1 passed, 1 invalid; 1 error in");
  }

  @Test
  void quietShowsOnlyErrorsAndArticlesThatFellShort() throws IOException {
    Path good = write("good.md", plainArticle("Good", "Water is good for you."));
    Path bad = write("bad.md", "---\nviews: 3\n---\n");

    Cli.Result result = cli.run("check", "-q", good.toString(), bad.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out()).startsWith(bad + ":").doesNotContain("good.md").doesNotContain("checked:");
  }

  @Test
  void anArticleWithoutAFormulaSaysSoInOneSentenceOnItsLineAndInFullWithDetails() throws IOException {
    Path de = write("wasser.md", plainArticle("Wasser", "Wasser ist gut f\u00fcr Sie.").replace("---\ntitle:",
        "---\nlanguage: de\ntitle:"));

    Cli.Result result = cli.run("check", de.toString());

    assertThat(result.out()).contains(de + ": passed (Readability formulas are not available for language 'de'"
        + " (German): no reading grade is given.)\n").doesNotContain("Fern\u00e1ndez-Huerta");
    assertThat(cli.run("check", de.toString(), "--details").out()).contains("Fern\u00e1ndez-Huerta");
  }

  @Test
  void detailsPrintTheWholeReport() throws IOException {
    Path a = write("water.md", plainArticle("Water", "Water is good for you."));

    Cli.Result result = cli.run("check", a.toString(), "--details");

    assertThat(result.out()).contains("Health-literacy check: Water").contains("review-age").contains("Source:");
  }

  @Test
  void htmlReportIsWrittenPerArticle() throws IOException {
    Path a = write("water.md", plainArticle("Water", "Water is good for you."));

    Cli.Result result = cli.run("check", a.toString(), "--html-report", dir.resolve("reports").toString());

    assertThat(result.exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("reports/water.check.html"))).startsWith("<!DOCTYPE html>");
  }

  @Test
  void jsonHasEveryArticleItsProblemsItsLiteracyReportAndASummary() throws IOException {
    Path good = write("good.md", plainArticle("Good", "Water is good for you."));
    Path bad = write("bad.md", "---\ntitle: Bad ≥\nviews: lots\n---\n");

    Cli.Result result = cli.run("check", "--json", good.toString(), bad.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).matches("\\A[\\x00-\\x7F]*\\z"); // ASCII: the same bytes in any locale
    JsonNode json = JsonMapper.builder().build().readTree(result.out());
    assertThat(json.get("version").asInt()).isEqualTo(1);
    JsonNode first = json.get("articles").get(0);
    assertThat(first.get("file").asString()).isEqualTo(good.toString());
    assertThat(first.get("slug").asString()).isEqualTo("good");
    assertThat(first.get("valid").asBoolean()).isTrue();
    assertThat(first.get("passed").asBoolean()).isTrue();
    assertThat(first.get("literacy").get("passed").asBoolean()).isTrue();
    JsonNode second = json.get("articles").get(1);
    assertThat(second.get("valid").asBoolean()).isFalse();
    assertThat(second.has("literacy")).isFalse();
    JsonNode problem = second.get("problems").get(0);
    assertThat(problem.get("severity").asString()).isEqualTo("error");
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    assertThat(problem.get("column").asInt()).isEqualTo(8);
    assertThat(json.get("summary").toString())
        .isEqualTo("{\"articles\":2,\"passed\":1,\"fellShort\":0,\"invalid\":1,\"errors\":1,\"warnings\":0}");
  }

  @Test
  void checksTheArticlesOfABookOnce() throws IOException {
    Path a = write("a.md", plainArticle("A", "Water is good for you."));
    write("b.md", "---\ntitle: B\nviews: x\n---\n");
    Path book = write("book.yaml", "title: T\narticles:\n  - a.md\n  - b.md\n");

    Cli.Result result = cli.run("check", a.toString(), "--book", book.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out()).containsOnlyOnce("b.md:3:8: error:").containsOnlyOnce("a.md: passed");
  }

  @Test
  void bookPathWithDotSegmentsIsReadLikeAnyOther() throws IOException {
    write("a.md", plainArticle("A", "Water is good for you."));
    Files.createDirectories(dir.resolve("sub"));
    write("book.yaml", "title: T\narticles:\n  - a.md\n");

    Cli.Result result = cli.run("check", "--book", dir.resolve("sub/../book.yaml").toString());

    assertThat(result.exitCode()).as(result.out()).isZero();
    assertThat(result.out()).contains("a.md: passed");
  }
}
