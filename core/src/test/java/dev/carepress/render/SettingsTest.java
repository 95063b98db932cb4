package dev.carepress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  enum PageSize { A4, US_LETTER }

  @Test
  void parsesPairsAndTypedValues() {
    Settings settings = Settings.parse(List.of("pageSize = us-letter", "largePrint=yes", "fontSize=12", "scale=1.5"));
    assertThat(settings.keys()).containsExactlyInAnyOrder("fontSize", "largePrint", "pageSize", "scale");
    assertThat(settings.asMap().keySet()).containsExactly("fontSize", "largePrint", "pageSize", "scale");
    assertThat(settings.enumValue("pageSize", PageSize.class, PageSize.A4)).isEqualTo(PageSize.US_LETTER);
    assertThat(settings.bool("largePrint", false)).isTrue();
    assertThat(settings.integer("fontSize", 10)).isEqualTo(12);
    assertThat(settings.number("scale", 1)).isEqualTo(1.5);
    assertThat(settings.bool("missing", true)).isTrue();
    assertThat(settings.with("fontSize", "14").integer("fontSize", 0)).isEqualTo(14);
    assertThat(Settings.of(Map.of("a", "1"))).isEqualTo(Settings.parse(List.of("a=1")));
  }

  @Test
  void badValuesNameKeyAndValue() {
    Settings settings = Settings.of(Map.of("largePrint", "maybe", "fontSize", "big", "pageSize", "A5"));
    assertThatThrownBy(() -> settings.bool("largePrint", false)).isInstanceOf(SettingsException.class)
        .hasMessage("setting 'largePrint' must be true or false, not 'maybe'");
    assertThatThrownBy(() -> settings.integer("fontSize", 1)).hasMessage("setting 'fontSize' must be a whole number, not 'big'");
    assertThatThrownBy(() -> settings.enumValue("pageSize", PageSize.class, PageSize.A4))
        .hasMessage("setting 'pageSize' must be one of A4, US_LETTER, not 'A5'");
    assertThatThrownBy(() -> Settings.parse(List.of("noEquals"))).hasMessageContaining("key=value");
  }

  @Test
  void requireKnownSuggestsTheClosestKey() {
    List<OptionInfo> options = List.of(OptionInfo.of("pageSize", "paper", "A4"), OptionInfo.of("largePrint", "big", "false"));
    assertThatThrownBy(() -> Settings.of(Map.of("pagesize", "A4")).requireKnown("pdf", options))
        .isInstanceOf(SettingsException.class)
        .hasMessage("unknown setting 'pagesize' for format 'pdf'; did you mean 'pageSize'? (known: largePrint, pageSize)");
    Settings.of(Map.of("pageSize", "A4")).requireKnown("pdf", options);
  }
}
