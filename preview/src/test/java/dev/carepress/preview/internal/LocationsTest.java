package dev.carepress.preview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import org.junit.jupiter.api.Test;

class LocationsTest {
  private static final String TEXT = "---\ntitle: T\n---\n\nIntro.\n\n  ![Steps](images/steps.png)\n";

  @Test
  void aRendererProblemWithoutLineIsGivenTheLineAndColumnOfWhatItNames() {
    Problem p = Problem.warning("image-left-out", "a.md", 0, 0,
        "the image 'images/steps.png' is not shown: it could not be found", "");
    Problem located = Locations.locate(TEXT, p);
    assertThat(located.line()).isEqualTo(7);
    assertThat(located.column()).isEqualTo(12);
    assertThat(located.message()).isEqualTo(p.message());
  }

  @Test
  void aProblemWhoseSubjectIsNotInTheTextKeepsLineZero() {
    Problem p = Problem.warning("image-left-out", "a.md", 0, 0, "the image 'other.png' is not shown", "");
    assertThat(Locations.locate(TEXT, p)).isEqualTo(p);
  }

  @Test
  void problemsThatHaveALineOrAnotherCodeAreLeftAlone() {
    Problem withLine = Problem.error("yaml", "a.md", 2, 3, "the value 'images/steps.png' …", "");
    Problem otherCode = Problem.error("duplicate-slug", "a.md", 0, 0, "the slug 'images/steps.png'", "");
    assertThat(Locations.locate(withLine)).isEqualTo(withLine);
    assertThat(Locations.locate(otherCode)).isEqualTo(otherCode);
  }
}
