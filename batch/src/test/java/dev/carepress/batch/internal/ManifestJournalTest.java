package dev.carepress.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal an incremental run appends to as articles go into place: what a run killed part way
 * leaves, read back over the manifest it did not get to write.
 */
class ManifestJournalTest {
  @TempDir Path out;

  private static Manifest.Entry entry(String fingerprint, String slug, String title) {
    return new Manifest.Entry(fingerprint, List.of(slug + ".pdf"), Optional.of(new ArticleFacts(slug, "el",
        Optional.of("Καρδιά"), title, Optional.empty(), Optional.empty(), List.of())));
  }

  private Manifest saved(String run) throws IOException {
    Map<String, Manifest.Entry> inputs = new LinkedHashMap<>();
    inputs.put("a.md", entry("a1", "a", "Άλφα"));
    inputs.put("b.md", entry("b1", "b", "Βήτα"));
    inputs.put(Manifest.SITE, new Manifest.Entry("s1", List.of("index.html", "a.html", "b.html"), Optional.empty()));
    Manifest manifest = new Manifest(run, inputs);
    manifest.save(out, Optional.empty());
    return Manifest.load(out).orElseThrow();
  }

  private Path journal() {
    return out.resolve(ManifestJournal.FILE_NAME);
  }

  @Test
  void theEntriesOfAKilledRunReplaceTheSavedOnesAndTheirOldFilesAreStillRemovable() throws IOException {
    Manifest before = saved("run1");
    ManifestJournal journal = new ManifestJournal(out, "run1", Optional.of(before));
    journal.add("b.md", new Manifest.Entry("b2", List.of("b-renamed.pdf"), entry("b2", "b-renamed", "Βήτα 2").facts()));
    journal.page("b.md", entry("unused", "b-renamed", "unused"));
    journal.add("c.md", entry("c1", "c", "Γάμμα"));

    Manifest loaded = Manifest.load(out).orElseThrow();

    assertThat(loaded.run()).isEqualTo("run1");
    assertThat(loaded.inputs().keySet()).containsExactly("a.md", "b.md", Manifest.SITE, "c.md");
    assertThat(loaded.inputs().get("a.md")).isEqualTo(before.inputs().get("a.md"));
    assertThat(loaded.inputs().get("b.md").fingerprint()).isEqualTo("b2");
    assertThat(loaded.inputs().get("b.md").facts().orElseThrow().title()).isEqualTo("Βήτα 2");
    assertThat(loaded.written()).as("lines that can still be copied").containsOnlyKeys("a.md", Manifest.SITE);
    assertThat(loaded.everyFile()).contains("b.pdf", "b-renamed.pdf", "c.pdf", "a.pdf", "index.html");
    assertThat(loaded.unfinished().orElseThrow().pageless()).containsExactly("c.md");
    assertThat(loaded.sameAs(loaded)).as("the manifest file says less: it must be written").isFalse();
  }

  @Test
  void anEntryCutOffByTheKillIsLeftOutAndTheWholeOnesStand() throws IOException {
    new ManifestJournal(out, "run1", Optional.empty()).add("a.md", entry("a1", "a", "Άλφα"));
    new ManifestJournal(out, "run1", Manifest.load(out)).add("b.md", entry("b1", "b", "Βήτα"));
    byte[] whole = Files.readAllBytes(journal());
    String text = new String(whole, StandardCharsets.UTF_8);
    // cut inside the second entry's Greek title, in the middle of a two-byte character
    int cut = text.substring(0, text.indexOf("Βήτα")).getBytes(StandardCharsets.UTF_8).length + 1;
    Files.write(journal(), Arrays.copyOf(whole, cut));

    Manifest loaded = Manifest.load(out).orElseThrow();

    assertThat(loaded.inputs()).containsOnlyKeys("a.md");
    assertThat(loaded.unfinished()).isPresent();
  }

  @Test
  void aRunOfTheSameSettingsKeepsTheWholeLinesBeforeItAndDropsATornTail() throws IOException {
    new ManifestJournal(out, "run1", Optional.empty()).add("a.md", entry("a1", "a", "Άλφα"));
    Files.writeString(journal(), "input b1 b.md\nfacts b el =X Y", java.nio.file.StandardOpenOption.APPEND);

    ManifestJournal next = new ManifestJournal(out, "run1", Manifest.load(out));
    next.add("c.md", entry("c1", "c", "Γάμμα"));

    assertThat(Manifest.load(out).orElseThrow().inputs()).containsOnlyKeys("a.md", "c.md");
    assertThat(Files.readString(journal())).doesNotContain("b.md");
  }

  @Test
  void aJournalOfOtherSettingsStandsAloneAndANewRunCarriesItsFilesForRemoval() throws IOException {
    saved("run1");
    new ManifestJournal(out, "run2", Manifest.load(out)).add("c.md", entry("c1", "c", "Γάμμα"));

    Manifest loaded = Manifest.load(out).orElseThrow();
    assertThat(loaded.run()).isEqualTo("run2");
    assertThat(loaded.inputs()).containsOnlyKeys("c.md");
    assertThat(loaded.everyFile()).contains("a.pdf", "b.pdf", "index.html", "c.pdf");

    // a third run, of yet other settings, killed after one article: c.pdf is still one to remove
    new ManifestJournal(out, "run3", Optional.of(loaded)).add("a.md", entry("a3", "a", "Άλφα"));
    Manifest third = Manifest.load(out).orElseThrow();
    assertThat(third.inputs()).containsOnlyKeys("a.md");
    assertThat(third.everyFile()).contains("c.pdf", "b.pdf", "index.html");
  }

  @Test
  void anArticleTakenOutAgainIsForgottenButItsFilesStayRemovable() throws IOException {
    ManifestJournal journal = new ManifestJournal(out, "run1", Optional.empty());
    journal.add("a.md", entry("a1", "a", "Άλφα"));
    journal.add("b.md", entry("b1", "b", "Βήτα"));
    journal.forget("b.md");
    journal.forget("never-recorded.md");

    Manifest loaded = Manifest.load(out).orElseThrow();

    assertThat(loaded.inputs()).containsOnlyKeys("a.md");
    assertThat(loaded.everyFile()).contains("b.pdf");
    assertThat(Files.readString(journal())).doesNotContain("never-recorded");
  }

  @Test
  void anArticleWithoutFilesOfItsOwnIsRecordedWithItsPage() throws IOException {
    ManifestJournal journal = new ManifestJournal(out, "run1", Optional.empty());
    journal.page("a.md", new Manifest.Entry("a1", List.of(), Optional.empty()));

    Manifest loaded = Manifest.load(out).orElseThrow();

    assertThat(loaded.inputs().get("a.md").files()).isEmpty();
    assertThat(loaded.unfinished().orElseThrow().pageless()).isEmpty();
  }

  @Test
  void theJournalIsDeletedOnceTheManifestIsSavedAndADamagedOneCountsAsNone() throws IOException {
    ManifestJournal journal = new ManifestJournal(out, "run1", Optional.empty());
    journal.add("a.md", entry("a1", "a", "Άλφα"));
    assertThat(Manifest.present(out)).isTrue();
    journal.delete();
    assertThat(journal()).doesNotExist();
    assertThat(Manifest.present(out)).isFalse();

    Files.writeString(journal(), "not a journal\n");
    assertThat(Manifest.load(out)).isEmpty();

    // a line edited by hand into a bad escape: what came before it stands, and loading does not fail
    new ManifestJournal(out, "run1", Optional.empty()).add("a.md", entry("a1", "a", "Άλφα"));
    Files.writeString(journal(), "page a%Z.md\nforget b%\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(Manifest.load(out).orElseThrow().inputs()).containsOnlyKeys("a.md");
  }
}
