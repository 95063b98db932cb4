package dev.carepress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.StreamedBook;
import dev.carepress.render.Format;
import dev.carepress.render.Option;
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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that renders only a book reads a long book's articles when a renderer needs them (a
 * renderer that writes in two passes reads them twice) and a short one whole: the same files with
 * the same bytes either way, the same errors for a bad article, and no book when an article
 * vanishes between the passes.
 */
class StreamedBookBatchTest {
  private static final String BOUND = "carepress.bookReadWholeUpTo";
  /** Run between a two-pass renderer's passes. */
  private static volatile Runnable betweenPasses = () -> {};

  @TempDir Path dir;

  @AfterEach
  void reset() {
    System.clearProperty(BOUND);
    betweenPasses = () -> {};
  }

  @Test
  void aStreamedBookGivesTheFilesOfTheBookReadWhole() throws IOException {
    Path book = book(12);
    BatchResult whole = run(book, "whole", false);
    BatchResult streamed = run(book, "streamed", true);

    assertThat(whole.book()).isEqualTo(BatchResult.BookOutcome.RENDERED);
    assertThat(streamed.book()).isEqualTo(BatchResult.BookOutcome.RENDERED);
    assertThat(streamed.written()).hasSize(2);
    for (String file : List.of("health.txt", "health.two")) {
      assertThat(dir.resolve("streamed").resolve(file)).hasSameBinaryContentAs(dir.resolve("whole").resolve(file));
    }
    assertThat(Files.readString(dir.resolve("streamed/health.two"))).startsWith("12 articles\nArticle 0\n");
  }

  @Test
  void aBadArticleOfAStreamedBookIsReportedAsWhenTheBookIsReadWhole() throws IOException {
    Path book = book(6);
    Path bad = dir.resolve("book/a3.md");
    Files.writeString(bad, "---\ntitle: [unclosed\n---\nText.\n");
    BatchResult whole = run(book, "whole", false);
    BatchResult streamed = run(book, "streamed", true);

    assertThat(streamed.book()).isEqualTo(BatchResult.BookOutcome.NOT_RENDERED);
    assertThat(errors(streamed)).isNotEmpty().isEqualTo(errors(whole));
    assertThat(errors(streamed)).allMatch(p -> p.source().equals(bad.toString()) && p.line() > 0);
    assertThat(dir.resolve("streamed")).isEmptyDirectory();
  }

  @Test
  void anArticleThatVanishesBetweenThePassesIsAnErrorNamingItAndNoBookIsWritten() throws IOException {
    Path book = book(10);
    Path vanishing = dir.resolve("book/a7.md");
    betweenPasses = () -> {
      try {
        Files.delete(vanishing);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    BatchResult streamed = run(book, "streamed", true);

    assertThat(streamed.book()).isEqualTo(BatchResult.BookOutcome.NOT_RENDERED);
    assertThat(errors(streamed)).anyMatch(p -> p.source().equals(vanishing.toString()));
    assertThat(streamed.written()).isEmpty();
    assertThat(dir.resolve("streamed")).isEmptyDirectory();
  }

  private static List<Problem> errors(BatchResult result) {
    return result.problems().all().stream().filter(Problem::isError).toList();
  }

  private BatchResult run(Path book, String out, boolean stream) {
    if (stream) {
      System.setProperty(BOUND, "0");
    } else {
      System.clearProperty(BOUND);
    }
    Renderers renderers = Renderers.builder().discover(false).add(TestRenderers.provider("txt", false))
        .add(twoPasses()).build();
    return Batch.builder().book(book).bookOnly(true).out(dir.resolve(out)).jobs(2).renderers(renderers)
        .format("txt").format("two").build().run();
  }

  private Path book(int count) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("book"));
    StringBuilder yaml = new StringBuilder("title: Health\narticles:\n");
    for (int i = 0; i < count; i++) {
      Files.writeString(folder.resolve("a" + i + ".md"), "---\ntitle: Article " + i + "\n---\nText " + i + ".\n");
      yaml.append("  - a").append(i).append(".md\n");
    }
    return Files.writeString(folder.resolve("book.yaml"), yaml);
  }

  /** A format whose book is written in two passes over a streamed book: a count, then the titles. */
  private static RendererProvider twoPasses() {
    Format format = Format.of("two", "two", "text/plain", "two passes, for tests");
    return new RendererProvider() {
      @Override public Format format() { return format; }
      @Override public List<Option<?>> options() { return List.of(); }
      @Override public Renderer create(Settings settings) {
        return new Renderer() {
          @Override public Format format() { return format; }
          @Override public void render(Article article, OutputStream out, RenderContext context) throws IOException {
            out.write((article.title() + "\n").getBytes(StandardCharsets.UTF_8));
          }
          @Override public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
            renderBook(StreamedBook.of(book), out, context);
          }
          @Override public void renderBook(StreamedBook book, OutputStream out, RenderContext context)
              throws IOException {
            long count;
            try (Stream<Article> first = java.util.stream.StreamSupport.stream(book.articles().spliterator(), false)) {
              count = first.count();
            }
            betweenPasses.run();
            out.write((count + " articles\n").getBytes(StandardCharsets.UTF_8));
            for (Article article : book.articles()) {
              render(article, out, context);
            }
          }
        };
      }
    };
  }
}
