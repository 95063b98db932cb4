package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Book;
import dev.carepress.testing.SampleArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The same input gives the same bytes: no clock, no randomness, no platform defaults. */
class DeterminismTest {
  private final Book book = SampleArticles.book();

  @Test
  void twoRendersOfABookAreByteIdentical() {
    assertThat(Epubs.book(book)).isEqualTo(Epubs.book(book));
  }

  @Test
  void twoRendersOfAnArticleAreByteIdentical() {
    assertThat(Epubs.article(SampleArticles.everything())).isEqualTo(Epubs.article(SampleArticles.everything()));
  }

  @Test
  void bytesDoNotDependOnTheTimeZoneOrLocale() {
    byte[] expected = Epubs.book(book);
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      // zip timestamps written with ZipEntry.setTime would shift with the zone
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Epubs.book(book)).isEqualTo(expected);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(Epubs.book(book)).isEqualTo(expected);
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void oneRendererGivesTheSameBytesFromEightThreadsAtOnce() throws Exception {
    EpubRenderer renderer = EpubRenderer.create();
    byte[] expected = Epubs.book(book);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> Epubs.book(renderer, book, dev.carepress.render.RenderContext.defaults())));
      }
      for (Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
