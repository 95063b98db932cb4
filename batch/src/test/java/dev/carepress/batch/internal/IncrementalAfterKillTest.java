package dev.carepress.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.batch.Batch;
import dev.carepress.batch.BatchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental run after one that was killed part way, with the real HTML and PDF renderers:
 * the articles whose files the killed run put in place (as its journal says) are not rendered
 * again, a page it did not get to is, the index shows the titles it changed, and the folder ends
 * with exactly the files of a full run. (The process-level kill is the cli's KillSafetyIT.)
 */
class IncrementalAfterKillTest {
  @TempDir Path dir;

  private void write(String name, String title) throws IOException {
    write(name, title, title + " is explained here in plain words.");
  }

  private void write(String name, String title, String body) throws IOException {
    Path file = dir.resolve("articles").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: " + title + "\ncategory: Lungs\nlastReviewed: 2026-01-10\n---\n"
        + body + "\n", StandardCharsets.UTF_8);
  }

  private BatchResult run(Path out, boolean incremental) {
    return Batch.builder().input(dir.resolve("articles")).out(out).jobs(2).incremental(incremental)
        .format("html").format("pdf").build().run();
  }

  private static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = folder.relativize(file).toString();
        if (!name.startsWith(".carepress-manifest")) {
          files.put(name, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  @Test
  void theNextRunSkipsWhatTheKilledOneFinishedAndRendersThePagesItDidNotGetTo() throws IOException {
    for (String name : new String[] {"asthma", "cough", "flu", "croup"}) {
      write(name + ".md", Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }
    Path out = dir.resolve("out");
    run(out, true);
    // two titles and a body change; a run killed part way had put in place asthma's handout and
    // page and cough's handout (not its page): made here from a finished run of the same inputs.
    // Flu's facts stay: without the journal's titles, its run would leave the index as it was.
    write("asthma.md", "Asthma in adults");
    write("cough.md", "Cough that lasts");
    write("flu.md", "Flu", "Flu is a virus that spreads in winter.");
    Path finished = dir.resolve("finished");
    copy(out, finished);
    run(finished, true);
    Manifest done = Manifest.load(finished).orElseThrow();
    String asthma = dir.resolve("articles/asthma.md").toString();
    String cough = dir.resolve("articles/cough.md").toString();
    for (String file : new String[] {"asthma.pdf", "asthma.html", "cough.pdf"}) {
      Files.copy(finished.resolve(file), out.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    ManifestJournal journal = new ManifestJournal(out, done.run(), Manifest.load(out));
    journal.add(asthma, done.inputs().get(asthma));
    journal.page(asthma, done.inputs().get(asthma));
    journal.add(cough, done.inputs().get(cough));
    Object asthmaPdf = Files.readAttributes(out.resolve("asthma.pdf"),
        java.nio.file.attribute.BasicFileAttributes.class).fileKey();

    BatchResult next = run(out, true);

    assertThat(next.hasErrors()).isFalse();
    assertThat(next.rendered()).as("only flu's handout is rendered").isEqualTo(1);
    assertThat(next.unchanged()).isEqualTo(3);
    assertThat(Files.readAttributes(out.resolve("asthma.pdf"), java.nio.file.attribute.BasicFileAttributes.class)
        .fileKey()).isEqualTo(asthmaPdf);
    assertThat(Files.readString(out.resolve("index.html"))).contains("Asthma in adults", "Cough that lasts");
    assertThat(out.resolve(ManifestJournal.FILE_NAME)).doesNotExist();
    Path full = dir.resolve("full");
    run(full, false);
    Map<String, byte[]> expected = files(full);
    Map<String, byte[]> actual = files(out);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((name, bytes) -> assertThat(java.util.Arrays.equals(actual.get(name), bytes))
        .as(name + " as a full run makes it").isTrue());
    assertThat(run(out, true).nothingChanged()).isTrue();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(path -> {
        try {
          Path target = to.resolve(from.relativize(path).toString());
          if (Files.isDirectory(path)) {
            Files.createDirectories(target);
          } else {
            Files.copy(path, target);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
