package dev.carepress.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.ArticleReaders;
import dev.carepress.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example program runs and makes what its Javadoc promises. */
class ExamplesTest {
  private static final Path ARTICLES = Path.of("articles");

  @Test
  void theCustomFormatIsFoundBesideTheBuiltInOnes() {
    assertThat(Renderers.discover().formatIds()).containsExactly("epub", "html", "pdf", "txt");
  }

  @Test
  void customRendererExampleWritesWrappedText(@TempDir Path out) throws Exception {
    CustomRendererExample.main(new String[] {ARTICLES.resolve("hand-washing.md").toString(), out.toString()});
    String text = Files.readString(out.resolve("hand-washing.txt"));
    assertThat(text).startsWith("Hand washing\n============\n").contains("Key points\n----------\n\n* Wash with soap and clean running water, and scrub for at\n  least 20 seconds.\n");
    // only a single word longer than the width (a web address) may stick out
    assertThat(text.lines().filter(line -> line.length() > 60)).allSatisfy(line -> assertThat(line.strip()).doesNotContain(" "));
  }

  @Test
  void printOutlineShowsMetadataAndSections() throws Exception {
    Article article = ArticleReaders.read(ARTICLES.resolve("multiple-sclerosis-immune-system.md"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintOutline.print(article, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Multiple sclerosis and the immune system")
        .contains("Relapses and remission  #relapses-and-remission");
  }

  @Test
  void pdfHandoutExampleWritesThreePdfs(@TempDir Path out) throws Exception {
    PdfHandoutExample.main(new String[] {out.toString()});
    try (var files = Files.list(out)) {
      assertThat(files.filter(f -> f.toString().endsWith(".pdf")).count()).isEqualTo(3);
    }
  }

  @Test
  void htmlThemeExampleWritesABrandedSite(@TempDir Path out) throws Exception {
    HtmlThemeExample.main(new String[] {ARTICLES.toString(), out.toString()});
    assertThat(out.resolve("index.html")).exists();
    assertThat(Files.readString(out.resolve("hand-washing.html"))).contains("Riverside Clinic");
  }
}
