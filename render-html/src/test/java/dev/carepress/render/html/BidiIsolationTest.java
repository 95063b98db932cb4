package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A Latin name inside an Arabic sentence cannot reorder it: the markup isolates user strings, and
 * Chromium draws the sentence in order. The same line with the isolation taken out (in the page,
 * by the script) is drawn scrambled, so the check is one that fails without {@code <bdi>}.
 */
class BidiIsolationTest {
  private static final Path ARABIC = SamplePages.ROOT.resolve("rtl/ghasl-al-yadayn.html");

  @Test
  void namesCrumbsCategoryAndTitlesAreIsolatedInTheMarkup() throws Exception {
    SamplePages.all();
    String page = Files.readString(ARABIC);
    assertThat(page)
        .contains("<p class=\"cp-byline\">بقلم <bdi>John Smith Jr.</bdi> و<bdi>Maria Lopez</bdi> و<bdi>Sam Lee</bdi></p>")
        .contains("<bdi><a href=\"https://health.example.org/people/ann-lee\">Ann Lee, MD</a></bdi>")
        .contains("<a href=\"https://health.example.org/ar/\"><bdi>الرئيسية</bdi></a>")
        .contains("<p class=\"cp-category\"><bdi>الوقاية</bdi></p>")
        .contains("<a href=\"https://health.example.org/hand-washing\"><bdi>Hand washing</bdi></a>")
        .contains("<cite><bdi><a href=\"https://www.cdc.gov/clean-hands/\">Clean Hands</a></bdi></cite>")
        .contains("<dfn dir=\"auto\">الجراثيم</dfn>");
  }

  @Test
  void latinAuthorsKeepTheirOrderAndTheArabicSentenceReadsRightToLeft() throws Exception {
    Browser.assumeAvailable();
    SamplePages.all();
    JsonNode result = Browser.run("bidi", ARABIC.toAbsolutePath().toString(), ".cp-byline");
    assertThat(result.get("text").asString()).isEqualTo("بقلم John Smith Jr. وMaria Lopez وSam Lee");
    List<JsonNode> isolated = result.get("isolated").valueStream().toList();
    List<JsonNode> plain = result.get("plain").valueStream().toList();
    int by = 0;
    int john = index(isolated, "J");
    int period = index(isolated, ".");
    int r = period - 1;
    assertThat(isolated.get(r).get("ch").asString()).isEqualTo("r");
    int maria = index(isolated, "M");
    int sam = index(isolated, "S", maria);
    assertThat(left(isolated, by)).as("'بقلم' first, right of every name").isGreaterThan(right(isolated, period));
    assertThat(left(isolated, john)).as("first name right of the second").isGreaterThan(right(isolated, maria + 9));
    assertThat(left(isolated, maria)).as("second name right of the third").isGreaterThan(right(isolated, sam + 5));
    assertThat(left(isolated, period)).as("'Jr.' keeps its period after the r").isGreaterThan(left(isolated, r));
    // the control: without isolation the period takes the Arabic sentence's direction and is drawn
    // left of the whole name (".John Smith Jr"), so the check fails when <bdi> is missing
    assertThat(left(plain, period)).isLessThan(left(plain, john));
  }

  @Test
  void reviewerSentenceKeepsItsWordsAroundTheLatinName() throws Exception {
    Browser.assumeAvailable();
    SamplePages.all();
    JsonNode result = Browser.run("bidi", ARABIC.toAbsolutePath().toString(), ".cp-reviewed");
    String text = result.get("text").asString();
    assertThat(text).startsWith("المراجعة الطبية: Ann Lee, MD، بتاريخ");
    List<JsonNode> chars = result.get("isolated").valueStream().toList();
    int first = 0;
    int a = index(chars, "A");
    int d = index(chars, "D");
    int after = index(chars, "ب", d);
    assertThat(left(chars, first)).as("'المراجعة' right of the name").isGreaterThan(right(chars, d));
    assertThat(left(chars, a)).as("the name in its own order").isLessThan(left(chars, d));
    assertThat(right(chars, after)).as("'بتاريخ' left of the name").isLessThan(left(chars, a));
  }

  private static int index(List<JsonNode> chars, String ch) {
    return index(chars, ch, 0);
  }

  /** The first character {@code ch} drawn at or after logical position {@code from}. */
  private static int index(List<JsonNode> chars, String ch, int from) {
    for (int i = from; i < chars.size(); i++) {
      if (chars.get(i).get("ch").asString().equals(ch)) {
        return i;
      }
    }
    throw new AssertionError("no '" + ch + "' drawn");
  }

  private static double left(List<JsonNode> chars, int i) {
    return chars.get(i).get("left").asDouble();
  }

  private static double right(List<JsonNode> chars, int i) {
    return chars.get(i).get("right").asDouble();
  }
}
