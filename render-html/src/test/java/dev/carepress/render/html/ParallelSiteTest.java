package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose article pages are rendered on an executor is the site rendered on one thread: the
 * same files with the same bytes, written in the same order, and the same warnings in the same
 * order — on a generated book with categories, related links, links between articles, shared and
 * missing images and articles that warn.
 */
class ParallelSiteTest {
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().baseUrl("https://health.example.org/").siteName("Example Health").build();
  private static final String[] CATEGORIES = {"Heart", "Lungs", "Skin and hair", "Brain and nerves"};

  @TempDir Path dir;

  private ExecutorService pool;

  @BeforeEach
  void startPool() {
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  /** What a site render did: its files in the order they were closed, and its warnings. */
  private record Site(Map<String, byte[]> files, List<String> order, List<Problem> warnings) {}

  @Test
  void pagesRenderedOnFourThreadsAreByteForByteThoseOfOneThread() throws IOException {
    Book book = book(60);
    Site serial = render(book, Optional.empty());
    Site parallel = render(book, Optional.of(pool));

    assertThat(serial.files()).hasSizeGreaterThan(60 + 1 + CATEGORIES.length);
    assertThat(parallel.files().keySet()).containsExactlyElementsOf(serial.files().keySet());
    serial.files().forEach((file, bytes) -> assertThat(parallel.files().get(file)).as(file).isEqualTo(bytes));
    assertThat(parallel.order()).containsExactlyElementsOf(serial.order());
  }

  @Test
  void theWarningsComeInTheOrderOfASerialRender() throws IOException {
    Book book = book(60);
    Site serial = render(book, Optional.empty());
    Site parallel = render(book, Optional.of(pool));

    assertThat(serial.warnings()).extracting(Problem::code).contains("link-left-out", "image-left-out");
    assertThat(parallel.warnings()).containsExactlyElementsOf(serial.warnings());
  }

  @Test
  void aPoolWhoseOnlyThreadIsBusyCannotStopTheSite() throws Exception {
    Book book = book(12);
    ExecutorService single = Executors.newSingleThreadExecutor();
    CountDownLatch release = new CountDownLatch(1);
    try {
      single.execute(() -> {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      Site busy = render(book, Optional.of(single));
      assertThat(busy.files().keySet()).containsExactlyElementsOf(render(book, Optional.empty()).files().keySet());
    } finally {
      release.countDown();
      single.shutdownNow();
    }
  }

  @Test
  void anExecutorThatRejectsEveryTaskStillGivesTheWholeSite() throws IOException {
    Book book = book(12);
    Executor rejecting = task -> {
      throw new RejectedExecutionException("shut down");
    };
    Site serial = render(book, Optional.empty());
    Site rejected = render(book, Optional.of(rejecting));
    assertThat(rejected.order()).containsExactlyElementsOf(serial.order());
    serial.files().forEach((file, bytes) -> assertThat(rejected.files().get(file)).as(file).isEqualTo(bytes));
  }

  @Test
  void aPageThatFailsFailsTheSiteWithItsOwnExceptionAndNoLaterPage() throws IOException {
    Book book = book(30);
    String failing = book.articles().get(20).slug() + ".html";
    List<String> closed = Collections.synchronizedList(new ArrayList<>());
    FileSink sink = path -> new ByteArrayOutputStream() {
      @Override
      public void close() throws IOException {
        if (path.equals(failing)) {
          throw new IOException("disk full");
        }
        closed.add(path);
      }
    };
    assertThatThrownBy(() -> HTML.renderSite(book, sink, RenderContext.defaults(), pool))
        .isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(closed).doesNotContain(book.articles().get(21).slug() + ".html", "index.html");
  }

  private Site render(Book book, Optional<Executor> executor) throws IOException {
    Map<String, byte[]> files = Collections.synchronizedMap(new LinkedHashMap<>());
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    List<Problem> warnings = Collections.synchronizedList(new ArrayList<>());
    FileSink sink = path -> new ByteArrayOutputStream() {
      @Override
      public void close() {
        files.put(path, toByteArray());
        order.add(path);
      }
    };
    RenderContext context = RenderContext.defaults().withWarnings(warnings::add);
    if (executor.isPresent()) {
      HTML.renderSite(book, sink, context, executor.get());
    } else {
      HTML.renderSite(book, sink, context);
    }
    return new Site(files, order, warnings);
  }

  // A book of generated articles read from Markdown files: each in a category, with related links
  // and a link to its neighbour, some with a shared picture, a missing one or a link left out.
  private Book book(int count) throws IOException {
    BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    picture.setRGB(3, 4, 0xff8800);
    ImageIO.write(picture, "png", dir.resolve("chart.png").toFile());
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path file = dir.resolve("topic-" + i + ".md");
      Files.writeString(file, markdown(i, count), StandardCharsets.UTF_8);
      articles.add(MarkdownArticleReader.create().read(file));
    }
    BookMetadata metadata = new BookMetadata("Generated health", Optional.empty(), "generated-health", List.of(),
        Optional.empty(), "en", Optional.empty(), Optional.empty());
    return new Book(metadata, articles, Optional.empty());
  }

  private static String markdown(int i, int count) {
    int next = (i + 1) % count;
    int other = (i * 7 + 3) % count;
    StringBuilder md = new StringBuilder();
    md.append("---\ntitle: Topic ").append(i).append("\nslug: topic-").append(i)
        .append("\nsummary: What to know about topic ").append(i).append(".\nlanguage: en\ncategory: ")
        .append(CATEGORIES[i % CATEGORIES.length]).append("\nrelated:\n");
    for (int r : new int[] {next, other}) {
      md.append("  - title: Topic ").append(r).append("\n    slug: topic-").append(r).append('\n');
    }
    md.append("---\n\n## About topic ").append(i).append("\n\n");
    md.append("Topic ").append(i).append(" is common. See [the next topic](topic-").append(next)
        .append(".md#about-topic-").append(next).append(") and [the guide](https://example.org/g").append(i)
        .append(").\n\n");
    for (int p = 0; p < 3 + i % 5; p++) {
      md.append("Paragraph ").append(p).append(" tells you how to look after yourself, when to rest and ")
          .append("when to call your doctor.\n\n");
    }
    if (i % 3 == 0) {
      md.append("![A chart of topic ").append(i).append("](chart.png)\n\n");
    }
    if (i % 5 == 1) {
      md.append("![A missing picture](missing-").append(i).append(".png)\n\n");
    }
    if (i % 4 == 2) {
      md.append("Do not [click this](javascript:alert(").append(i).append(")).\n\n");
    }
    md.append("## Getting help\n\n- Call your doctor.\n- Rest.\n");
    return md.toString();
  }
}
