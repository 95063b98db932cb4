package dev.carepress.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemLogTest {
  @TempDir Path dir;

  @Test
  void oneImageTwoFormatsRefuseInTheirOwnWordsIsReportedOnceInTheWordsOfTheFirstFormat() throws Exception {
    Path file = Files.writeString(dir.resolve("a.md"), "---\ntitle: A\n---\n\n![A chart](chart.png)\n");
    String name = file.toString();
    ProblemLog log = new ProblemLog();
    log.open(name);
    // the second format's render finishes first: the order kept is the formats', not the threads'
    log.add(name, 3, Problem.error("image-format", name, 0, 0,
        "the image 'chart.png' of article 'a' is not a PNG or JPEG image (application/octet-stream)", "convert it"));
    log.add(name, 1, Problem.error("image-format", name, 0, 0,
        "the image 'chart.png' of article 'a' is not a picture: the file holds text", "put a PNG there"));

    assertThat(log.problems(name)).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(name + ":5:12");
      assertThat(p.message()).endsWith("the file holds text");
    });
    assertThat(log.snapshot().files()).singleElement()
        .satisfies(f -> assertThat(f.problems()).hasSize(1));
  }

  @Test
  void problemsOfOneKindAtDifferentPlacesOrOfOneStepAreAllKept() throws Exception {
    Path file = Files.writeString(dir.resolve("a.md"), "---\ntitle: A\n---\n\n![A](one.png) ![B](two.png)\n");
    String name = file.toString();
    ProblemLog log = new ProblemLog();
    log.add(name, 1, Problem.error("image-format", name, 0, 0, "the image 'one.png' of article 'a' is bad", ""));
    log.add(name, 2, Problem.error("image-format", name, 0, 0, "the image 'two.png' of article 'a' is bad", ""));
    log.add(name, 2, Problem.error("image-format", name, 5, 3, "one wording", ""));
    log.add(name, 2, Problem.error("image-format", name, 5, 3, "another wording", ""));
    log.add(name, 3, Problem.warning("image-format", name, 5, 3, "a warning is not an error", ""));

    assertThat(log.problems(name)).extracting(Problem::message).containsExactly("the image 'one.png' of article 'a' is bad",
        "the image 'two.png' of article 'a' is bad", "one wording", "another wording", "a warning is not an error");
  }
}
