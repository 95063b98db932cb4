package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Callout;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Paragraph;
import dev.carepress.model.PlainText;
import dev.carepress.model.Text;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Inline script, style and like elements are left out with their content, as HTML blocks leave them out. */
class InlineHtmlElementsTest {
  private static ReadResult<Article> parse(String body) {
    return MarkdownArticleReader.create().parse("---\ntitle: T\n---\n" + body, "inline.md");
  }

  private static String introText(ReadResult<Article> result) {
    return result.value().orElseThrow().introduction().stream()
        .map(block -> PlainText.of(((Paragraph) block).content())).reduce("", (a, b) -> a + "|" + b);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>", "<style>p{color:red}</style>", "<iframe>inner</iframe>",
      "<noscript>inner</noscript>", "<template>inner</template>", "<object>inner</object>",
      "<SCRIPT type=\"text/javascript\">alert(1)</SCRIPT >", "<script>a *b* [c](https://x.org) d</script>"})
  void anInlineElementIsLeftOutWithItsContentAndOneWarning(String element) {
    ReadResult<Article> result = parse("Text <b>x</b>." + element + " After.\n");
    assertThat(result.value().orElseThrow().introduction()).containsExactly(Paragraph.of("Text x. After."));
    Problem warning = result.warnings().get(result.warnings().size() - 1);
    assertThat(result.warnings()).extracting(Problem::code).containsOnly("raw-html").hasSize(3);
    assertThat(warning.location()).isEqualTo("inline.md:4:15");
    assertThat(warning.message()).startsWith("the HTML element '" + element.substring(0, Math.min(10, element.length())))
        .endsWith("was left out with its content");
    assertThat(warning.hint()).isEqualTo("write it in Markdown; Carepress never passes HTML through");
  }

  @Test
  void theContentIsLeftOutAcrossEmphasisAndLinesOfTheParagraph() {
    ReadResult<Article> result = parse("Before *a<script>b* c\nd</script> e* after.\n");
    assertThat(result.value().orElseThrow().introduction())
        .containsExactly(Paragraph.of(new Text("Before "), new Emphasis(List.of(new Text("a"))), new Text(" e* after.")));
    assertThat(result.warnings()).extracting(Problem::message)
        .containsExactly("the HTML element '<script>b* c' was left out with its content");
  }

  @Test
  void anUnclosedElementLeavesOutOnlyItsTagAndSaysSo() {
    ReadResult<Article> result = parse("Text <script>alert(1)\n\nNext </script> paragraph.\n");
    assertThat(introText(result)).isEqualTo("|Text alert(1)|Next  paragraph.");
    assertThat(result.warnings()).extracting(Problem::message).containsExactly(
        "the HTML tag '<script>' was left out, but it is not closed in this paragraph, so the text after it was kept",
        "the HTML tag '</script>' was left out (the text around it is kept)");
  }

  @Test
  void aSelfClosedOrEmptyElementHidesNothingElse() {
    // the spaces around a tag are kept as written, as around any other tag left out
    assertThat(introText(parse("A <iframe src=\"x\"/> b <script src=\"y\"></script> c.\n"))).isEqualTo("|A  b  c.");
  }

  @Test
  void theFirstClosingTagEndsTheElementAsInAnHtmlBlock() {
    assertThat(introText(parse("A <object>x <object>y</object> b</object> c.\n"))).isEqualTo("|A  b c.");
  }

  @Test
  void elementsInHeadingsTableCellsCalloutsAndKeyPointsAreLeftOutToo() {
    ReadResult<Article> result = parse(String.join("\n",
        "> [!NOTE]", "> Call<script>x()</script> us.", "", "## Care<style>h2{}</style> plan", "",
        "| A<iframe>f</iframe> | B |", "|---|---|", "| c<script>s</script> | d |", ""));
    Article article = result.value().orElseThrow();
    assertThat(article.toString()).doesNotContain("x()", "h2{}", "f</", "s</").contains("Care plan");
    assertThat(((Callout) article.introduction().get(0)).blocks())
        .containsExactly(Paragraph.of("Call us."));
    assertThat(result.warnings()).extracting(Problem::message)
        .filteredOn(m -> m.endsWith("left out with its content")).hasSize(4);
  }
}
