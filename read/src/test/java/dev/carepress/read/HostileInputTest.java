package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd and hostile input gives problems, never an exception from Flexmark, Jackson or the model. */
class HostileInputTest {

  static ReadResult<Article> parse(String text) {
    return MarkdownArticleReader.create().parse(text, "hostile.md");
  }

  @Test
  void deeplyNestedQuotesAreCutWithAnError() {
    ReadResult<Article> result = parse("---\ntitle: T\n---\n" + ">".repeat(5000) + " deep\n");
    assertThat(result.errors()).extracting(Problem::code).containsExactly("too-deep");
    assertThat(result.errors().get(0).line()).isEqualTo(4);
  }

  @Test
  void deeplyNestedListsAreCutWithAnError() {
    StringBuilder text = new StringBuilder("---\ntitle: T\n---\n");
    for (int i = 0; i < 300; i++) {
      text.append("  ".repeat(i)).append("- item\n");
    }
    assertThat(parse(text.toString()).errors()).extracting(Problem::code).containsExactly("too-deep");
  }

  @Test
  void aListCutAtTheDepthLimitGetsOneMessageNotAlsoOneAboutEmptyItems() {
    StringBuilder text = new StringBuilder("---\ntitle: T\n---\n");
    for (int i = 0; i < 45; i++) {
      text.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
    }
    ReadResult<Article> result = parse(text.toString());

    assertThat(result.problems()).extracting(Problem::code).containsExactly("too-deep");
  }

  @Test
  void anEmptyListItemOutsideACutIsStillReported() {
    StringBuilder text = new StringBuilder("---\ntitle: T\n---\n- one\n-\n- three\n\n");
    for (int i = 0; i < 45; i++) {
      text.append("  ".repeat(i)).append("- level ").append(i + 1).append('\n');
    }
    ReadResult<Article> result = parse(text.toString());

    assertThat(result.problems()).extracting(Problem::code, Problem::line)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("empty-item", 5),
            org.assertj.core.groups.Tuple.tuple("too-deep", 47));
  }

  @Test
  void aListNestedTwoThousandLevelsByIndentationIsCutWithAnErrorAndAWarningAtItsFirstCutLine() {
    StringBuilder text = new StringBuilder("---\ntitle: T\n---\n");
    for (int i = 0; i < 2000; i++) {
      text.append("  ".repeat(i)).append("- item\n");
    }
    ReadResult<Article> result = parse(text.toString());

    assertThat(result.errors()).extracting(Problem::code).containsExactly("too-deep");
    assertThat(result.warnings()).filteredOn(p -> p.code().equals("deep-indent"))
        .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3 + 106));
  }

  @Test
  void deeplyNestedEmphasisAndBracketsAreHarmless() {
    String text = "---\ntitle: T\n---\n" + "*a ".repeat(3000) + "b" + "*".repeat(3000) + "\n\n" + "[".repeat(20000) + "\n";
    ReadResult<Article> result = parse(text);
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.code()).isIn("too-deep"));
  }

  @Test
  void deepInputOnAThreadWithASmallStackIsDiagnosedNotUnreadable() throws Exception {
    // a worker thread's stack (1 MB by default, here 256 KB) overflows in Flexmark on these inputs;
    // the reader retries on a thread with a deep stack and reports them like any other
    String emphasis = "---\ntitle: T\n---\n" + "*a ".repeat(3000) + "b" + "*".repeat(3000) + "\n";
    String stars = "---\ntitle: T\n---\n\nText.\n\n" + "*".repeat(10000) + "\n\nMore text.\n";
    AtomicReference<ReadResult<Article>> nested = new AtomicReference<>();
    AtomicReference<ReadResult<Article>> rule = new AtomicReference<>();
    Thread small = new Thread(null, () -> {
      nested.set(parse(emphasis));
      rule.set(parse(stars));
    }, "small-stack", 256 << 10);
    small.start();
    small.join();
    assertThat(nested.get().problems()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.code()).isEqualTo("too-deep"));
    assertThat(rule.get().problems()).isEmpty();
    assertThat(rule.get().value().orElseThrow().introduction()).hasSize(3);
  }

  @Test
  void deeplyNestedYamlIsRefused() {
    ReadResult<Article> result = parse("---\ntitle: T\nsummary: " + "[".repeat(2000) + "\n---\n");
    assertThat(result.errors()).extracting(Problem::code).containsAnyOf("too-deep", "malformed-yaml");
  }

  @Test
  void deeplyNestedJsonIsRefused() {
    ReadResult<Article> result =
        JsonArticleReader.create().parse("{\"title\": \"T\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}", "h.json");
    assertThat(result.errors()).extracting(Problem::code).containsExactly("too-deep");
  }

  @Test
  void yamlBillionLaughsIsRefused() {
    String yaml = "---\ntitle: T\nsummary: &a [x, x, x, x, x, x, x, x, x]\ntags: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "category: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n";
    ReadResult<Article> result = parse(yaml);
    assertThat(result.errors()).isNotEmpty().allSatisfy(p -> assertThat(p.code()).isIn("yaml-alias", "wrong-type"));
  }

  @Test
  void binaryJunkIsNotUtf8(@TempDir Path dir) throws Exception {
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    Path file = dir.resolve("junk.md");
    Files.write(file, junk);
    ReadResult<Article> result = MarkdownArticleReader.create().parse(file);
    assertThat(result.errors()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("not-utf8"));
  }

  @Test
  void textWithNulCharactersIsCalledBinary() {
    assertThat(parse("---\ntitle: T\n---\nab\0cd\n").errors()).extracting(Problem::code, Problem::line, Problem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("binary", 4, 3));
  }

  @Test
  void headingsOfPunctuationOnlyGetIdsAndEmptyHeadingsAreLeftOut() {
    ReadResult<Article> result = parse("---\ntitle: T\n---\n## ???\n\n## !!!\n\n##\n\ntext\n");
    Article article = result.value().orElseThrow();
    assertThat(article.sections()).extracting(Section::id).containsExactly("section", "section-2");
    assertThat(result.warnings()).extracting(Problem::code).containsExactly("empty-heading");
  }

  @Test
  void aLongArticleReadsIntoAllItsSections() {
    StringBuilder text = new StringBuilder("---\ntitle: Long\n---\n");
    for (int i = 0; i < 300; i++) {
      text.append("## Section ").append(i).append("\n\nSome *text* with a [link](https://x.org/").append(i)
          .append(") and more words.\n\n");
    }
    Article article = parse(text.toString()).value().orElseThrow();
    assertThat(article.sections()).hasSize(300);
  }

  @Test
  void frontMatterOnlyAndFrontMatterAtTheEndOfTheFile() {
    assertThat(parse("---\ntitle: T\n---").value()).isPresent();
    assertThat(parse("---\ntitle: T\n---\n").value().orElseThrow().introduction()).isEmpty();
    assertThat(parse("---\n---\n").errors()).extracting(Problem::code).containsExactly("missing-title");
  }

  @Property(tries = 60)
  void anyTextGivesAResultNotAnException(@ForAll("markdownish") String body) {
    ReadResult<Article> result = parse("---\ntitle: Fuzz\n---\n" + body);
    assertThat(result.value().isPresent()).isEqualTo(result.errors().isEmpty());
    int lines = body.split("\r\n|\r|\n", -1).length + 3;
    result.problems().forEach(p -> assertThat(p.line()).isBetween(1, lines));
  }

  @Property(tries = 60)
  void anyFrontMatterGivesAResultNotAnException(@ForAll("yamlish") String yaml) {
    ReadResult<Article> result = parse("---\n" + yaml + "\n---\ntext\n");
    assertThat(result.value().isPresent()).isEqualTo(result.errors().isEmpty());
  }

  @Property(tries = 60)
  void anyJsonGivesAResultNotAnException(@ForAll("jsonish") String json) {
    ReadResult<Article> result = JsonArticleReader.create().parse(json, "fuzz.json");
    assertThat(result.value().isPresent()).isEqualTo(result.errors().isEmpty());
  }

  @Provide
  Arbitrary<String> markdownish() {
    return Arbitraries.strings()
        .withChars("#>-*_`~[]()!|:^\\<>&;\n\t =+1.aZé")
        .withCharRange('\u0000', '\u007f')
        .ofMaxLength(300);
  }

  @Provide
  Arbitrary<String> yamlish() {
    Arbitrary<String> keys = Arbitraries.of(
        "title", "views", "published", "authors", "glossary", "keyPoints", "about", "image", "related", "tags", "x");
    Arbitrary<String> values = Arbitraries.of(
        "T", "12", "-1", "[a, b]", "{name: x}", "2025-02-30", "", "~", "\"q\"", "&a x", "*a", "[", "{", "- a", "|", ">");
    return net.jqwik.api.Combinators.combine(keys, values).as((k, v) -> k + ": " + v).list().ofMaxSize(8)
        .map(lines -> String.join("\n", lines));
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.strings().withChars("{}[]\":,0123456789truefalsn typeparagraphtitle\\").ofMaxLength(200);
  }
}
