package dev.carepress.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemPositionsTest {
  @TempDir Path dir;

  private Path article() throws Exception {
    Path file = dir.resolve("asthma.md");
    Files.writeString(file, "---\ntitle: Asthma\nslug: asthma-care\n---\n\nSee the chart.\n\n"
        + "Ünïcode first: ![A chart](images/chart.png)\n");
    return file;
  }

  @Test
  void aRenderersProblemIsPlacedAtTheFirstTextItQuotesThatTheFileHolds() throws Exception {
    Path file = article();
    Problem placed = ProblemPositions.locate(Problem.error("image-not-found", file.toString(), 0, 0,
        "the image 'images/chart.png' of article 'asthma-care' was not found", "fix the path"));

    assertThat(placed.line()).isEqualTo(8);
    assertThat(placed.column()).isEqualTo(27); // 26 characters (Ü and ï one each) before it
    assertThat(placed).usingRecursiveComparison().ignoringFields("line", "column")
        .isEqualTo(Problem.error("image-not-found", file.toString(), 0, 0,
            "the image 'images/chart.png' of article 'asthma-care' was not found", "fix the path"));
  }

  @Test
  void theNameOfAnArticleOrBookIsNotTakenForTextOfTheFile() throws Exception {
    Path file = article();
    Problem placed = ProblemPositions.locate(Problem.warning("image-left-out", file.toString(), 0, 0,
        "article 'asthma-care' shows the image 'images/chart.png', which is not a local file", ""));

    assertThat(placed.line()).isEqualTo(8);
  }

  @Test
  void aCharacterNamedByItsCodePointIsPlacedWhereTheFileFirstHasIt() throws Exception {
    Path file = dir.resolve("grippe.md");
    Files.writeString(file, "---\ntitle: Grippe\n---\n\n## Symptome\n\n- Fieber \uD83E\uDD12 und Husten\n");
    Problem placed = ProblemPositions.locate(Problem.warning("missing-glyph", file.toString(), 0, 0,
        "no font has U+1F912 FACE WITH THERMOMETER (\uD83E\uDD12), in section \"Symptome\", block 1; it is drawn as a box",
        "add a font that has it"));

    assertThat(placed.location()).isEqualTo(file + ":7:10");
  }

  @Test
  void aProblemIsLeftAsItIsWhenItHasAPositionOrItsQuotesAreNotInTheFile() throws Exception {
    Path file = article();
    Problem placedAlready = Problem.warning("w", file.toString(), 2, 1, "the image 'images/chart.png' is odd", "");
    Problem elsewhere = Problem.warning("w", file.toString(), 0, 0, "the label 'pageOf' has no translation", "");
    Problem shortQuote = Problem.warning("w", file.toString(), 0, 0, "the language 'en' is odd", "");
    Problem noFile = Problem.warning("w", dir.resolve("gone.md").toString(), 0, 0, "the image 'a.png' is odd", "");
    Problem notAPath = Problem.warning("w", "asthma-care", 0, 0, "the image 'a.png' is odd", "");

    for (Problem p : new Problem[] {placedAlready, elsewhere, shortQuote, noFile, notAPath}) {
      assertThat(ProblemPositions.locate(p)).isEqualTo(p);
    }
  }

  @Test
  void aLoggedRenderProblemIsPlacedAndAReadProblemIsNot() throws Exception {
    Path file = article();
    ProblemLog log = new ProblemLog();
    Problem fromRenderer = Problem.warning("image-left-out", file.toString(), 0, 0,
        "the image 'images/chart.png' is not shown: it could not be found", "");
    Problem fromReader = Problem.warning("x", file.toString(), 0, 0, "the image 'images/chart.png' is odd", "");

    log.add(file.toString(), 1, fromRenderer);
    log.add(file.toString(), ProblemLog.READ, fromReader);

    assertThat(log.problems(file.toString())).extracting(Problem::line).containsExactly(0, 8);
  }
}
