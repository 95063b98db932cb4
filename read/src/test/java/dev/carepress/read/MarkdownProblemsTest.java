package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.Severity;
import dev.carepress.model.Article;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each bad input gives a problem naming the file, line and column, what is wrong and what to change. */
class MarkdownProblemsTest {

  static ReadResult<Article> parse(String markdown) {
    return MarkdownArticleReader.create().parse(markdown, "articles/asthma.md");
  }

  static Problem only(ReadResult<Article> result) {
    assertThat(result.problems()).hasSize(1);
    Problem problem = result.problems().get(0);
    assertThat(problem.source()).isEqualTo("articles/asthma.md");
    assertThat(problem.hint()).isNotBlank();
    return problem;
  }

  @Test
  void missingTitle() {
    Problem p = only(parse("---\nsummary: About asthma.\n---\nText.\n"));
    assertThat(p).extracting(Problem::severity, Problem::code, Problem::line, Problem::column)
        .containsExactly(Severity.ERROR, "missing-title", 1, 1);
    assertThat(p.message()).isEqualTo("the front matter has no title");
    assertThat(p.hint()).contains("title: ");
  }

  @Test
  void malformedYamlIsPlacedInTheFile() {
    Problem p = only(parse("---\ntitle: Asthma\ntags: [asthma, inhalers\nviews: 3\n---\nText.\n"));
    assertThat(p.code()).isEqualTo("malformed-yaml");
    assertThat(p.line()).as("the line of the unclosed '['").isEqualTo(3);
    assertThat(p.column()).isEqualTo(7);
    assertThat(p.message()).startsWith("the front matter is not valid YAML: ");
  }

  @Test
  void colonInAnUnquotedValueIsMalformedYaml() {
    Problem p = only(parse("---\ntitle: Asthma: the basics\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("malformed-yaml", 2, 14);
    assertThat(p.hint()).contains("quotes");
  }

  @Test
  void valueOfTheWrongType() {
    Problem p = only(parse("---\ntitle: Asthma\nviews: many\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("wrong-type", 3, 8);
    assertThat(p.message()).isEqualTo("'views' must be a whole number 0 or more, not \"many\"");
  }

  @Test
  void listWhereTextIsExpected() {
    Problem p = only(parse("---\ntitle:\n  - a\n  - b\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("wrong-type", 3, 3);
    assertThat(p.message()).isEqualTo("'title' must be text, not a list");
  }

  @Test
  void unknownKeySuggestsTheClosest() {
    Problem p = only(parse("---\ntitle: Asthma\nsumary: About asthma.\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("unknown-key", 3, 1);
    assertThat(p.message()).isEqualTo("unknown key 'sumary' in the article; did you mean 'summary'?");
    assertThat(p.hint()).isEqualTo("rename it to 'summary'");
  }

  @Test
  void unknownKeyFromAnotherToolSuggestsOurs() {
    Problem p = only(parse("---\ntitle: Asthma\ndescription: About asthma.\n---\n"));
    assertThat(p.message()).endsWith("did you mean 'summary'?");
  }

  @Test
  void unknownKeyInsideAPerson() {
    Problem p = only(parse("---\ntitle: Asthma\nauthors:\n  - name: Dana\n    credential: MD\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("unknown-key", 5, 5);
    assertThat(p.message()).contains("'credential'", "did you mean 'credentials'?");
  }

  @Test
  void invalidDate() {
    Problem p = only(parse("---\ntitle: Asthma\npublished: 2025-02-30\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("invalid-date", 3, 12);
    assertThat(p.message()).startsWith("'published' is 2025-02-30, which is not a real date");
  }

  @Test
  void dateInAnotherFormat() {
    Problem p = only(parse("---\ntitle: Asthma\nlastReviewed: 03/04/2025\n---\n"));
    assertThat(p.message()).isEqualTo("'lastReviewed' must be a date written YYYY-MM-DD, not \"03/04/2025\"");
  }

  @Test
  void anArticleUrlThatIsNotAnAbsoluteWebAddressIsPlacedInTheFile() {
    Problem p = only(parse("---\ntitle: Asthma\nurl: asthma.html\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("invalid-url", 3, 6);
    assertThat(p.message()).isEqualTo("'url' 'asthma.html' is not an absolute http or https address");
    assertThat(p.hint()).contains("url: https://");
  }

  @Test
  void anArticleUrlWithASpaceSaysWhereTheSpaceIsNotThatItIsNoWebAddress() {
    Problem p = only(parse("---\ntitle: Asthma\nurl: https://health.example.org/asthma care\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("invalid-url", 3, 6);
    assertThat(p.message()).isEqualTo(
        "'url' 'https://health.example.org/asthma care' has a space at character 34 (write it %20)");
  }

  @Test
  void anArticleUrlCarryingAUserNameOrPasswordIsRefusedBecauseItWouldBePrinted() {
    Problem p = only(parse("---\ntitle: Asthma\nurl: https://editor:secret@health.example.org/asthma\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("invalid-url", 3, 6);
    assertThat(p.message()).contains("has a user name or password before '@'");
    assertThat(parse("---\ntitle: Asthma\nurl: https://health.example.org/@clinic/asthma\n---\n").problems())
        .as("an @ in the path is no user name").isEmpty();
  }

  @Test
  void anArticleUrlTooLongForTheHandoutsQrCodeIsPlacedInTheFileNotLeftToTheRenderer() {
    String url = "https://health.example.org/" + "a".repeat(5000);
    Problem p = only(parse("---\ntitle: Asthma\nurl: " + url + "\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("invalid-url", 3, 6);
    assertThat(p.message()).isEqualTo("'url' is 5027 characters long (non-ASCII letters counted percent-encoded);"
        + " an article's address may have at most 2048");
    assertThat(p.hint()).startsWith("shorten the address");
  }

  @Test
  void anArticlesOwnUrlIsRead() {
    ReadResult<Article> result = parse("---\ntitle: Asthma\nurl: https://health.example.org/asthma\n---\n");
    assertThat(result.problems()).isEmpty();
    assertThat(result.value().orElseThrow().metadata().url()).contains("https://health.example.org/asthma");
  }

  @Test
  void negativeViews() {
    Problem p = only(parse("---\ntitle: Asthma\nviews: -5\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("negative-views", 3, 8);
    assertThat(p.message()).isEqualTo("'views' must be 0 or more, not -5");
  }

  @Test
  void invalidLanguageAudienceAndSlug() {
    ReadResult<Article> result =
        parse("---\ntitle: Asthma\nlanguage: english please\naudience: [patients]\nslug: My Slug\n---\n");
    assertThat(result.problems()).extracting(Problem::code, Problem::line, Problem::column).containsExactly(
        tuple("invalid-language", 3, 11), tuple("invalid-value", 4, 12), tuple("invalid-slug", 5, 7));
    assertThat(result.problems().get(1).message()).contains("did you mean 'patient'?");
    assertThat(result.problems().get(2).hint()).isEqualTo("write slug: my-slug");
  }

  @Test
  void aSlugTooLongToNameAFileIsAnErrorAtItsLineWithAShorterOne() {
    String slug = "how-to-use-your-inhaler-".repeat(10) + "well";
    ReadResult<Article> result = parse("---\ntitle: Asthma\nslug: " + slug + "\n---\n");

    Problem p = only(result);
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("long-slug", 3, 7);
    assertThat(p.message()).contains("244 bytes").contains("at most 200");
    assertThat(p.hint()).startsWith("write slug: how-to-use-your-inhaler-").endsWith("-inhaler-how-to");
  }

  @Test
  void aFileNameTooLongForOutputFilesGivesAShorterSlug() {
    String name = "a".repeat(120) + " " + "b".repeat(120) + ".md";
    ReadResult<Article> result = MarkdownArticleReader.create().parse("---\ntitle: Asthma\n---\n\nText.\n", name);

    assertThat(result.orThrow().slug()).isEqualTo("a".repeat(120));
  }

  @Test
  void duplicateKey() {
    Problem p = only(parse("---\ntitle: Asthma\ntitle: Again\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("duplicate-key", 3, 1);
    assertThat(p.message()).contains("line 2");
  }

  @Test
  void bodyKeyInTheFrontMatter() {
    Problem p = only(parse("---\ntitle: Asthma\nsections: []\n---\n"));
    assertThat(p).extracting(Problem::code, Problem::line).containsExactly("body-key", 3);
  }

  /** Link destinations as written in Markdown; entities and pointy brackets carry tabs and spaces. */
  @ParameterizedTest
  @ValueSource(strings = {
    "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)",
    "java&#9;script:alert(1)", "&#32;javascript:alert(1)", "file:///etc/passwd", "javascript&#58;alert(1)",
    "&#x09;jav&#x0A;ascript:alert(1)"})
  void unsafeLinkIsAWarning(String destination) {
    ReadResult<Article> result = parse("---\ntitle: Asthma\n---\nClick [here](" + destination + ").\n");
    assertThat(result.value()).isPresent();
    Problem p = only(result);
    assertThat(p).extracting(Problem::severity, Problem::code, Problem::line, Problem::column)
        .containsExactly(Severity.WARNING, "unsafe-link", 4, 7);
    assertThat(p.message()).startsWith("the link 'here' links to ").contains("is not allowed");
  }

  @Test
  void percentEncodedSchemeIsARelativeLinkAndSafe() {
    assertThat(parse("---\ntitle: Asthma\n---\n[x](%20javascript:alert\\(1\\)).\n").problems()).isEmpty();
  }

  @Test
  void unsafeSchemeWithATabIsCaughtInMetadata() {
    ReadResult<Article> result = parse("---\ntitle: Asthma\nauthors:\n  - name: Dana\n    url: \"java\\tscript:x()\"\n---\n");
    assertThat(result.warnings()).extracting(Problem::code, Problem::line, Problem::column)
        .containsExactly(tuple("unsafe-link", 4, 5));
  }

  @Test
  void unsafeImageSourceIsAWarning() {
    ReadResult<Article> result = parse("---\ntitle: Asthma\n---\n![A chart](data:image/svg+xml;base64,AAAA)\n");
    assertThat(result.warnings()).extracting(Problem::code, Problem::line, Problem::column)
        .containsExactly(tuple("unsafe-image", 4, 1));
  }

  @Test
  void imageWithoutAltTextIsAWarning() {
    ReadResult<Article> result = parse("---\ntitle: Asthma\n---\nIntro.\n\n![](images/chart.png)\n");
    assertThat(result.value()).isPresent();
    Problem p = only(result);
    assertThat(p).extracting(Problem::severity, Problem::code, Problem::line, Problem::column)
        .containsExactly(Severity.WARNING, "missing-alt", 6, 1);
    assertThat(p.message()).isEqualTo("the image 'images/chart.png' has no alt text");
  }

  @Test
  void undefinedFootnoteIsKeptAsItsLiteralTextWithAWarning() {
    ReadResult<Article> result = parse("---\ntitle: Asthma\n---\nA claim.[^source] More.\n");
    Problem p = only(result);
    assertThat(p).extracting(Problem::severity, Problem::code, Problem::line, Problem::column)
        .containsExactly(Severity.WARNING, "undefined-footnote", 4, 9);
    assertThat(p.message())
        .isEqualTo("the footnote [^source] is referred to but never defined; '[^source]' was kept as text");
    assertThat(result.value().orElseThrow().introduction())
        .containsExactly(new Paragraph(List.of(new Text("A claim.[^source] More."))));
    assertThat(result.value().orElseThrow().footnotes()).isEmpty();
  }

  @Test
  void undefinedFootnoteBesideADefinedOneLeavesTheDefinedOneAReference() {
    ReadResult<Article> result = parse("---\ntitle: Asthma\n---\nA[^a] and B[^b].\n\n[^a]: Note A.\n");
    assertThat(result.problems()).extracting(Problem::code, Problem::line, Problem::column)
        .containsExactly(tuple("undefined-footnote", 4, 12));
    assertThat(result.value().orElseThrow().introduction()).containsExactly(new Paragraph(
        List.of(new Text("A"), new FootnoteReference("a"), new Text(" and B[^b]."))));
  }

  @Test
  void fileThatIsNotUtf8(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.md");
    Files.write(file, "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
    ReadResult<Article> result = MarkdownArticleReader.create().parse(file);
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo(file.toString());
      assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("not-utf8", 2, 11);
      assertThat(p.message()).contains("byte 0xE9 at offset 14");
    });
  }

  @Test
  void utf16FileIsNamedAsSuch(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("utf16.md");
    Files.write(file, "\uFEFF---\ntitle: T\n---\n".getBytes(StandardCharsets.UTF_16LE));
    ReadResult<Article> result = MarkdownArticleReader.create().parse(file);
    assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-16"));
  }

  @Test
  void emptyFile() {
    Problem p = only(parse(""));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("empty", 1, 1);
    assertThat(only(parse(" \n\n\t\n")).code()).isEqualTo("empty");
  }

  @Test
  void noFrontMatter() {
    ReadResult<Article> result = parse("# Asthma\n\nText.\n");
    assertThat(result.warnings()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("no-front-matter", 1, 1);
      assertThat(p.hint()).contains("---");
    });
  }

  @Test
  void unterminatedFrontMatter() {
    Problem p = only(parse("---\ntitle: Asthma\n\nText.\n"));
    assertThat(p).extracting(Problem::code, Problem::line, Problem::column)
        .containsExactly("unterminated-front-matter", 1, 1);
  }

  @Test
  void everyProblemIsCollectedBeforeThrowing() {
    String text = "---\nsumary: x\nviews: many\npublished: 2025-02-30\n---\n[x](javascript:y) and [^n].\n";
    assertThatThrownBy(() -> MarkdownArticleReader.create().read(text, "a.md"))
        .isInstanceOf(ContentException.class)
        .satisfies(e -> {
          List<Problem> problems = ((ContentException) e).problems();
          assertThat(problems).extracting(Problem::code).containsExactly(
              "missing-title", "unknown-key", "wrong-type", "invalid-date", "unsafe-link", "undefined-footnote");
          assertThat(e.getMessage()).startsWith("4 errors in a.md:")
              .contains("a.md:3:8: error: 'views' must be a whole number");
        });
  }

  @Test
  void fileLargerThanTheLimit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.md");
    Files.writeString(file, "---\ntitle: Big\n---\n" + "word ".repeat(500));
    ReadResult<Article> result = MarkdownArticleReader.builder().maxBytes(1000).build().parse(file);
    assertThat(result.problems()).extracting(Problem::code).containsExactly("too-large");
  }

  @Test
  void yamlAliasesAreRefused() {
    ReadResult<Article> result = parse("---\ntitle: &t Asthma\nsubtitle: *t\n---\n");
    assertThat(result.errors()).extracting(Problem::code, Problem::line).containsExactly(tuple("yaml-alias", 3));
  }

  @Test
  void frontMatterThatIsNotAMap() {
    ReadResult<Article> result = parse("---\n- title\n- other\n---\n");
    assertThat(result.errors()).extracting(Problem::code, Problem::line, Problem::column)
        .containsExactly(tuple("wrong-type", 2, 1));
  }
}
