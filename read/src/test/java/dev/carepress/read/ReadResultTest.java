package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadResultTest {
  static final Problem WARNING = Problem.warning("w", "a.md", 1, 1, "careful", "");
  static final Problem ERROR = Problem.error("e", "a.md", 2, 3, "wrong", "fix it");

  @Test
  void valueIsPresentOnlyWithoutErrors() {
    ReadResult<String> ok = ReadResult.of("v", List.of(WARNING));
    assertThat(ok.value()).contains("v");
    assertThat(ok.orThrow()).isEqualTo("v");
    assertThat(ok.warnings()).containsExactly(WARNING);
    assertThat(ok.errors()).isEmpty();
    assertThat(ok.map(String::length).value()).contains(1);

    ReadResult<String> failed = ReadResult.of("v", List.of(WARNING, ERROR));
    assertThat(failed.value()).isEmpty();
    assertThat(failed.hasErrors()).isTrue();
    assertThatThrownBy(failed::orThrow)
        .isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems()).containsExactly(WARNING, ERROR))
        .hasMessageContaining("a.md:2:3: error: wrong (fix it)");
  }

  @Test
  void aFailureNeedsAnError() {
    assertThatThrownBy(() -> ReadResult.failure(List.of(WARNING))).isInstanceOf(IllegalArgumentException.class);
  }
}
