package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.ContentException;
import dev.carepress.model.Article;
import dev.carepress.model.Figure;
import dev.carepress.model.Image;
import dev.carepress.testing.SampleArticles;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 19: the lead image on page 1, CMYK and greyscale JPEGs placed in an sRGB PDF/A file, and
 * a clear error for an image that cannot be read.
 */
class HandoutImagesTest {

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void leadImageCmykAndGreyJpegsArePlacedAndTheFileStaysCompliant(boolean largePrint, @TempDir Path dir)
      throws Exception {
    Files.write(dir.resolve("cmyk.jpg"), cmykJpeg(160, 100));
    BufferedImage grey = new BufferedImage(160, 100, BufferedImage.TYPE_BYTE_GRAY);
    for (int x = 0; x < 160; x++) {
      grey.getRaster().setSample(x, x % 100, 0, 255);
    }
    ImageIO.write(grey, "jpg", dir.resolve("grey.jpg").toFile());
    Path source = dir.resolve("article.md");
    Files.writeString(source, "not read: the article is built in code");
    Article article = SampleArticles.withFigure(source, "grey.jpg", "A grey chart", "A caption.").toBuilder()
        .image(new Image("cmyk.jpg", "A colourful lead picture"))
        .section("Printed in CMYK", new Figure("cmyk.jpg", "The same picture again", Optional.empty()))
        .build();
    PdfRenderer renderer = PdfRenderer.builder().largePrint(largePrint).build();
    Pdfs.Rendered pdf = Pdfs.render(renderer, article);
    Pdfs.keep("images-" + (largePrint ? "large" : "a4") + ".pdf", pdf.bytes());
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    assertThat(pdf.warnings()).isEmpty();
    List<String> spaces = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      PDPage first = doc.getPage(0);
      assertThat(first.getResources().getXObjectNames()).as("the lead image is on page 1").isNotEmpty();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            spaces.add(image.getColorSpace().getName());
          }
        }
      }
    }
    assertThat(spaces).doesNotContain("DeviceCMYK").contains("DeviceRGB", "DeviceGray");
  }

  @Test
  void anImageThatCannotBeDecodedIsAClearErrorNamingIt(@TempDir Path dir) throws Exception {
    byte[] jpeg = cmykJpeg(40, 40);
    byte[] broken = java.util.Arrays.copyOf(jpeg, 200); // the header is there, the picture is not
    Files.write(dir.resolve("broken.jpg"), broken);
    Path source = dir.resolve("article.md");
    Files.writeString(source, "not read");
    Article article = SampleArticles.withFigure(source, "broken.jpg", "Broken", "A caption.");
    assertThatThrownBy(() -> Pdfs.render(PdfRenderer.create(), article)).isInstanceOf(ContentException.class)
        .hasMessageContaining("broken.jpg");
  }

  @Test
  void aTextFileNamedLikeAPictureGetsTheWordsTheOtherFormatsUse(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("chart.png"), "this is a note, not a picture\n");
    Path source = dir.resolve("article.md");
    Files.writeString(source, "not read");
    Article article = SampleArticles.withFigure(source, "chart.png", "A chart", "A caption.");
    assertThatThrownBy(() -> Pdfs.render(PdfRenderer.create(), article)).isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("image-format");
          assertThat(p.message()).contains("'chart.png'", "is not a picture: the file holds text");
          assertThat(p.hint()).contains("put a PNG or JPEG picture there");
        }));
  }

  /** A JPEG of four components, which PDF readers take as CMYK: what ImageIO writes for a 4-band raster. */
  static byte[] cmykJpeg(int width, int height) throws IOException {
    WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raster.setPixel(x, y, new int[] {x * 255 / width, 255 - y * 255 / height, y * 128 / height, 0});
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(null, new IIOImage(raster, null, null), null);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
