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
  void anEditThatKeepsTheFileLengthIsStillSeen() throws IOException {
    write("asthma.md", "Asthma", "Lungs", "Take 2 puffs.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    incremental();

    write("asthma.md", "Asthma", "Lungs", "Take 3 puffs.");
    BatchResult digit = incremental();
    write("asthma.md", "Asthma", "Lungs", "Take 3 ffups.");
    BatchResult swapped = incremental();

    assertThat(digit.rendered()).as("one digit changed").isEqualTo(1);
    assertThat(swapped.rendered()).as("letters swapped").isEqualTo(1);
    assertSameAsAFullRun("same length");
  }

  @Test
  void anEditThatKeepsTheLengthAndTheModificationTimeIsStillSeen() throws IOException {
    // the fingerprint is of the bytes, not of the file's size and time, which an edit within the
    // file system's time granularity (or a tool that restores the time) leaves as they were
    Path asthma = write("asthma.md", "Asthma", "Lungs", "Take 2 puffs.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(asthma);
    incremental();

    write("asthma.md", "Asthma", "Lungs", "Take 4 puffs.");
    Files.setLastModifiedTime(asthma, time);
    BatchResult edited = incremental();

    assertThat(Files.getLastModifiedTime(asthma)).isEqualTo(time);
    assertThat(edited.rendered()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("incremental/asthma.html"))).contains("Take 4 puffs.");
    assertSameAsAFullRun("same length and time");
  }

  @Test
  void aRunThatFindsNothingChangedLeavesTheManifestAsItWas() throws IOException {
    Path manifest = dir.resolve("incremental").resolve(".carepress-manifest");
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    incremental();
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(manifest, old);
    byte[] before = Files.readAllBytes(manifest);

    assertThat(incremental().nothingChanged()).isTrue();
    assertThat(Files.getLastModifiedTime(manifest)).as("not written again").isEqualTo(old);
    assertThat(Files.readAllBytes(manifest)).isEqualTo(before);

    write("flu.md", "Flu", "Infections", "Flu is a virus that spreads in winter.");
    assertThat(incremental().rendered()).isEqualTo(1);
    assertThat(Files.getLastModifiedTime(manifest)).as("written after a change").isNotEqualTo(old);
    assertThat(Files.readAllBytes(manifest)).isNotEqualTo(before);
    assertThat(incremental().nothingChanged()).isTrue();
    assertSameAsAFullRun("after");
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
  void anEditedFileASettingNamesRendersEverythingAgain() throws IOException {
    // css=brand.css (or clinicLogo=logo.png, a font): the path was fingerprinted, not the file, so
    // an edited stylesheet or logo left every output "up to date" with the old one
    Path out = dir.resolve("incremental");
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    Path css = Files.writeString(dir.resolve("brand.css"), ".cp-article { color: #111111; }\n");
    Settings settings = Settings.of(Map.of("css", css.toString()));
    Batch.Builder batch = Batch.builder().input(articles()).out(out).jobs(2).incremental(true).format("html", settings);
    assertThat(batch.build().run().rendered()).isEqualTo(2);
    assertThat(batch.build().run().nothingChanged()).isTrue();

    Files.writeString(css, ".cp-article { color: #222222; }\n");
    BatchResult edited = batch.build().run();

    assertThat(edited.rendered()).isEqualTo(2);
    assertThat(Files.readString(out.resolve("carepress.css"))).contains("#222222");
    assertThat(batch.build().run().nothingChanged()).isTrue();
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

  private BatchResult runHtml(Path out) {
    return Batch.builder().input(articles()).out(out).jobs(2).incremental(true).format("html").build().run();
  }

  private void assertSameAsAFullHtmlRun(Path out, String name) {
    Path full = dir.resolve("full-html-" + name);
    BatchResult result = Batch.builder().input(articles()).out(full).jobs(2).format("html").build().run();
    assertThat(result.hasErrors()).isFalse();
    assertThat(files(out)).as(name).isEqualTo(files(full));
  }

  @Test
  void anUnchangedArticleIsNotReadAgain() throws IOException {
    Path out = dir.resolve("incremental");
    Path odd = articles().resolve("asthma.md");
    Files.createDirectories(articles());
    // a footnote nothing refers to: a warning each time the file is read
    Files.writeString(odd, "---\ntitle: Asthma\ncategory: Lungs\nsummary: About asthma.\n---\nWheeze.\n\n"
        + "[^x]: A note nothing refers to.\n");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    BatchResult first = incremental();
    assertThat(first.problems().all()).anyMatch(p -> p.source().equals(odd.toString()) && !p.isError());

    write("flu.md", "Flu", "Infections", "Flu is a virus that spreads in winter.");
    BatchResult next = incremental();

    assertThat(next.rendered()).isEqualTo(1);
    assertThat(next.problems().all()).noneMatch(p -> p.source().equals(odd.toString()));
    assertSameAsAFullRun("not-read");
  }

  @Test
  void aBodyEditThatKeepsEveryListedFactRendersOnlyThatPageNotTheSharedPages() throws IOException {
    Path out = dir.resolve("incremental");
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    incremental();
    assertSameAsAFullRun("before");
    // a mark in the shared pages that only rendering them again would take away
    Path index = out.resolve("index.html");
    Path lungs = out.resolve("category-lungs.html");
    Files.writeString(index, Files.readString(index) + "<!-- kept -->");
    Files.writeString(lungs, Files.readString(lungs) + "<!-- kept -->");

    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe. An inhaler helps.");
    BatchResult body = incremental();

    assertThat(body.rendered()).isEqualTo(1);
    assertThat(names(body.written(), out)).containsExactly("asthma.html", "asthma.pdf");
    assertThat(Files.readString(index)).endsWith("<!-- kept -->");
    assertThat(Files.readString(lungs)).endsWith("<!-- kept -->");

    // the summary is listed on the index: changing it renders the shared pages again
    Files.writeString(articles().resolve("asthma.md"), Files.readString(articles().resolve("asthma.md"))
        .replace("summary: About Asthma.", "summary: What asthma is."));
    BatchResult summary = incremental();
    assertThat(names(summary.written(), out)).contains("asthma.html", "index.html", "category-lungs.html");
    assertSameAsAFullRun("summary");
  }

  @Test
  void aChangedTitleOrCategoryRebuildsTheSharedPagesFromTheUnchangedArticlesRecords() throws IOException {
    Path out = dir.resolve("incremental");
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    write("cough.md", "Cough", "Lungs", "A cough clears the airways.");
    write("measles.md", "Measles", "Infections", "Measles spreads easily.");
    incremental();

    write("cough.md", "Coughing", "Lungs", "A cough clears the airways.");
    BatchResult title = incremental();
    assertThat(names(title.written(), out)).contains("cough.pdf", "cough.html", "index.html", "category-lungs.html")
        .doesNotContain("asthma.html", "flu.html", "category-infections.html");
    assertSameAsAFullRun("title-only");

    write("cough.md", "Coughing", "Infections", "A cough clears the airways.");
    BatchResult category = incremental();
    assertThat(names(category.written(), out))
        .contains("cough.html", "index.html", "category-lungs.html", "category-infections.html")
        .doesNotContain("asthma.html", "flu.html", "measles.html");
    assertSameAsAFullRun("category");

    write("rash.md", "Rash", "Skin", "A rash can itch.");
    BatchResult added = incremental();
    assertThat(names(added.written(), out)).contains("rash.html", "rash.pdf", "category-skin.html", "index.html");
    assertThat(added.rendered()).isEqualTo(1);
    assertSameAsAFullRun("added");

    Files.delete(articles().resolve("rash.md"));
    BatchResult deleted = incremental();
    assertThat(names(deleted.removed(), out)).contains("rash.html", "rash.pdf", "category-skin.html");
    assertSameAsAFullRun("deleted");
    assertThat(incremental().nothingChanged()).isTrue();
  }

  @Test
  void aChangedImageRendersItsArticleAgainAndTheOthersKeepTheirImagesNames() throws IOException {
    Path out = dir.resolve("incremental");
    Path images = Path.of("..", "examples", "articles", "images");
    // two pictures called pic.png with different bytes: the site names the second media/2-pic.png
    for (String folder : List.of("a", "b")) {
      Files.createDirectories(articles().resolve(folder));
    }
    Files.copy(images.resolve("stroke-fast.png"), articles().resolve("a/pic.png"));
    Files.copy(images.resolve("hand-washing-steps.png"), articles().resolve("b/pic.png"));
    write("a/one.md", "One", "Lungs", "![A picture](pic.png)\n\nText one.");
    write("b/two.md", "Two", "Lungs", "![Another picture](pic.png)\n\nText two.");
    write("three.md", "Three", "Skin", "Text three.");
    runHtml(out);
    assertSameAsAFullHtmlRun(out, "images-first");

    write("b/two.md", "Two", "Lungs", "![Another picture](pic.png)\n\nText two, changed.");
    BatchResult body = runHtml(out);
    assertThat(names(body.written(), out)).contains("two.html").doesNotContain("one.html", "three.html");
    assertSameAsAFullHtmlRun(out, "images-body");

    Files.copy(images.resolve("blood-pressure-numbers.png"), articles().resolve("a/pic.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    BatchResult image = runHtml(out);
    assertThat(image.rendered()).isEqualTo(1);
    assertThat(names(image.written(), out)).contains("media/pic.png");
    assertSameAsAFullHtmlRun(out, "images-changed");
    assertThat(runHtml(out).nothingChanged()).isTrue();
  }

  @Test
  void anOldOrDamagedManifestMeansAFullRun() throws IOException {
    Path out = dir.resolve("incremental");
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    incremental();
    Path manifest = out.resolve(".carepress-manifest");
    List<String> lines = Files.readAllLines(manifest);

    List<String> old = new java.util.ArrayList<>(lines);
    old.set(0, "carepress-manifest 1");
    Files.write(manifest, old);
    assertThat(incremental().rendered()).isEqualTo(2);

    List<String> damaged = new java.util.ArrayList<>(lines);
    damaged.replaceAll(line -> line.startsWith("facts ") ? "facts broken" : line);
    Files.write(manifest, damaged);
    assertThat(incremental().rendered()).isEqualTo(2);
    assertSameAsAFullRun("damaged");

    List<String> refused = new java.util.ArrayList<>(Files.readAllLines(manifest));
    refused.replaceAll(line -> line.startsWith("facts asthma ") ? line.replace("facts asthma ", "facts %20bad ") : line);
    assertThat(refused).anyMatch(line -> line.startsWith("facts %20bad "));
    Files.write(manifest, refused); // a slug the model refuses: the file is read instead
    assertThat(incremental().problems().all()).isEmpty();
    assertSameAsAFullRun("refused");
    assertThat(incremental().nothingChanged()).isTrue();
  }

  @Test
  void anArticleThatFailsWhenOnlyItsPageWouldBeRenderedTakesItOutOfTheWholeSite() throws IOException {
    Path out = dir.resolve("incremental");
    write("asthma.md", "Asthma", "Lungs", "Asthma makes it hard to breathe.");
    write("flu.md", "Flu", "Infections", "Flu is a virus.");
    write("cough.md", "Cough", "Lungs", "A cough clears the airways.");
    java.util.function.Function<Path, BatchResult> run = folder -> Batch.builder().input(articles()).out(folder)
        .jobs(2).incremental(folder.equals(out)).renderers(TestRenderers.both()).format("txt").format("site")
        .build().run();
    run.apply(out);

    write("flu.md", "Broken", "Infections", "Flu is a virus."); // the txt format fails for this title
    BatchResult broken = run.apply(out);

    assertThat(broken.hasErrors()).isTrue();
    Path full = dir.resolve("full-broken");
    run.apply(full);
    assertThat(files(out)).isEqualTo(files(full));
    assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("flu");
  }
}
