package dev.carepress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.FileSink;
import dev.carepress.render.Format;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site's article pages go into the output folder while the site is still being rendered, as soon
 * as the article is done in every other format: a batch killed part way (the JVM gone, no clean-up)
 * keeps the pages it finished, as it keeps the handouts (the process-level kill test is the cli's
 * KillSafetyIT). What the site renderer sees of the output folder, while it writes, is recorded.
 */
class EarlySitePagesTest {
  @TempDir Path dir;

  private final List<String> seen = new ArrayList<>();

  private void articles(String... titles) throws IOException {
    for (String title : titles) {
      Path file = dir.resolve("articles").resolve(title.toLowerCase() + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "---\ntitle: " + title + "\nsummary: About " + title + ".\n---\nText.\n",
          StandardCharsets.UTF_8);
    }
  }

  private Path out() {
    return dir.resolve("out");
  }

  @Test
  void aSiteOnlyBatchMovesEachPageIntoPlaceWhenItIsWrittenAndTheIndexAtTheEnd() throws IOException {
    articles("Asthma", "Flu", "Gout");
    Renderers renderers = Renderers.builder().discover(false).add(site(false)).build();

    BatchResult result = Batch.builder().input(dir.resolve("articles")).out(out()).renderers(renderers).jobs(2)
        .build().run();

    assertThat(result.hasErrors()).isFalse();
    assertThat(seen).containsExactly(
        "after asthma.html: [asthma.html]",
        "after flu.html: [asthma.html, flu.html]",
        "after gout.html: [asthma.html, flu.html, gout.html]");
    assertThat(visible()).containsExactly("asthma.html", "flu.html", "gout.html", "index.html");
    assertThat(hidden()).isEmpty();
  }

  @Test
  void withOtherFormatsAPageGoesIntoPlaceOnceItsArticleIsDoneInThemAll() throws IOException {
    articles("Asthma", "Flu", "Broken");
    Renderers renderers = Renderers.builder().discover(false)
        .add(TestRenderers.provider("txt", false)).add(site(true)).build();

    BatchResult result = Batch.builder().input(dir.resolve("articles")).out(out()).renderers(renderers).jobs(2)
        .build().run();

    // before the index: the pages of the articles done everywhere, never the page of the one that failed
    // (the site is rendered twice: the second time without Broken, as always for an article failed elsewhere)
    assertThat(seen).isNotEmpty().containsOnly("before index.html: [asthma.html, asthma.txt, flu.html, flu.txt]");
    assertThat(result.rendered()).isEqualTo(2);
    assertThat(visible()).containsExactly("asthma.html", "asthma.txt", "flu.html", "flu.txt", "index.html");
  }

  private List<String> visible() throws IOException {
    try (var files = Files.list(out())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }

  private List<String> hidden() throws IOException {
    try (var files = Files.list(out())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
    }
  }

  // A site format that records what is in the output folder after each page (site only), or, with
  // other formats, once their files are all in place (or failed), just before it writes the index.
  private RendererProvider site(boolean waitForOthers) {
    Format format = Format.of("site", "html", "text/html", "a site for tests");
    Renderer renderer = new Renderer() {
      @Override
      public Format format() {
        return format;
      }

      @Override
      public boolean rendersSite() {
        return true;
      }

      @Override
      public void render(Article article, OutputStream out, RenderContext context) throws IOException {
        out.write((article.title() + "\n").getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public void renderBook(Book book, OutputStream out, RenderContext context) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void renderSite(Book book, FileSink sink, RenderContext context) throws IOException {
        for (Article article : book.articles()) {
          String page = article.slug() + ".html";
          try (OutputStream out = sink.open(page)) {
            render(article, out, context);
          }
          if (!waitForOthers) {
            seen.add("after " + page + ": " + visible());
          }
        }
        if (waitForOthers) {
          awaitOthers(2); // Asthma and Flu done in txt, and their pages in place (or 30 s gone by)
          seen.add("before index.html: " + visible());
        }
        try (OutputStream out = sink.open("index.html")) {
          out.write("index\n".getBytes(StandardCharsets.UTF_8));
        }
      }
    };
    return new RendererProvider() {
      @Override
      public Format format() {
        return format;
      }

      @Override
      public List<dev.carepress.render.Option<?>> options() {
        return List.of();
      }

      @Override
      public Renderer create(Settings settings) {
        return renderer;
      }
    };
  }

  private void awaitOthers(int count) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while ((visible().stream().filter(n -> n.endsWith(".txt")).count() < count
        || visible().stream().filter(n -> n.endsWith(".html")).count() < count) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
