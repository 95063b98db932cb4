package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.model.Article;
import dev.carepress.model.Paragraph;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Thai e-book dates its chapters in the Buddhist era, CLDR's calendar for Thai, as the PDF
 * handout does; the {@code calendar} setting gives the Gregorian one.
 */
class ThaiDatesTest {
  private static final Article THAI = Article.builder().title("การล้างมือ").slug("hands-th").language("th")
      .published(LocalDate.of(2026, 9, 15)).introduction(Paragraph.of("ล้างมือด้วยสบู่และน้ำ")).build();

  private static String chapter(EpubRenderer renderer) {
    return Epubs.text(Epubs.article(renderer, THAI, RenderContext.defaults()), "EPUB/text/hands-th.xhtml");
  }

  @Test
  void aThaiChaptersDatesAreInTheBuddhistEraByDefault() {
    assertThat(chapter(EpubRenderer.create())).contains("15 กันยายน พ.ศ. 2569");
  }

  @Test
  void theCalendarSettingGivesAThaiChapterWesternYears() {
    EpubRenderer gregorian = (EpubRenderer) Renderers.discover().require("epub",
        Settings.of(Map.of("calendar", "gregorian")));
    assertThat(chapter(gregorian)).contains("15 กันยายน ค.ศ. 2026").doesNotContain("2569");
  }

  @Test
  void anUnknownCalendarIsRejectedNamingTheSettingAndTheCalendarsThereAre() {
    assertThatThrownBy(() -> EpubRenderer.builder().apply(Settings.of(Map.of("calendar", "julian"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("calendar")
        .hasMessageContaining("julian").hasMessageContaining("gregorian");
  }
}
