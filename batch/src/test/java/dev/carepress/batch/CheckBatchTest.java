package dev.carepress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.check.LiteracyChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check batch through its public API. */
class CheckBatchTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void validArticlesAreCheckedAndInvalidOnesCountedWithTheirProblems() throws IOException {
    Path plain = write("water.md", "---\ntitle: Water\nsummary: Drink water.\n---\nDrink water. It is good.\n");
    Path broken = write("broken.md", "---\ntitle: [\n---\nText.\n");
    Path missing = dir.resolve("missing.md");
    List<BatchListener.Phase> phases = new ArrayList<>();

    CheckBatchResult result = CheckBatch.builder().input(plain).input(broken).input(missing)
        .checks(LiteracyChecks.builder().maxGrade(6).build()).htmlReports(dir.resolve("reports")).jobs(2).build()
        .run(new BatchListener() {
          @Override
          public synchronized void started(Phase phase, int steps) {
            phases.add(phase);
          }
        });

    // the argument that is no file comes first, then the files in the order given
    assertThat(result.inputs()).extracting(CheckedInput::file)
        .containsExactly(missing.toString(), plain.toString(), broken.toString());
    assertThat(result.articles()).isEqualTo(3);
    assertThat(result.invalid()).isEqualTo(2);
    CheckedInput water = result.inputs().get(1);
    assertThat(water.report()).isPresent();
    assertThat(result.fellShort() + result.passed()).isEqualTo(1);
    assertThat(result.problems().problems(missing.toString())).extracting(p -> p.code()).containsExactly("no-such-file");
    assertThat(result.problems().problems(broken.toString())).isNotEmpty()
        .allSatisfy(p -> assertThat(p.source()).isEqualTo(broken.toString()));
    assertThat(dir.resolve("reports/water.check.html")).exists();
    assertThat(phases).containsExactly(BatchListener.Phase.READING, BatchListener.Phase.CHECKING);
  }
}
