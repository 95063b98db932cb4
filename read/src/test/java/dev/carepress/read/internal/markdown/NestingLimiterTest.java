package dev.carepress.read.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What reaches Flexmark: a line's markers and indentation are cut, its line kept. */
class NestingLimiterTest {
  private final List<Pos> tooDeep = new ArrayList<>();
  private final List<Pos> overIndented = new ArrayList<>();

  private SourceText limit(String text) {
    return NestingLimiter.limit(SourceText.of(text), tooDeep::add, overIndented::add);
  }

  private static int leadingBlanks(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  @Test
  void aListNestedByIndentationAloneHasItsIndentationCutSoFlexmarkDoesNotRescanItPerLevel() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    String[] lines = limit(text.toString()).text().split("\n", -1);

    assertThat(lines).hasSize(2001);
    assertThat(lines).allSatisfy(line -> assertThat(leadingBlanks(line)).isLessThanOrEqualTo(NestingLimiter.MAX_BLANKS));
    assertThat(lines[1999]).endsWith("- item 1999");
    assertThat(lines[10]).isEqualTo("  ".repeat(10) + "- item 10");
    assertThat(overIndented).isNotEmpty();
    assertThat(overIndented.get(0).line()).isEqualTo(NestingLimiter.MAX_BLANKS / 2 + 2);
    assertThat(tooDeep).isEmpty();
  }

  @Test
  void blanksBetweenQuoteMarkersCountAndAMarkerKeepsTheBlankAfterIt() {
    String line = "> " + " ".repeat(5000) + "- deep";
    String limited = limit(line).text();

    assertThat(limited).startsWith("> ").endsWith("- deep");
    assertThat(limited.chars().filter(c -> c == ' ').count()).isLessThanOrEqualTo(NestingLimiter.MAX_BLANKS + 2);
    assertThat(overIndented).hasSize(1);
  }

  @Test
  void usualIndentationIsLeftAsItIs() {
    String text = "- a\n  - b\n      code\n" + " ".repeat(NestingLimiter.MAX_BLANKS) + "x\n";
    SourceText body = SourceText.of(text);

    assertThat(NestingLimiter.limit(body, tooDeep::add, overIndented::add)).isSameAs(body);
    assertThat(overIndented).isEmpty();
  }
}
