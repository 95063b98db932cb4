package dev.carepress.preview.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryTest {
  @Test
  void settingsAreReadFromTheQuery() {
    assertThat(Query.settings("pageSize=LETTER&largePrint=true"))
        .isEqualTo(Map.of("pageSize", "LETTER", "largePrint", "true"));
    assertThat(Query.settings(null)).isEmpty();
    assertThat(Query.settings("")).isEmpty();
    assertThat(Query.settings("a=1&&b=2")).isEqualTo(Map.of("a", "1", "b", "2"));
    assertThat(Query.settings("flag")).isEqualTo(Map.of("flag", ""));
    assertThat(Query.settings("siteUrl=a+b%2Bc%20d")).isEqualTo(Map.of("siteUrl", "a b+c d"));
  }

  @Test
  void aKeyGivenTwiceIsRefused() {
    assertThatThrownBy(() -> Query.settings("pageSize=A4&pageSize=LETTER")).hasMessageContaining("given twice");
  }

  @Test
  void keysAreSettingNamesAndValuesHoldNoControlCharacter() {
    assertThatThrownBy(() -> Query.settings("page%20Size=A4")).hasMessageContaining("is not the name of a setting");
    assertThatThrownBy(() -> Query.settings("=A4")).hasMessageContaining("is not the name of a setting");
    assertThatThrownBy(() -> Query.settings("k%C3%A9y=1")).hasMessageContaining("is not the name of a setting");
    assertThatThrownBy(() -> Query.settings("siteUrl=a%0Ab")).hasMessageContaining("control character");
    assertThatThrownBy(() -> Query.settings("siteUrl=%zz")).hasMessageContaining("percent-encoding");
  }

  @Test
  void aQueryHasAtMostSoManySettings() {
    assertThatThrownBy(() -> Query.settings("a=1&".repeat(Query.MAX_PARAMETERS + 1)))
        .hasMessageContaining("more than " + Query.MAX_PARAMETERS);
  }
}
