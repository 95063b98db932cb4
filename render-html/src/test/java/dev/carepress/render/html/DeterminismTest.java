package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import dev.carepress.testing.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().baseUrl("https://health.example.org/").siteName("Example Health").build();

  @Test
  void renderingTwiceGivesIdenticalBytes() {
    for (Article article : SampleArticles.book().articles()) {
      assertThat(HTML.renderToBytes(article)).isEqualTo(HTML.renderToBytes(article));
    }
  }

  @Test
  void eightThreadsAtOnceGiveIdenticalBytes() throws Exception {
    Article article = SampleArticles.everything();
    byte[] expected = HTML.renderToBytes(article);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> HTML.renderToBytes(article)));
      }
      for (Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theDefaultLocaleDoesNotChangeTheOutput() {
    Locale before = Locale.getDefault();
    byte[] english = HTML.renderToBytes(SampleArticles.everything());
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(HTML.renderToBytes(SampleArticles.everything())).isEqualTo(english);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aSiteRenderedTwiceIsIdentical() throws Exception {
    assertThat(site()).isEqualTo(site());
  }

  private static Map<String, String> site() throws Exception {
    Map<String, String> files = new TreeMap<>();
    FileSink sink = path -> new ByteArrayOutputStream() {
      @Override
      public void close() {
        files.put(path, toString(java.nio.charset.StandardCharsets.UTF_8));
      }
    };
    HTML.renderSite(SampleArticles.book(), sink, RenderContext.defaults());
    return files;
  }

}
