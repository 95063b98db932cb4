package dev.carepress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionValuesTest {
  enum PageSize { A4, US_LETTER }

  static final Option<PageSize> PAGE_SIZE = Option.choice("pageSize", PageSize.class, PageSize.A4, true, "paper");
  static final Option<Boolean> LARGE_PRINT = Option.flag("largePrint", false, "big");
  static final Option<Integer> FONT_SIZE = Option.integer("fontSize", 12, 6, 72, "points");
  static final Option<String> SITE = Option.text("site", "", "footer");
  static final Option<Map<String, String>> LABELS = Option.prefixed("labels", "label texts");
  static final List<Option<?>> ALL = List.of(PAGE_SIZE, LARGE_PRINT, FONT_SIZE, SITE, LABELS);

  @Test
  void settingsAreReadThroughTheirDeclarations() {
    Settings settings = Settings.parse(List.of("pageSize = us-letter", "largePrint=yes", "fontSize=14",
        "labels.keyPoints=At a glance", "labels.views.other={0} reads"));
    assertThat(settings.asMap().keySet())
        .containsExactly("fontSize", "labels.keyPoints", "labels.views.other", "largePrint", "pageSize");
    OptionValues values = OptionValues.builder(ALL).apply("pdf", settings).build();
    assertThat(values.get(PAGE_SIZE)).isEqualTo(PageSize.US_LETTER);
    assertThat(values.get(LARGE_PRINT)).isTrue();
    assertThat(values.get(FONT_SIZE)).isEqualTo(14);
    assertThat(values.get(SITE)).isEmpty();
    assertThat(values.isSet(SITE)).isFalse();
    assertThat(values.get(LABELS)).containsExactly(Map.entry("keyPoints", "At a glance"),
        Map.entry("views.other", "{0} reads"));
  }

  @Test
  void valuesGoBackToTheSettingsThatMakeThem() {
    OptionValues values = OptionValues.builder(ALL).set(PAGE_SIZE, PageSize.US_LETTER).set(FONT_SIZE, 16)
        .set(LABELS, Map.of("keyPoints", "At a glance")).build();
    Settings settings = values.toSettings();
    assertThat(settings.asMap())
        .containsExactly(Map.entry("fontSize", "16"), Map.entry("labels.keyPoints", "At a glance"),
            Map.entry("pageSize", "US_LETTER"));
    assertThat(OptionValues.builder(ALL).apply("pdf", settings).build()).isEqualTo(values);
  }

  @Test
  void badValuesNameKeyValueAndWhatIsAllowed() {
    assertThatThrownBy(() -> OptionValues.builder(ALL).apply("pdf", Settings.of(Map.of("largePrint", "maybe"))))
        .isInstanceOf(SettingsException.class)
        .hasMessage("setting 'largePrint' must be true or false, not 'maybe'");
    assertThatThrownBy(() -> FONT_SIZE.parse("big")).hasMessage("setting 'fontSize' must be a whole number, not 'big'");
    assertThatThrownBy(() -> FONT_SIZE.parse("99")).hasMessage("setting 'fontSize' must be from 6 to 72, not '99'");
    assertThatThrownBy(() -> PAGE_SIZE.parse("A5")).hasMessage("setting 'pageSize' must be one of A4, US_LETTER, not 'A5'");
    assertThatThrownBy(() -> Settings.parse(List.of("noEquals"))).hasMessageContaining("key=value");
  }

  @Test
  void aWholeNumberWithoutUpperBoundSaysSo() {
    Option<Integer> toc = Option.integer("toc", 3, 1, Integer.MAX_VALUE, "sections for a table of contents");
    assertThat(toc.type()).isEqualTo("integer 1 or more");
    assertThatThrownBy(() -> toc.parse("0")).hasMessage("setting 'toc' must be 1 or more, not '0'");
    assertThat(Option.integer("depth", 2, 1, 6, "levels").type()).isEqualTo("integer 1–6");
  }

  @Test
  void valuesFromCodeAreCheckedToo() {
    assertThatThrownBy(() -> OptionValues.builder(ALL).set(FONT_SIZE, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("fontSize must be from 6 to 72, not 2");
    Option<Integer> other = Option.integer("other", 1, 0, 9, "not declared");
    assertThatThrownBy(() -> OptionValues.builder(ALL).set(other, 3)).hasMessageContaining("not one of these options");
  }

  @Test
  void anUnknownKeySuggestsTheClosestOne() {
    assertThatThrownBy(() -> OptionValues.builder(ALL).apply("pdf", Settings.of(Map.of("pagesize", "A4"))))
        .isInstanceOf(SettingsException.class)
        .hasMessage("unknown setting 'pagesize' for format 'pdf'; did you mean 'pageSize'?"
            + " (known: fontSize, labels.KEY, largePrint, pageSize, site)");
  }

  @Test
  void aChoiceIsWrittenTheWayItIsDeclared() {
    Option<PageSize> lower = Option.choice("size", PageSize.class, PageSize.A4, "paper");
    assertThat(lower.values()).containsExactly("a4", "us-letter");
    assertThat(lower.defaultText()).isEqualTo("a4");
    assertThat(lower.parse("US_LETTER")).isEqualTo(PageSize.US_LETTER);
    assertThat(PAGE_SIZE.values()).containsExactly("A4", "US_LETTER");
  }

  @Test
  void twoOptionsWithOneKeyAreRefused() {
    assertThatThrownBy(() -> OptionValues.builder(List.of(SITE, Option.text("site", "x", "again"))))
        .hasMessage("two options with the key 'site'");
  }
}
