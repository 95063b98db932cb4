package dev.carepress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch killed part way ({@code kill -9}: the JVM gets no chance to clean up) keeps every article
 * it finished, each file complete, and no temporary file in sight; the next run removes what the
 * killed one left in its hidden staging folder. The same for a site streamed in chunks (HTML pages
 * and handouts), where every file left is byte for byte the one a full run writes.
 */
class KillSafetyIT {
  private static final int ARTICLES = 300;

  @TempDir Path dir;

  private Path corpus() throws IOException {
    Path examples = Path.of(System.getProperty("carepress.examples", "../examples")).toAbsolutePath().normalize();
    String text = Files.readString(examples.resolve("articles/hand-washing.md"), StandardCharsets.UTF_8);
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    for (int i = 0; i < ARTICLES; i++) {
      String article = text.replace("slug: hand-washing", "slug: hand-washing-" + i)
          .replace("title: Hand washing", "title: Hand washing " + i);
      Files.writeString(corpus.resolve(String.format("a%03d.md", i)), article, StandardCharsets.UTF_8);
    }
    // the images the article shows, beside it
    try (Stream<Path> files = Files.list(examples.resolve("articles"))) {
      for (Path file : files.filter(f -> !f.toString().endsWith(".md")).toList()) {
        copyTree(file, corpus.resolve(file.getFileName().toString()));
      }
    }
    return corpus;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private Process render(Path corpus, Path out) throws IOException {
    return render(corpus, out, "pdf", List.of());
  }

  private Process render(Path corpus, Path out, String formats, List<String> jvmOptions) throws IOException {
    return render(corpus, out, formats, jvmOptions, List.of());
  }

  private Process render(Path corpus, Path out, String formats, List<String> jvmOptions, List<String> options)
      throws IOException {
    Path jar = Path.of(System.getProperty("carepress.jar", "target/carepress.jar")).toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "render", corpus.toString(), "-f", formats, "-o", out.toString(),
        "-q"));
    command.addAll(options);
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("log.txt").toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
  }

  private static List<Path> visible(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  private static List<String> hidden(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
    }
  }

  // The text of a PDF, by poppler's pdftotext (an independent parser) where it is installed; else
  // null, after checking the file's cross-reference table: startxref points at it.
  private static String textOf(Path pdf) throws IOException, InterruptedException {
    try {
      Process process = new ProcessBuilder("pdftotext", "-q", pdf.toString(), "-").redirectErrorStream(true).start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor()).as("pdftotext " + pdf).isZero();
      return text;
    } catch (IOException noPoppler) {
      String raw = Files.readString(pdf, StandardCharsets.ISO_8859_1);
      int at = raw.lastIndexOf("startxref");
      int offset = Integer.parseInt(raw.substring(at + 9).strip().split("\\s+")[0]);
      assertThat(raw.substring(offset)).as(pdf + " cross-reference").matches("(?s)(xref|\\d+ \\d+ obj).*");
      return null;
    }
  }

  @Test
  void aBatchKilledPartWayKeepsEveryFinishedArticleWholeAndNoTemporaryFileInSight() throws Exception {
    Path corpus = corpus();
    Path out = dir.resolve("out");
    Process run = render(corpus, out);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (run.isAlive() && (!Files.isDirectory(out) || visible(out).size() < 10) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(run.isAlive()).as("the run is still going when it is killed (else the corpus is too small)").isTrue();
    run.destroyForcibly();
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();

    List<Path> kept = visible(out);
    assertThat(kept).as("the articles finished before the kill").hasSizeGreaterThanOrEqualTo(10)
        .hasSizeLessThan(ARTICLES);
    List<Path> sample = new ArrayList<>();
    for (Path file : kept) {
      assertThat(file.getFileName().toString()).matches("hand-washing-\\d+\\.pdf");
      byte[] bytes = Files.readAllBytes(file);
      String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length), StandardCharsets.ISO_8859_1);
      assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).as(file.toString()).isEqualTo("%PDF-");
      assertThat(tail.strip()).as(file.toString()).endsWith("%%EOF");
      if (sample.size() < 5 || file.equals(kept.get(kept.size() - 1))) {
        sample.add(file);
      }
    }
    for (Path file : sample) {
      String text = textOf(file);
      if (text != null) {
        assertThat(text).as(file.toString()).contains("Hand washing");
      }
    }
    assertThat(hidden(out)).as("only the killed run's staging folder").allMatch(n -> n.startsWith(".carepress-"));

    // the next run renders everything and removes what the killed one left behind
    Process again = render(corpus, out);
    assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(again.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
    assertThat(visible(out)).hasSize(ARTICLES);
    assertThat(hidden(out)).isEmpty();
  }

  @Test
  void aStreamedSiteKilledPartWayKeepsOnlyWholeFilesAndTheNextRunMakesTheSameBytes() throws Exception {
    Path corpus = corpus();
    Path out = dir.resolve("out");
    // the site streamed in chunks of 16 (read twice), as a site too big for the heap would be
    List<String> streamed = List.of("-Dcarepress.streamSiteFrom=0", "-Dcarepress.siteChunk=16");
    Process run = render(corpus, out, "html,pdf", streamed);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (run.isAlive() && (!Files.isDirectory(out) || visible(out).size() < 20) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(run.isAlive()).as("the run is still going when it is killed (else the corpus is too small)").isTrue();
    run.destroyForcibly();
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();

    List<Path> kept = visible(out);
    assertThat(kept).as("the files finished before the kill").hasSizeGreaterThanOrEqualTo(20)
        .hasSizeLessThan(2 * ARTICLES);
    Map<Path, byte[]> before = new HashMap<>();
    for (Path file : kept) {
      if (Files.isRegularFile(file)) {
        before.put(file.getFileName(), Files.readAllBytes(file));
      }
    }
    assertThat(hidden(out)).as("only the killed run's staging folder").allMatch(n -> n.startsWith(".carepress-"));

    // outputs are deterministic: every file the killed run left must be the whole file a full run writes
    Process again = render(corpus, out, "html,pdf", streamed);
    assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(again.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
    assertThat(visible(out).stream().filter(f -> f.toString().endsWith(".pdf"))).hasSize(ARTICLES);
    assertThat(Files.exists(out.resolve("index.html"))).isTrue();
    for (Map.Entry<Path, byte[]> file : before.entrySet()) {
      assertThat(Files.readAllBytes(out.resolve(file.getKey()))).as(file.getKey().toString())
          .isEqualTo(file.getValue());
    }
    assertThat(hidden(out)).isEmpty();
  }

  @Test
  void anIncrementalBatchKilledPartWayIsNotRenderedAgainWhereItFinished() throws Exception {
    Path corpus = corpus();
    Path out = dir.resolve("out");
    Path journal = out.resolve(".carepress-manifest.journal");
    Process run = render(corpus, out, "html,pdf", List.of(), List.of("--incremental"));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (run.isAlive() && journaled(journal).size() < 20 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(run.isAlive()).as("the run is still going when it is killed (else the corpus is too small)").isTrue();
    run.destroyForcibly();
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> finished = journaled(journal);
    assertThat(finished).as("the articles the killed run recorded as finished").hasSizeGreaterThanOrEqualTo(20)
        .hasSizeLessThan(ARTICLES);
    assertThat(Files.exists(out.resolve(".carepress-manifest"))).as("a manifest is written only at the end").isFalse();
    Map<String, Object> identity = new HashMap<>();
    for (String file : finished) {
      assertThat(out.resolve(file)).as("a file the journal names is in place").isRegularFile();
      identity.put(file, Files.readAttributes(out.resolve(file), java.nio.file.attribute.BasicFileAttributes.class)
          .fileKey());
    }

    Process again = render(corpus, out, "html,pdf", List.of(), List.of("--incremental"));
    assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(again.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();

    // what the killed run finished was left as it was (the same file, not one written again) ...
    for (Map.Entry<String, Object> file : identity.entrySet()) {
      assertThat(Files.readAttributes(out.resolve(file.getKey()), java.nio.file.attribute.BasicFileAttributes.class)
          .fileKey()).as(file.getKey() + " not written again").isEqualTo(file.getValue());
    }
    assertThat(hidden(out)).containsExactly(".carepress-manifest");
    // ... and the folder holds exactly what a full run makes
    Path full = dir.resolve("full");
    Process fullRun = render(corpus, full, "html,pdf", List.of(), List.of());
    assertThat(fullRun.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(fullRun.exitValue()).isZero();
    List<Path> expected = visible(full);
    assertThat(visible(out).stream().map(p -> p.getFileName().toString()).toList())
        .isEqualTo(expected.stream().map(p -> p.getFileName().toString()).toList());
    for (Path file : expected) {
      if (Files.isRegularFile(file)) {
        assertThat(Files.readAllBytes(out.resolve(file.getFileName().toString()))).as(file.getFileName().toString())
            .isEqualTo(Files.readAllBytes(file));
      }
    }
  }

  // The PDF files of the entries the journal holds whole (each ends with its "end" line).
  private static List<String> journaled(Path journal) throws IOException {
    if (!Files.isRegularFile(journal)) {
      return List.of();
    }
    List<String> files = new ArrayList<>();
    List<String> entry = new ArrayList<>();
    for (String line : Files.readString(journal, StandardCharsets.ISO_8859_1).split("\n", -1)) {
      if (line.startsWith("file ") && line.endsWith(".pdf")) {
        entry.add(line.substring(5));
      } else if (line.equals("end")) {
        files.addAll(entry);
        entry.clear();
      }
    }
    return files;
  }
}
