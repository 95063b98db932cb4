package dev.carepress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemLocatedAtTest {
  private static final String TEXT = "---\ntitle: T\n---\n\nÜber: ![A chart](chart.png) and chart.png again\n";

  @Test
  void aProblemWithoutALineIsPlacedAtTheFirstPlaceTheTextHoldsItsSubject() {
    Problem p = Problem.warning("image-left-out", "a.md", 0, 0, "the image 'chart.png' is not shown", "hint");

    Problem placed = p.locatedAt(TEXT, "chart.png");

    assertThat(placed).isEqualTo(
        Problem.warning("image-left-out", "a.md", 5, 18, "the image 'chart.png' is not shown", "hint"));
  }

  @Test
  void aProblemWithALineOrASubjectNotInTheTextStaysAsItIs() {
    Problem placedAlready = Problem.error("x", "a.md", 2, 3, "the image 'chart.png'", "");
    Problem elsewhere = Problem.error("x", "a.md", 0, 0, "the image 'other.png'", "");

    assertThat(placedAlready.locatedAt(TEXT, "chart.png")).isSameAs(placedAlready);
    assertThat(elsewhere.locatedAt(TEXT, "other.png")).isSameAs(elsewhere);
    assertThat(elsewhere.locatedAt(TEXT, "")).isSameAs(elsewhere);
  }
}
