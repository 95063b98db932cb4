package dev.carepress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.ReadResult;
import dev.carepress.render.FileSink;
import dev.carepress.render.Format;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.render.html.HtmlRendererProvider;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch with a site and many articles streams it: it reads every article once for what the site
 * needs of the others, then again a chunk at a time, rendering the site with the chunk's articles
 * real and the others stand-ins. Its files, problems and result are those of a run that reads
 * everything first, and it holds only a chunk or two of articles at once. The size from which a
 * site streams, and the chunk, are set here by system properties.
 */
class StreamedSiteTest {
  private static final String FROM = "carepress.streamSiteFrom";
  private static final String CHUNK = "carepress.siteChunk";

  @TempDir Path dir;

  @AfterEach
  void clearProperties() {
    System.clearProperty(FROM);
    System.clearProperty(CHUNK);
  }

  private void write(String file, String text) throws IOException {
    Path path = dir.resolve("articles").resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  private void png(String file, int width, int height) throws IOException {
    Path path = dir.resolve("articles").resolve(file);
    Files.createDirectories(path.getParent());
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", path.toFile());
  }

  private static String article(String title, String front, String body) {
    return "---\ntitle: " + title + "\nsummary: About " + title + ".\n" + front + "---\n" + body + "\n";
  }

  /** Every kind of article the site's pages depend on, in a batch of 14. */
  private void mixedArticles() throws IOException {
    png("img/lead.png", 4, 3);
    png("img/diagram.png", 6, 5);
    png("more/diagram.png", 7, 2); // the same name, other bytes: media/2-diagram.png
    write("a01.md", article("Asthma", "category: Lungs\nrelated:\n  - title: Gout\n    slug: a07\n",
        "See [the causes of flu](a02.md#causes) and [the broken one](a12.md).\n\n## Care\n\nRest."));
    write("a02.md", article("Flu", "category: Lungs\n", "Fever.\n\n## Causes\n\nA virus."));
    write("a03.md", article("Heart attack", "category: Heart\nimage: img/lead.png\n",
        "![A diagram](img/diagram.png)\n\nText."));
    write("a04.md", article("Angina", "category: Heart\n", "![Another diagram](more/diagram.png)\n\nText."));
    write("a05.md", article("Shaky", "", "A warning in the text format."));
    write("a06.md", article("Home", "slug: index\n", "Its page is index-2.html."));
    write("a07.md", article("Gout", "category: Joints\n", "![Missing](img/none.png)\n\nText."));
    write("a08.md", article("Same one", "slug: same\n", "Text."));
    write("a09.md", article("Same two", "slug: same\n", "Text."));
    write("a10.md", article("Kaffe", "language: da\ncategory: Andet\n", "Tekst."));
    write("a11.md", article("Back pain", "category: Joints\n", "See [asthma](a01.md)."));
    write("a12.md", article("Broken", "category: Lungs\n", "It fails in the text format."));
    write("a13.md", article("Cold", "", "Text."));
    write("a14.md", article("Zinc", "category: Lungs\n", "See [flu](a02.md)."));
  }

  private Batch.Builder batch(String out, InputReader reader) {
    Renderers renderers = Renderers.builder().discover(false).add(new HtmlRendererProvider())
        .add(TestRenderers.provider("txt", false)).build();
    return Batch.builder().input(dir.resolve("articles")).out(dir.resolve(out)).renderers(renderers)
        .format("html").format("txt").jobs(2).reader(reader);
  }

  private static InputReader counting(AtomicInteger reads) {
    return new InputReader() {
      @Override
      public ReadResult<Article> article(Path file) {
        reads.incrementAndGet();
        return InputReader.standard().article(file);
      }

      @Override
      public ReadResult<Book> book(Path file) {
        return InputReader.standard().book(file);
      }
    };
  }

  private Map<String, byte[]> files(String out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    Path root = dir.resolve(out);
    try (Stream<Path> all = Files.walk(root)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  // each problem with its file; the output folder, which messages name, as OUT
  private List<String> problems(BatchResult result, String out) {
    List<String> lines = new ArrayList<>();
    result.problems().files().forEach(f -> f.problems().forEach(p -> lines.add(f.file() + ": " + p)));
    return lines.stream().map(line -> line.replace(dir.resolve(out).toString(), "OUT")).toList();
  }

  private static List<String> relative(List<Path> written, Path root) {
    return written.stream().map(p -> root.relativize(p).toString()).toList();
  }

  private void assertSameRun(BatchResult read, String readOut, BatchResult streamed, String streamedOut)
      throws IOException {
    Map<String, byte[]> expected = files(readOut);
    Map<String, byte[]> actual = files(streamedOut);
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((file, bytes) -> assertThat(actual.get(file)).as(file).isEqualTo(bytes));
    assertThat(problems(streamed, streamedOut)).containsExactlyElementsOf(problems(read, readOut));
    assertThat(relative(streamed.written(), dir.resolve(streamedOut)))
        .containsExactlyElementsOf(relative(read.written(), dir.resolve(readOut)));
    assertThat(streamed.rendered()).isEqualTo(read.rendered());
    assertThat(streamed.articles()).isEqualTo(read.articles());
  }

  @Test
  void aStreamedSiteHasTheFilesProblemsAndResultOfARunThatReadsEverythingFirst() throws IOException {
    mixedArticles();
    BatchResult read = batch("read", InputReader.standard()).build().run();
    for (String chunk : List.of("1", "3", "5", "100")) {
      System.setProperty(FROM, "0");
      System.setProperty(CHUNK, chunk);
      AtomicInteger reads = new AtomicInteger();
      BatchResult streamed = batch("streamed-" + chunk, counting(reads)).build().run();
      clearProperties();

      assertThat(reads.get()).as("streamed: read twice").isGreaterThanOrEqualTo(14 + 12);
      assertSameRun(read, "read", streamed, "streamed-" + chunk);
    }
    // what the inputs were chosen to show
    Map<String, byte[]> files = files("read");
    assertThat(files).containsKeys("index-2.html", "media/diagram.png", "media/2-diagram.png", "media/lead.png",
        "category-lungs.html", "a05.txt").doesNotContainKeys("a12.html", "a12.txt", "same.html");
    assertThat(new String(files.get("a01.html"), StandardCharsets.UTF_8))
        .contains("href=\"a02.html#causes\"", "href=\"a07.html\"").doesNotContain("a12.html");
    assertThat(problems(read, "read")).anyMatch(p -> p.contains("also the slug of")).anyMatch(p -> p.contains("shaky"))
        .anyMatch(p -> p.contains("a12.md:3:1: error: this article is broken"))
        .anyMatch(p -> p.contains("no labels in Danish"));
  }

  @Test
  void eachShardOfAStreamedSiteHasTheFilesOfThatShardReadAtOnce() throws IOException {
    mixedArticles();
    for (int k = 1; k <= 3; k++) {
      Shard shard = new Shard(k, 3);
      BatchResult read = batch("read-" + k, InputReader.standard()).shard(shard).build().run();
      System.setProperty(FROM, "0");
      System.setProperty(CHUNK, "2");
      BatchResult streamed = batch("streamed-" + k, InputReader.standard()).shard(shard).build().run();
      clearProperties();

      assertSameRun(read, "read-" + k, streamed, "streamed-" + k);
    }
  }

  @Test
  void aFileChangedBetweenTheTwoReadsIsLeftOutWithAProblemNamingIt() throws IOException {
    mixedArticles();
    Path changing = dir.resolve("articles/a13.md");
    AtomicInteger reads = new AtomicInteger();
    InputReader reader = new InputReader() {
      @Override
      public ReadResult<Article> article(Path file) {
        ReadResult<Article> result = InputReader.standard().article(file);
        if (file.equals(changing) && reads.incrementAndGet() == 1) {
          try { // the first pass has read it: it changes before the second
            Files.writeString(changing, StreamedSiteTest.article("Cold and flu", "", "Text."), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }
        return result;
      }

      @Override
      public ReadResult<Book> book(Path file) {
        return InputReader.standard().book(file);
      }
    };
    System.setProperty(FROM, "0");
    System.setProperty(CHUNK, "4");

    BatchResult result = batch("out", reader).build().run();

    String name = changing.toString();
    assertThat(result.problems().hasErrors(name)).isTrue();
    assertThat(problems(result, "out")).anyMatch(p -> p.startsWith(name + ": " + name + ": error: the file changed"));
    Map<String, byte[]> files = files("out");
    assertThat(files).doesNotContainKeys("a13.html", "a13.txt").containsKeys("a01.html", "a14.html");
    // no page links to it, the index does not list it
    files.forEach((file, bytes) -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).as(file)
        .doesNotContain("a13.html").doesNotContain(">Cold<"));
  }

  /**
   * Counts the articles read and the real ones (with a body) each site render is given: never
   * more than the chunk, and the second pass never reads more than two chunks ahead of the pages
   * written.
   */
  @Test
  void aStreamedSiteHoldsAtMostTwoChunksOfArticles() throws IOException {
    int articles = 300;
    int chunk = 16;
    for (int i = 0; i < articles; i++) {
      write(String.format("a%03d.md", i), article("Topic " + i, "category: C" + (i % 7) + "\n", "Text " + i + "."));
    }
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger pages = new AtomicInteger();
    AtomicInteger mostAhead = new AtomicInteger();
    AtomicInteger mostReal = new AtomicInteger();
    InputReader reader = new InputReader() {
      @Override
      public ReadResult<Article> article(Path file) {
        int read = reads.incrementAndGet();
        if (read > articles) { // the second pass
          mostAhead.accumulateAndGet(read - articles - pages.get(), Math::max);
        }
        return InputReader.standard().article(file);
      }

      @Override
      public ReadResult<Book> book(Path file) {
        return InputReader.standard().book(file);
      }
    };
    Renderer html = new HtmlRendererProvider().create(Settings.empty());
    RendererProvider counting = new RendererProvider() {
      @Override
      public Format format() {
        return html.format();
      }

      @Override
      public List<dev.carepress.render.Option<?>> options() {
        return List.of();
      }

      @Override
      public Renderer create(Settings settings) {
        return new Renderer() {
          @Override
          public Format format() {
            return html.format();
          }

          @Override
          public boolean rendersSite() {
            return true;
          }

          @Override
          public void render(Article article, OutputStream out, RenderContext context) throws IOException {
            html.render(article, out, context);
          }

          @Override
          public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
            html.renderBook(book, out, context);
          }

          @Override
          public void renderSite(Book book, FileSink sink, RenderContext context) throws IOException {
            // a stand-in has no sections; a real article of these has one paragraph
            int real = (int) book.articles().stream().filter(a -> !a.introduction().isEmpty()
                && a.introduction().get(0) instanceof dev.carepress.model.Paragraph).count();
            mostReal.accumulateAndGet(real, Math::max);
            html.renderSite(book, new FileSink() {
              @Override
              public boolean wants(String path) {
                return sink.wants(path);
              }

              @Override
              public OutputStream open(String path) throws IOException {
                if (path.startsWith("a") && sink.wants(path)) {
                  pages.incrementAndGet();
                }
                return sink.open(path);
              }
            }, context);
          }
        };
      }
    };
    System.setProperty(FROM, "0");
    System.setProperty(CHUNK, Integer.toString(chunk));
    Renderers renderers = Renderers.builder().discover(false).add(counting).build();

    BatchResult result = Batch.builder().input(dir.resolve("articles")).out(dir.resolve("out")).renderers(renderers)
        .jobs(2).reader(reader).build().run();

    assertThat(result.hasErrors()).isFalse();
    assertThat(result.rendered()).isEqualTo(articles);
    assertThat(reads.get()).isEqualTo(2 * articles); // read twice, no more
    assertThat(pages.get()).isEqualTo(articles);
    assertThat(mostReal.get()).isEqualTo(chunk);
    // read and not yet written: the chunk being rendered and the next one
    assertThat(mostAhead.get()).isBetween(1, 2 * chunk);
    assertThat(files("out")).hasSize(articles + 1 + 7 + 1); // pages, index, categories, stylesheet
  }
}
