package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts and durations in the closing line. */
class WordsTest {

  @Test
  void countsArePluralExceptOne() {
    assertThat(Words.count(0, "file")).isEqualTo("0 files");
    assertThat(Words.count(1, "file")).isEqualTo("1 file");
    assertThat(Words.count(21, "file")).isEqualTo("21 files");
  }

  @Test
  void durationsHaveOneDecimalUnderTenSeconds() {
    assertThat(Words.duration(1_234_000_000L)).isEqualTo("1.2 s");
    assertThat(Words.duration(42_600_000_000L)).isEqualTo("43 s");
    assertThat(Words.duration(125_000_000_000L)).isEqualTo("2 min 5 s");
  }

  @Test
  void problemsLeaveOutWhatIsZero() {
    assertThat(Words.problems(0, 0)).isEmpty();
    assertThat(Words.problems(1, 0)).isEqualTo("1 error");
    assertThat(Words.problems(0, 3)).isEqualTo("3 warnings");
    assertThat(Words.problems(2, 1)).isEqualTo("2 errors, 1 warning");
  }
}
