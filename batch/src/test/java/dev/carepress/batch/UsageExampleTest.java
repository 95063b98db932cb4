package dev.carepress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.check.LiteracyChecks;
import dev.carepress.render.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of the Javadoc, run with the real readers and renderers on the bundled articles. */
class UsageExampleTest {
  private static final Path ARTICLES = Path.of("..", "examples", "articles");

  @TempDir Path dir;

  @Test
  void batchExample() throws IOException {
    Path site = dir.resolve("site");

    BatchResult result = Batch.builder()
        .input(ARTICLES)
        .format("html").format("pdf", Settings.of(Map.of("pageSize", "LETTER")))
        .out(site)
        .build()
        .run();

    assertThat(result.hasErrors()).as(result.problems().all().toString()).isFalse();
    assertThat(result.rendered()).isEqualTo(result.articles()).isGreaterThan(1);
    assertThat(site.resolve("index.html")).exists();
    assertThat(site.resolve("hand-washing.pdf")).exists();
    assertThat(result.written()).allSatisfy(file -> assertThat(file).exists());
    try (var left = Files.list(site)) {
      assertThat(left.filter(p -> p.getFileName().toString().startsWith("."))).isEmpty();
    }
  }

  @Test
  void checkBatchExample() {
    CheckBatchResult result = CheckBatch.builder()
        .input(ARTICLES)
        .checks(LiteracyChecks.builder().maxGrade(8).build())
        .build()
        .run();

    assertThat(result.invalid()).isZero();
    assertThat(result.articles()).isEqualTo(result.inputs().size()).isGreaterThan(1);
  }
}
