package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.model.Article;
import dev.carepress.model.Paragraph;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Thai page dates itself in the Buddhist era, CLDR's calendar for Thai, as the PDF handout does;
 * the {@code calendar} setting gives the Gregorian one (it was declared by the PDF format only, so
 * {@code --set calendar=gregorian} left the page in the Buddhist era).
 */
class ThaiDatesTest {
  private static final Article THAI = Article.builder().title("การล้างมือ").slug("hands-th").language("th")
      .published(LocalDate.of(2026, 9, 15)).introduction(Paragraph.of("ล้างมือด้วยสบู่และน้ำ")).build();

  @Test
  void aThaiPagesDatesAreInTheBuddhistEraByDefault() {
    assertThat(HtmlRenderer.create().renderToString(THAI)).contains("15 กันยายน พ.ศ. 2569");
  }

  @Test
  void theCalendarSettingGivesAThaiPageWesternYears() {
    String page = HtmlRenderer.builder().apply(Settings.of(Map.of("calendar", "gregorian"))).build().renderToString(THAI);
    assertThat(page).contains("15 กันยายน ค.ศ. 2026").doesNotContain("2569");
    assertThat(((HtmlRenderer) Renderers.discover().require("html", Settings.of(Map.of("calendar", "gregorian"))))
        .renderToString(THAI)).isEqualTo(page);
  }

  @Test
  void anUnknownCalendarIsRejectedNamingTheSettingAndTheCalendarsThereAre() {
    assertThatThrownBy(() -> HtmlRenderer.builder().apply(Settings.of(Map.of("calendar", "julian"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("calendar")
        .hasMessageContaining("julian").hasMessageContaining("gregorian");
  }
}
