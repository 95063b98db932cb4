package dev.carepress.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint of an article file is written as it always was (so a manifest of the previous
 * version still matches, and its next run is not a full one): the CRC-32, the CRC-32C and the length
 * of what it covers, in hex, as {@code String.format("%08x%08x%016x")} gives them.
 */
class FingerprintsTest {
  @TempDir Path dir;

  private static String expected(byte[] covered) {
    CRC32 crc = new CRC32();
    crc.update(covered);
    CRC32C crcC = new CRC32C();
    crcC.update(covered);
    return String.format("%08x%08x%016x", crc.getValue(), crcC.getValue(), (long) covered.length);
  }

  private static byte[] covered(byte[] file, String images) {
    byte[] head = ("file " + file.length + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("images " + images + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + file.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(file, 0, all, head.length, file.length);
    System.arraycopy(tail, 0, all, head.length + file.length, tail.length);
    return all;
  }

  @Test
  void anArticleFilesFingerprintIsBothChecksAndTheLengthOfItsBytesAndImagesInHex() throws IOException {
    byte[] bytes = "---\ntitle: Asthma – what to do\n---\nTake 2 puffs.\n".getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("asthma.md"), bytes);

    assertThat(Fingerprints.input(file, "")).isEqualTo(expected(covered(bytes, "")));
    assertThat(Fingerprints.input(file, "0123abcd")).isEqualTo(expected(covered(bytes, "0123abcd")))
        .hasSize(32);
  }

  @Test
  void anEmptyFileAndAMissingOneHaveFingerprintsOfTheirOwn() throws IOException {
    Path empty = Files.write(dir.resolve("empty.md"), new byte[0]);
    Path missing = dir.resolve("missing.md");

    assertThat(Fingerprints.input(empty, "")).isEqualTo(expected(covered(new byte[0], "")));
    assertThat(Fingerprints.input(missing, "")).isEqualTo(
        expected(("unreadable " + missing + "\nimages \n").getBytes(StandardCharsets.UTF_8)));
  }
}
