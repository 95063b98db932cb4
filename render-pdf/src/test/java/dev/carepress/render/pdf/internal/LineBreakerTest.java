package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** The line breaker, with the bundled fonts' real widths. */
class LineBreakerTest {
  private static final Fonts FONTS = new Fonts(List.of(), List.of());
  private static final Style STYLE = Style.plain(Fonts.REGULAR, 12f, 0, null);
  private static final float SLACK = 0.001f;

  private static List<Line> lines(String text, float width) {
    List<Item> items = new ArrayList<>();
    new Shaper(FONTS, new Diagnostics(p -> { })).shape(text, STYLE, false, items);
    return new LineBreaker(FONTS).breakLines(items, width);
  }

  private static String text(Line line) {
    return line.runs().stream().map(Run::text).collect(Collectors.joining());
  }

  private static List<String> texts(String text, float width) {
    return lines(text, width).stream().map(LineBreakerTest::text).collect(Collectors.toList());
  }

  private static float width(String text) {
    return lines(text, Float.MAX_VALUE).get(0).width();
  }

  @Test
  void aWordOfTwoHundredThousandLettersIsCutIntoLinesThatFitAndGiveItBack() {
    // measured only as far as each cut (it was measured whole for every line: minutes for 2 MB)
    String word = "abcdefghij".repeat(20_000) + "\u00e9\ud83d\ude00z";
    float width = width("abcdefghijabcdefghijabcdefghij");
    List<Line> lines = lines(word, width);

    assertThat(lines.stream().map(LineBreakerTest::text).collect(Collectors.joining())).isEqualTo(word);
    assertThat(lines).hasSizeGreaterThan(6_000);
    for (Line line : lines.subList(0, lines.size() - 2)) {
      assertThat(line.width()).isLessThanOrEqualTo(width + SLACK);
      assertThat(line.width()).isCloseTo(width(text(line)), org.assertj.core.api.Assertions.within(SLACK));
    }
  }

  @Test
  void textThatFitsStaysOnOneLine() {
    String text = "Wash your hands often.";
    assertThat(texts(text, width(text) + 1f)).containsExactly(text);
  }

  @Test
  void linesBreakAtSpacesAndDropTheSpaceAtTheBreak() {
    String text = "Wash your hands with soap and water for twenty seconds.";
    float width = width("Wash your hands with") + 1f;
    List<String> lines = texts(text, width);
    assertThat(lines).containsExactly("Wash your hands with", "soap and water for", "twenty seconds.");
    assertThat(lines(text, width)).allMatch(l -> l.width() <= width + SLACK);
  }

  @Test
  void aLineMayBreakAfterAHyphenInsideAWord() {
    float width = Math.max(width("A well-"), width("known rule")) + 1f;
    assertThat(width("A well-known")).isGreaterThan(width);
    assertThat(texts("A well-known rule", width)).containsExactly("A well-", "known rule");
  }

  @Test
  void aSoftHyphenIsInvisibleUnlessTheLineBreaksThereThenItIsDrawn() {
    String word = "extra\u00ADordinarily";
    assertThat(texts(word, 500f)).containsExactly("extraordinarily");
    float width = Math.max(width("extra-"), width("ordinarily")) + 1f;
    assertThat(width("extraordinarily")).isGreaterThan(width);
    assertThat(texts(word, width)).containsExactly("extra-", "ordinarily");
  }

  @Test
  void aLongUrlBreaksAfterItsSlashes() {
    String url = "https://example.org/health/asthma/inhalers";
    List<String> lines = texts(url, width("https://example.org/health/") + 1f);
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join("", lines)).isEqualTo(url);
    assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.endsWith("/"));
  }

  @Test
  void aWordWiderThanTheLineIsCutBetweenCharactersAndNothingIsLost() {
    String word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
    float width = width("Pneumono") + 0.5f;
    List<Line> lines = lines(word, width);
    assertThat(lines).hasSizeGreaterThan(4);
    assertThat(lines).allMatch(l -> l.width() <= width + SLACK);
    assertThat(lines.stream().map(LineBreakerTest::text).collect(Collectors.joining())).isEqualTo(word);
  }

  @Test
  void onlyASingleCharacterWiderThanTheLineOverflows() {
    List<Line> lines = lines("WWW", width("W") / 2);
    assertThat(lines).extracting(LineBreakerTest::text).containsExactly("W", "W", "W");
  }

  @Property(tries = 300)
  void noLineIsWiderThanTheColumnAndNoWordIsLostOrReordered(
      @ForAll @Size(min = 1, max = 40) List<@StringLength(min = 1, max = 14) @Chars({'a', 'e', 'i', 'm', 'o', 'W',
          'l', '-', '.', '/'}) String> words,
      @ForAll @FloatRange(min = 20f, max = 400f) float width) {
    String text = String.join(" ", words);
    List<Line> lines = lines(text, width);
    for (Line line : lines) {
      String t = text(line);
      assertThat(line.width() <= width + SLACK || t.codePointCount(0, t.length()) == 1)
          .as("line '%s' (%.2f pt) in %.2f pt", t, line.width(), width).isTrue();
      assertThat(t).doesNotStartWith(" ").doesNotEndWith(" ");
    }
    assertThat(lines.stream().map(LineBreakerTest::text).collect(Collectors.joining()).replace(" ", ""))
        .isEqualTo(text.replace(" ", ""));
  }

  @Property(tries = 100)
  void aLineBreaksOnlyWhereTheNextWordWouldNotFit(
      @ForAll @Size(min = 2, max = 30) List<@StringLength(min = 1, max = 10) @Chars({'a', 'n', 'o', 's'}) String> words,
      @ForAll @IntRange(min = 60, max = 300) int width) {
    List<String> lines = texts(String.join(" ", words), width);
    for (int i = 0; i + 1 < lines.size(); i++) {
      String next = lines.get(i + 1).split(" ")[0];
      assertThat(width(lines.get(i) + " " + next)).as("'%s' + '%s'", lines.get(i), next).isGreaterThan(width);
    }
  }
}
