package dev.carepress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckMojoGradeTest {
  @Test
  void aWholeGradeIsShownAsTheUserWroteIt() {
    // <maxGrade>0</maxGrade> was reported as "<maxGrade>0.0</maxGrade>"
    assertThat(CheckMojo.grade(0)).isEqualTo("0");
    assertThat(CheckMojo.grade(25)).isEqualTo("25");
    assertThat(CheckMojo.grade(6.5)).isEqualTo("6.5");
  }
}
