package dev.carepress.render.epub;

import dev.carepress.testing.GoldenFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example book ({@code examples/book.yaml}) as an EPUB: one chapter, the navigation document
 * and the package document compared byte for byte with the files in {@code
 * src/test/resources/dev/carepress/render/epub/golden/}. The chapter has figures, a table,
 * footnotes, a glossary and links to other chapters; the other two hold every piece of metadata.
 *
 * <p>When the output changes on purpose, regenerate the files and review the diff:
 *
 * <pre>
 * mvn -o -B -pl render-epub -am verify -Dtest=ExampleBookGoldenTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dcarepress.updateGolden=true
 * </pre>
 */
class ExampleBookGoldenTest {
  private static final GoldenFiles GOLDEN =
      GoldenFiles.in(Path.of("src/test/resources/dev/carepress/render/epub/golden"));
  private static final Map<String, String> ENTRIES = Map.of(
      "EPUB/text/multiple-sclerosis-immune-system.xhtml", "multiple-sclerosis-immune-system.xhtml",
      "EPUB/nav.xhtml", "nav.xhtml",
      "EPUB/package.opf", "package.opf");

  @Test
  void chapterNavigationAndPackageDocumentAreExactlyTheGoldenFiles() {
    byte[] epub = Epubs.book(ExampleContent.exampleBook());
    for (Map.Entry<String, String> entry : ENTRIES.entrySet()) {
      GOLDEN.check(entry.getValue(), Epubs.text(epub, entry.getKey()));
    }
    if (!GoldenFiles.updating()) {
      org.assertj.core.api.Assertions.assertThat(GOLDEN.files())
          .containsExactlyInAnyOrderElementsOf(List.copyOf(ENTRIES.values()));
    }
  }
}
