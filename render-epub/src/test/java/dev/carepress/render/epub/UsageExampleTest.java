package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.Renderer;
import dev.carepress.render.Renderers;
import dev.carepress.testing.SampleArticles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of the Javadoc and the README, run as written. */
class UsageExampleTest {
  @TempDir Path dir;

  @Test
  void javadocExampleWritesABookAndAnArticle() throws Exception {
    Book book = SampleArticles.book();
    Article article = SampleArticles.everything();
    EpubRenderer.create().renderBook(book, dir.resolve("out/everyday-health.epub"));
    EpubRenderer.builder().tocDepth(1).build().render(article, dir.resolve("asthma.epub"));
    assertThat(dir.resolve("out/everyday-health.epub")).isRegularFile();
    assertThat(Files.readAllBytes(dir.resolve("asthma.epub"))).startsWith("PK".getBytes());
  }

  @Test
  void discoveredRendererWritesToAStream() throws Exception {
    Renderer epub = Renderers.discover().require("epub");
    Path file = dir.resolve("asthma.epub");
    try (OutputStream out = Files.newOutputStream(file)) {
      epub.render(SampleArticles.everything(), out);
    }
    assertThat(EpubCheckSupport.check(Files.readAllBytes(file), "asthma.epub").errors()).isEmpty();
  }
}
