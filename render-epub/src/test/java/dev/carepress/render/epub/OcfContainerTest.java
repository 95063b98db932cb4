package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.testing.SampleArticles;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container rules EPUBCheck does not fully check (it accepts a deflated {@code mimetype}): read
 * straight from the bytes.
 */
class OcfContainerTest {
  @TempDir Path dir;

  private final byte[] epub = Epubs.book(SampleArticles.book());

  @Test
  void mimetypeIsTheFirstEntryStoredWithExactBytesAndNoExtraField() {
    ByteBuffer b = ByteBuffer.wrap(epub).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(b.getInt(0)).as("local file header signature").isEqualTo(0x04034b50);
    assertThat(b.getShort(6) & 0x0008).as("no data descriptor: sizes are in the header").isZero();
    assertThat(b.getShort(8)).as("compression method (0 = STORED)").isEqualTo((short) 0);
    assertThat(b.getInt(18)).as("compressed size").isEqualTo(20);
    assertThat(b.getInt(22)).as("uncompressed size").isEqualTo(20);
    assertThat(b.getShort(26)).as("name length").isEqualTo((short) 8);
    assertThat(b.getShort(28)).as("extra field length").isEqualTo((short) 0);
    assertThat(new String(epub, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
    assertThat(Arrays.copyOfRange(epub, 38, 58)).isEqualTo("application/epub+zip".getBytes(StandardCharsets.US_ASCII));
    assertThat(b.getInt(58)).as("the next local header follows at once").isEqualTo(0x04034b50);
  }

  @Test
  void noEntryHasAnExtraFieldAndAllShareOneTimestamp() throws Exception {
    List<Long> times = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertThat(e.getExtra()).as("local extra field of " + e.getName()).isNull();
        times.add(e.getTime());
      }
    }
    Path file = Files.write(dir.resolve("book.epub"), epub);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      zip.stream().forEach(e -> {
        assertThat(e.getExtra()).as("central extra field of " + e.getName()).isNull();
        assertThat(e.getComment()).isNull();
      });
    }
    assertThat(times).hasSizeGreaterThan(5).containsOnly(times.get(0));
  }

  @Test
  void entriesComeInAFixedOrderWithThePackageDocumentLast() {
    assertThat(Epubs.entries(epub).keySet()).containsExactly(
        "mimetype",
        "META-INF/container.xml",
        "EPUB/css/carepress.css",
        "EPUB/title.xhtml",
        "EPUB/nav.xhtml",
        "EPUB/toc.ncx",
        "EPUB/text/living-well-with-asthma.xhtml",
        "EPUB/text/lavarse-las-manos.xhtml",
        "EPUB/text/minimal.xhtml",
        "EPUB/package.opf");
  }

  @Test
  void containerPointsAtThePackageDocument() {
    assertThat(Epubs.text(epub, "META-INF/container.xml"))
        .contains("<rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>");
  }

  @Test
  void timestampIsTheContentDateNotTheClock() throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      // the latest date in the sample book: the Spanish article, published and reviewed 2025-03-03
      assertThat(zip.getNextEntry().getTimeLocal()).isEqualTo("2025-03-03T00:00");
    }
  }
}
