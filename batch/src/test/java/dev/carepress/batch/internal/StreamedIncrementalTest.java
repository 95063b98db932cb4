package dev.carepress.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.batch.Batch;
import dev.carepress.batch.BatchResult;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first incremental run into a folder without a manifest streams, as a plain run does, when
 * its articles' models would not fit the heap together (here forced by the property): it leaves the
 * files and the very manifest of a run that held them all, so the next run is incremental as usual
 * (and sees an edited figure, whose image only the article's body names).
 */
class StreamedIncrementalTest {
  private static final String FROM = "carepress.streamSiteFrom";

  @TempDir Path dir;

  @AfterEach
  void clearProperty() {
    System.clearProperty(FROM);
  }

  private void write(String name, String title, String category, String body) throws IOException {
    Path file = dir.resolve("articles").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: " + title + "\ncategory: " + category + "\nlastReviewed: 2026-01-10\n---\n"
        + body + "\n", StandardCharsets.UTF_8);
  }

  private void image(String name, int rgb) throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) {
      for (int y = 0; y < 30; y++) {
        image.setRGB(x, y, x < 20 ? rgb : 0xFFFFFF);
      }
    }
    Path file = dir.resolve("articles").resolve(name);
    Files.createDirectories(file.getParent());
    ImageIO.write(image, "png", file.toFile());
  }

  private BatchResult run(String out, String formats, boolean streamed) {
    if (streamed) {
      System.setProperty(FROM, "0");
    }
    try {
      Batch.Builder builder = Batch.builder().input(dir.resolve("articles")).out(dir.resolve(out)).jobs(2)
          .incremental(true);
      for (String format : formats.split(",")) {
        builder.format(format);
      }
      return builder.build().run();
    } finally {
      System.clearProperty(FROM);
    }
  }

  private Map<String, byte[]> files(String out) throws IOException {
    Path folder = dir.resolve(out);
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private void assertSameFiles(String actual, String expected) throws IOException {
    Map<String, byte[]> want = files(expected);
    Map<String, byte[]> got = files(actual);
    assertThat(got.keySet()).isEqualTo(want.keySet());
    want.forEach((name, bytes) -> assertThat(Arrays.equals(got.get(name), bytes)).as(name).isTrue());
  }

  @Test
  void aStreamedFirstRunLeavesTheFilesAndManifestOfARunThatHeldEveryModel() throws IOException {
    image("img/steps.png", 0x2255AA);
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.\n\n"
        + "![Four steps, drawn as icons.](img/steps.png \"Use the inhaler in four steps.\")");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    write("cough.md", "Cough", "Lungs", "A cough clears the airways.");
    for (String formats : new String[] {"html", "pdf", "html,pdf"}) {
      BatchResult held = run("held-" + formats, formats, false);
      BatchResult streamed = run("streamed-" + formats, formats, true);

      assertThat(streamed.hasErrors()).isFalse();
      assertThat(streamed.rendered()).isEqualTo(held.rendered()).isEqualTo(3);
      assertSameFiles("streamed-" + formats, "held-" + formats); // the manifest too, byte for byte
      assertThat(dir.resolve("streamed-" + formats).resolve(Manifest.FILE_NAME)).isRegularFile();
      assertThat(run("streamed-" + formats, formats, false).nothingChanged()).isTrue();
    }

    image("img/steps.png", 0xAA2255); // the figure changes: its article is rendered again
    BatchResult next = run("streamed-html,pdf", "html,pdf", false);
    assertThat(next.rendered()).isEqualTo(1);
    assertThat(next.unchanged()).isEqualTo(2);
    run("full", "html,pdf", false);
    Files.delete(dir.resolve("full").resolve(Manifest.FILE_NAME));
    Map<String, byte[]> full = files("full");
    Map<String, byte[]> after = files("streamed-html,pdf");
    after.remove(Manifest.FILE_NAME);
    assertThat(after.keySet()).isEqualTo(full.keySet());
    full.forEach((name, bytes) -> assertThat(Arrays.equals(after.get(name), bytes)).as(name).isTrue());
  }

  @Test
  void aFolderWithAManifestIsNotAFirstRunAndIsNotStreamed() throws IOException {
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    run("out", "html", false);
    write("flu.md", "Flu", "Infections", "Flu is a virus that spreads in winter.");

    BatchResult next = run("out", "html", true);

    assertThat(next.rendered()).isEqualTo(1);
    assertThat(next.unchanged()).as("an incremental run as usual").isEqualTo(1);
  }
}
