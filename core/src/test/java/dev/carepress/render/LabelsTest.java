package dev.carepress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void englishAndSpanish() {
    Labels en = Labels.forLanguage("en");
    Labels es = Labels.forLanguage("es-MX");
    assertThat(en.get("keyPoints")).isEqualTo("Key points");
    assertThat(es.get("keyPoints")).isEqualTo("Puntos clave");
    assertThat(en.date(LocalDate.of(2025, 3, 3))).isEqualTo("March 3, 2025");
    assertThat(es.date(LocalDate.of(2025, 3, 3))).isEqualTo("3 de marzo de 2025");
    assertThat(en.views(1)).isEqualTo("1 view");
    assertThat(en.views(2348)).isEqualTo("2,348 views");
    assertThat(en.joinNames(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    assertThat(en.format("reviewedBy", "Dana", "May 1")).isEqualTo("Medically reviewed by Dana on May 1");
  }

  @Test
  void otherLanguagesFallBackToEnglishWords() {
    Labels de = Labels.forLanguage("de");
    assertThat(de.get("keyPoints")).isEqualTo("Key points");
    assertThat(de.number(1234567)).doesNotContain(",");
    assertThat(Labels.hasTranslation("de")).isFalse();
    assertThat(Labels.hasTranslation("es")).isTrue();
  }

  @Test
  void overridesAndUnknownKeys() {
    assertThat(Labels.forLanguage("en").with("keyPoints", "At a glance").get("keyPoints")).isEqualTo("At a glance");
    assertThatThrownBy(() -> Labels.forLanguage("en").get("nope")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Labels.forLanguage("en").with("nope", "x")).isInstanceOf(IllegalArgumentException.class);
    // the typed builders' label(key, text) ends here: a typo gets the suggestion the setting gets
    assertThatThrownBy(() -> Labels.forLanguage("en").with("keyPoint", "At a glance"))
        .hasMessage("no label 'keyPoint'; did you mean 'keyPoints'? (Labels.keys() lists the keys)");
  }

  @Test
  void filipinoTakesTheTagalogLabels() {
    assertThat(Labels.forLanguage("fil").isTranslated()).isTrue();
    assertThat(Labels.forLanguage("fil").get("keyPoints")).isEqualTo(Labels.forLanguage("tl").get("keyPoints"));
  }
}
