package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled example articles ({@code examples/articles/*.md}) rendered as standalone pages and
 * compared byte for byte with {@code src/test/resources/dev/carepress/render/html/golden/<slug>.html}.
 * The pages link their stylesheet (so the files hold the markup, not the CSS) and have a base URL
 * and a site name (so the head carries every tag: canonical link, Open Graph, JSON-LD with URLs).
 *
 * <p>When the output changes on purpose, regenerate the files and review the diff before
 * committing it:
 *
 * <pre>
 * mvn -o -B -pl render-html -am verify -Dtest=ExamplePagesGoldenTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dcarepress.updateGolden=true
 * </pre>
 */
class ExamplePagesGoldenTest {
  static final Path EXAMPLES = Path.of("../examples/articles");
  static final GoldenFiles GOLDEN = GoldenFiles.in(Path.of("src/test/resources/dev/carepress/render/html/golden"));

  private static final HtmlRenderer PAGES = HtmlRenderer.builder()
      .baseUrl("https://health.example.org/articles/")
      .siteName("Example Health")
      .cssMode(CssMode.LINK)
      .build();

  @TestFactory
  Stream<DynamicTest> everyExampleRendersExactlyAsItsGoldenPage() throws IOException {
    return examples().stream().map(md -> DynamicTest.dynamicTest(md.getFileName().toString(), () -> {
      Article article = MarkdownArticleReader.create().read(md);
      GOLDEN.check(article.slug() + ".html", PAGES.renderToString(article));
    }));
  }

  @Test
  void everyGoldenPageHasItsExample() throws IOException {
    Assumptions.assumeFalse(GoldenFiles.updating(), "regenerating the golden files");
    List<String> expected = examples().stream()
        .map(md -> md.getFileName().toString().replaceFirst("\\.md$", ".html")).toList();
    assertThat(GOLDEN.files()).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static List<Path> examples() throws IOException {
    assertThat(EXAMPLES).as("the repository's example articles").isDirectory();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
  }
}
