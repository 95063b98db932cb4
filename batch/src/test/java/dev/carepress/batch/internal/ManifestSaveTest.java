package dev.carepress.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving a manifest after one was read copies the lines of the unchanged entries from the file
 * read: the bytes written are those a manifest written from scratch has.
 */
class ManifestSaveTest {
  @TempDir Path dir;

  private static Map<String, Manifest.Entry> entries(String changedTitle) {
    Map<String, Manifest.Entry> inputs = new LinkedHashMap<>();
    inputs.put("a/one file.md", new Manifest.Entry("f1", List.of("one.pdf", "one.html"), Optional.of(
        new ArticleFacts("one", "de", Optional.of("Kinder – Gesundheit"), "Ärzte 100% 日本", Optional.empty(),
            Optional.of("img/a b.png"), List.of("x.png", "y\tz.png")))));
    inputs.put("a/two.md", new Manifest.Entry("f2", List.of("two.pdf"), Optional.of(
        new ArticleFacts("two", "en", Optional.empty(), changedTitle, Optional.of("A summary\nof two lines"),
            Optional.empty(), List.of()))));
    inputs.put(Manifest.SITE, new Manifest.Entry("f3", List.of("index.html", "style.css"), Optional.empty()));
    return inputs;
  }

  private byte[] saved(Manifest manifest, Optional<Manifest> previous, String folder) throws IOException {
    Path out = Files.createDirectories(dir.resolve(folder));
    manifest.save(out, previous);
    return Files.readAllBytes(out.resolve(Manifest.FILE_NAME));
  }

  @Test
  void savingAfterReadingWritesTheBytesOfAFreshManifest() throws IOException {
    Manifest fresh = new Manifest("run", entries("Two"));
    byte[] written = saved(fresh, Optional.empty(), "fresh");
    Manifest read = Manifest.load(dir.resolve("fresh")).orElseThrow();
    assertThat(read.inputs()).isEqualTo(fresh.inputs());
    assertThat(read.written()).containsOnlyKeys(fresh.inputs().keySet());
    assertThat(saved(new Manifest("run", read.inputs()), Optional.of(read), "again")).isEqualTo(written);

    Manifest changed = new Manifest("run", entries("Two, changed"));
    assertThat(saved(changed, Optional.of(read), "changed"))
        .isEqualTo(saved(changed, Optional.empty(), "changed-fresh"))
        .isNotEqualTo(written);
  }

  @Test
  void aManifestWithCarriageReturnsIsReadButNotCopied() throws IOException {
    Manifest fresh = new Manifest("run", entries("Two"));
    String text = new String(saved(fresh, Optional.empty(), "crlf"), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("crlf").resolve(Manifest.FILE_NAME), text.replace("\n", "\r\n"));
    Manifest read = Manifest.load(dir.resolve("crlf")).orElseThrow();
    assertThat(read.inputs()).isEqualTo(fresh.inputs());
    assertThat(read.written()).isEmpty();
  }

  @Test
  void aManifestThatIsNotUtf8IsNone() throws IOException {
    Manifest fresh = new Manifest("run", entries("Two"));
    byte[] bytes = saved(fresh, Optional.empty(), "bad");
    bytes[bytes.length - 3] = (byte) 0xC3; // a lead byte without its continuation
    Files.write(dir.resolve("bad").resolve(Manifest.FILE_NAME), bytes);
    assertThat(Manifest.load(dir.resolve("bad"))).isEmpty();
  }
}
