package dev.carepress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.render.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs with the real HTML and PDF renderers: after every kind of change, the output
 * folder holds exactly the files (and bytes) a full run into an empty folder gives, and only what
 * changed was written.
 */
class IncrementalBatchTest {
  @TempDir Path dir;

  private Path articles() {
    return dir.resolve("articles");
  }

  private Path write(String name, String title, String category, String body) throws IOException {
    Path file = articles().resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: " + title + "\ncategory: " + category + "\nsummary: About " + title
        + ".\nlastReviewed: 2026-01-10\n---\n" + body + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private BatchResult run(Path out, boolean incremental, String pageSize) {
    return Batch.builder().input(articles()).out(out).jobs(2).incremental(incremental)
        .format("html").format("pdf", Settings.of(Map.of("pageSize", pageSize))).build().run();
  }

  private BatchResult incremental() {
    return run(dir.resolve("incremental"), true, "A4");
  }

  /** The files of a folder (but the manifest) with a digest of each. */
  private static Map<String, String> files(Path folder) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        if (!name.equals(".carepress-manifest")) {
          files.put(name, HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
              .digest(Files.readAllBytes(file))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  private void assertSameAsAFullRun(String name) {
    Path full = dir.resolve("full-" + name);
    BatchResult result = run(full, false, "A4");
    assertThat(result.hasErrors()).isFalse();
    assertThat(files(dir.resolve("incremental"))).as(name).isEqualTo(files(full));
  }

  private static List<String> names(List<Path> files, Path folder) {
    return files.stream().map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted().toList();
  }

  @Test
  void everyKindOfChangeLeavesExactlyTheFilesOfAFullRunAndWritesOnlyWhatChanged() throws IOException {
    Path out = dir.resolve("incremental");
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    Path cough = write("cough.md", "Cough", "Lungs", "A cough clears the airways.");

    BatchResult first = incremental();
    assertThat(first.rendered()).isEqualTo(3);
    assertThat(first.unchanged()).isZero();
    assertThat(Files.exists(out.resolve(".carepress-manifest"))).isTrue();
    assertSameAsAFullRun("first");

    BatchResult again = incremental();
    assertThat(again.nothingChanged()).isTrue();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(again.written()).isEmpty();

    write("flu.md", "Flu", "Infections", "Flu is a virus that spreads in winter.");
    BatchResult body = incremental();
    assertThat(body.rendered()).isEqualTo(1);
    assertThat(body.unchanged()).isEqualTo(2);
    assertThat(names(body.written(), out)).contains("flu.pdf", "flu.html").doesNotContain("asthma.pdf", "cough.pdf");
    assertSameAsAFullRun("body");

    write("cough.md", "Coughs", "Airways", "A cough clears the airways.");
    BatchResult title = incremental();
    assertThat(names(title.written(), out)).contains("cough.pdf", "index.html").doesNotContain("asthma.pdf");
    assertSameAsAFullRun("title");

    Files.delete(cough);
    BatchResult deleted = incremental();
    assertThat(names(deleted.removed(), out)).contains("cough.pdf", "cough.html");
    assertThat(deleted.rendered()).isZero();
    assertSameAsAFullRun("deleted");

    Files.delete(out.resolve("asthma.pdf"));
    BatchResult missing = incremental();
    assertThat(missing.rendered()).isEqualTo(1);
    assertThat(names(missing.written(), out)).contains("asthma.pdf").doesNotContain("flu.pdf");
    assertSameAsAFullRun("missing");
  }

  @Test
  void aChangedSettingOrVersionRendersEverythingAgain() throws IOException {
    Path out = dir.resolve("incremental");
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    incremental();

    BatchResult letter = run(out, true, "LETTER");
    assertThat(letter.rendered()).isEqualTo(2);
    assertThat(letter.unchanged()).isZero();

    Path manifest = out.resolve(".carepress-manifest");
    List<String> lines = Files.readAllLines(manifest);
    lines.set(1, "run 0000");
    Files.write(manifest, lines);
    BatchResult version = run(out, true, "LETTER");
    assertThat(version.rendered()).isEqualTo(2);
    assertThat(run(out, true, "LETTER").nothingChanged()).isTrue();
  }

  @Test
  void aBrokenManifestMeansAFullRun() throws IOException {
    Path out = dir.resolve("incremental");
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    incremental();
    Files.writeString(out.resolve(".carepress-manifest"), "not a manifest");

    BatchResult result = incremental();

    assertThat(result.rendered()).isEqualTo(1);
    assertThat(incremental().nothingChanged()).isTrue();
  }

  @Test
  void aKilledRunLeavesTheOldManifestSoTheNextRunRendersItsFinishedArticlesAgain() throws IOException {
    Path out = dir.resolve("incremental");
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    incremental();
    String manifest = Files.readString(out.resolve(".carepress-manifest"));
    // a run killed after flu's files were moved into place early: new files, the old manifest
    write("flu.md", "Flu", "Infections", "Flu is a virus that spreads in winter.");
    run(out, false, "A4");
    assertThat(Files.readString(out.resolve(".carepress-manifest"))).isEqualTo(manifest);

    BatchResult next = incremental();

    assertThat(next.rendered()).isEqualTo(1);
    assertThat(next.unchanged()).isEqualTo(1);
    assertSameAsAFullRun("after-kill");
    assertThat(incremental().nothingChanged()).isTrue();
  }

  @Test
  void anIncrementalBatchCannotBeAShardOrTheBookAlone() throws IOException {
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    Path book = articles().resolve("book.yaml");
    Files.writeString(book, "title: Health\narticles:\n  - asthma.md\n");
    Batch.Builder batch = Batch.builder().input(articles()).out(dir.resolve("out")).format("html").incremental(true);

    assertThatThrownBy(() -> batch.shard(Shard.parse("1/2")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be a shard (1/2)");
    assertThatThrownBy(() -> batch.shard(Shard.ALL).book(book).bookOnly(true).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot render only the book");
    assertThat(batch.bookOnly(false).build().incremental()).isTrue();
  }
}
