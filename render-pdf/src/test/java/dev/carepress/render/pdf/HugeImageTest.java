package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.testing.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small PNG of very many pixels (a decompression bomb, or a scan saved at full size) is refused
 * from its header: PDFBox would decode all of it, 1.6 GB and half a minute for 20,000 × 20,000.
 */
class HugeImageTest {

  @Test
  void aPngOfMoreThanFiftyMillionPixelsIsAnErrorSayingItsSizeNotDecoded(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("images"));
    Files.write(dir.resolve("images/scan.png"), greyPng(8000, 7000));
    Article article = SampleArticles.withFigure(dir.resolve("a.md"), "images/scan.png", "A scan", "Caption.");

    ContentException e = catchThrowableOfType(
        () -> PdfRenderer.create().render(article, new ByteArrayOutputStream()), ContentException.class);

    assertThat(e).isNotNull();
    assertThat(e.errors()).extracting(Problem::code).containsExactly("image-too-large");
    assertThat(e.errors().get(0).message()).contains("images/scan.png", "8000 × 7000 pixels");
    assertThat(e.errors().get(0).hint()).contains("scale it down");
  }

  /** A valid 8-bit greyscale PNG, all black: 56 MB of pixels in a file of about 60 KB. */
  private static byte[] greyPng(int width, int height) throws Exception {
    Deflater deflater = new Deflater(9);
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] row = new byte[width + 1];
    byte[] buffer = new byte[1 << 16];
    for (int y = 0; y < height; y++) {
      deflater.setInput(row);
      while (!deflater.needsInput()) {
        idat.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      idat.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put(new byte[4]).array());
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
    byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    out.write(name);
    out.write(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
