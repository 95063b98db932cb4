package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class FooterLinesTest {
  /** One unit of width a character. */
  private static final ToDoubleFunction<String> LENGTH = String::length;

  @Test
  void partsStayWholeAndTogetherWhileTheyFit() {
    assertThat(FooterLines.wrap("aaaa \u00b7 bb \u00b7 cccc", 11, LENGTH)).containsExactly("aaaa \u00b7 bb", "cccc");
  }

  @Test
  void aPartWiderThanALineBreaksAtItsSpacesAndTheNextPartFollowsOnItsLastLine() {
    assertThat(FooterLines.wrap("one two three \u00b7 12", 10, LENGTH)).containsExactly("one two", "three \u00b7 12");
  }

  @Test
  void anAddressWiderThanALineBreaksAfterASlashButNotBetweenTwo() {
    assertThat(FooterLines.wrap("https://x.org/a/b", 12, LENGTH)).containsExactly("https://", "x.org/a/b");
  }

  @Test
  void aWordWiderThanALineIsBrokenBetweenLettersWithNothingLost() {
    assertThat(FooterLines.wrap("abcdefghij \u00b7 1", 4, LENGTH)).containsExactly("abcd", "efgh", "ij", "1");
  }
}
