package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.model.Article;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Person;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Thai handout dates itself in the Buddhist era, CLDR's calendar for Thai ("15 กันยายน พ.ศ.
 * 2569"), unless the {@code calendar} setting asks for the Gregorian one.
 */
class ThaiDatesTest {
  private static Article thai() {
    return Article.builder()
        .title("การล้างมือ")
        .slug("hands-th")
        .language("th")
        .published(LocalDate.of(2026, 9, 15))
        .lastReviewed(LocalDate.of(2026, 9, 15))
        .reviewer(Person.of("สมศรี มีสุข", "พ.บ."))
        .introduction(Paragraph.of("ล้างมือด้วยสบู่และน้ำ"))
        .build();
  }

  @Test
  void aThaiHandoutsDatesAreInTheBuddhistEra() throws Exception {
    String text = Pdfs.text(Pdfs.render(PdfRenderer.create(), thai()).bytes());
    assertThat(text).contains("15 กันยายน พ.ศ. 2569").doesNotContain("2026");
  }

  @Test
  void theGregorianCalendarIsOneSettingAway() throws Exception {
    PdfRenderer gregorian = PdfRenderer.builder().settings(Settings.of(Map.of("calendar", "gregorian"))).build();
    String text = Pdfs.text(Pdfs.render(gregorian, thai()).bytes());
    assertThat(text).contains("15 กันยายน ค.ศ. 2026").doesNotContain("2569");
    assertThat(Pdfs.render(PdfRenderer.builder().calendar("gregorian").build(), thai()).bytes())
        .isEqualTo(Pdfs.render(gregorian, thai()).bytes());
  }

  @Test
  void anUnknownCalendarIsRejectedNamingTheSettingAndTheCalendarsThereAre() {
    assertThatThrownBy(() -> PdfRenderer.builder().settings(Settings.of(Map.of("calendar", "julian"))).build())
        .isInstanceOf(SettingsException.class).hasMessageContaining("calendar")
        .hasMessageContaining("julian").hasMessageContaining("gregorian");
  }
}
