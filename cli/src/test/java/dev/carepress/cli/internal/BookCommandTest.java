package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.batch.InputReader;
import dev.carepress.cli.testing.Cli;
import dev.carepress.cli.testing.FakeReading;
import dev.carepress.cli.testing.FakeRendererProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carepress book}: the book alone, no article's own file and no site. */
class BookCommandTest {
  @TempDir Path dir;

  private final Cli fakeWithSite =
      Cli.with(new FakeReading(), new FakeRendererProvider(), FakeRendererProvider.html());

  private Path article(String name, String title, String... extra) throws IOException {
    StringBuilder text = new StringBuilder("---\ntitle: " + title + "\nsummary: About " + title + "\n");
    for (String line : extra) {
      text.append(line).append('\n');
    }
    text.append("---\nSome text about ").append(title).append(".\n");
    Path file = dir.resolve("articles").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path book(String... articles) throws IOException {
    Path book = dir.resolve("articles/book.yaml");
    StringBuilder text = new StringBuilder("title: Everyday health\nslug: everyday\narticles:\n");
    for (String article : articles) {
      text.append("  - ").append(article).append('\n');
    }
    Files.writeString(book, text);
    return book;
  }

  private Path out() {
    return dir.resolve("out");
  }

  private static List<String> files(Path root) {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void writesOnlyTheBookNotTheArticlesOrTheSite() throws IOException {
    article("asthma.md", "Asthma");
    article("flu.md", "Flu");
    Path book = book("asthma.md", "flu.md");

    Cli.Result result = fakeWithSite.run("book", book.toString(), "-f", "fake", "-o", out().toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(files(out())).containsExactly("everyday.txt");
    assertThat(Files.readString(out().resolve("everyday.txt"))).startsWith("book Everyday health\n");
    assertThat(result.err()).matches("the book → 1 file in \\d+\\.\\d s\\R");
  }

  @Test
  void aFormatThatMakesASiteIsAUsageErrorPointingToRenderBook() throws IOException {
    article("asthma.md", "Asthma");
    Path book = book("asthma.md");

    Cli.Result result = fakeWithSite.run("book", book.toString(), "-f", "html", "-o", out().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains("--format html: html makes a site, not one book file;"
        + " use carepress render --book for the book's site");
    assertThat(files(out())).isEmpty();
  }

  @Test
  void aBookWithABadArticleWritesNothingAndNamesTheLine() throws IOException {
    article("good.md", "Good");
    article("bad.md", "Bad", "views: many");
    Path book = book("good.md", "bad.md");

    Cli.Result result = fakeWithSite.run("book", book.toString(), "-f", "fake", "-o", out().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).containsOnlyOnce("bad.md:4:8: error:").contains("(the book was not rendered)");
    assertThat(files(out())).isEmpty();
  }

  @Test
  void aMissingBookIsAUsageError() {
    Cli.Result result = fakeWithSite.run("book", dir.resolve("nope.yaml").toString(), "-f", "fake");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains("nope.yaml: no such file");
  }

  @Test
  void theExampleBookWithTheRealRenderersIsOneEpubAndOnePdfBooklet() throws IOException {
    Path book = Path.of(System.getProperty("carepress.examples", "../examples")).resolve("book.yaml");

    Cli.Result result = Cli.discovering(InputReader.standard())
        .run("book", book.toString(), "-o", out().toString(), "-q");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(files(out())).containsExactly("living-well.epub", "living-well.pdf");
    try (InputStream pdf = Files.newInputStream(out().resolve("living-well.pdf"))) {
      assertThat(new String(pdf.readNBytes(5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
    try (ZipFile epub = new ZipFile(out().resolve("living-well.epub").toFile())) {
      assertThat(epub.getEntry("mimetype")).isNotNull();
      assertThat(epub.stream().filter(e -> e.getName().endsWith(".xhtml")).count()).isGreaterThanOrEqualTo(6);
    }
    // the same bytes as the book that render --book writes beside everything else
    Path all = dir.resolve("all");
    Cli.Result render = Cli.discovering(InputReader.standard())
        .run("render", "--book", book.toString(), "-f", "epub,pdf", "-o", all.toString(), "-q");
    assertThat(render.exitCode()).as(render.err()).isZero();
    for (String file : List.of("living-well.epub", "living-well.pdf")) {
      assertThat(Files.readAllBytes(out().resolve(file))).as(file).isEqualTo(Files.readAllBytes(all.resolve(file)));
    }
  }
  @Test
  void aClinicFileGoesOnEveryBookletFooterAndTheEpubTitlePage() throws IOException {
    Path book = Path.of(System.getProperty("carepress.examples", "../examples")).resolve("book.yaml");
    Path clinic = dir.resolve("clinic.yaml");
    Files.writeString(clinic, "name: Riverside Family Clinic\nphone: 555-0142\n");

    Cli.Result result = Cli.discovering(InputReader.standard())
        .run("book", book.toString(), "--clinic", clinic.toString(), "-o", out().toString(), "-q");

    assertThat(result.exitCode()).as(result.err()).isZero();
    try (org.apache.pdfbox.pdmodel.PDDocument pdf =
        org.apache.pdfbox.Loader.loadPDF(out().resolve("living-well.pdf").toFile())) {
      org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        text.setStartPage(page);
        text.setEndPage(page);
        assertThat(text.getText(pdf)).as("page %d", page).contains("Riverside Family Clinic · 555-0142");
      }
    }
    try (ZipFile epub = new ZipFile(out().resolve("living-well.epub").toFile());
        InputStream title = epub.getInputStream(epub.getEntry("EPUB/title.xhtml"))) {
      assertThat(new String(title.readAllBytes(), StandardCharsets.UTF_8)).contains("Riverside Family Clinic");
    }
  }

  @Test
  void aMissingClinicFileIsAUsageError() throws IOException {
    article("a.md", "Asthma");
    Path book = book("a.md");

    Cli.Result result = fakeWithSite.run("book", book.toString(), "-f", "fake", "--clinic", "nope.yaml",
        "-o", out().toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--clinic nope.yaml: no such file");
    assertThat(files(out())).isEmpty();
  }
}
