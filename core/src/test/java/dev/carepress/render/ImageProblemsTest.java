package dev.carepress.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageProblemsTest {

  private static Problem notAnImage(byte[] bytes) {
    return ImageProblems.notAnImage("a.md", "pic.png", "article 'a'", Resource.of("pic.png", bytes));
  }

  @Test
  void aTextFileNamedLikeAnImageIsSaidToHoldTextWithWhatToPutThere() {
    Problem problem = notAnImage("hello, this is text\n".getBytes(StandardCharsets.UTF_8));

    assertThat(problem.isError()).isTrue();
    assertThat(problem.code()).isEqualTo("image-format");
    assertThat(problem.message()).isEqualTo("the image 'pic.png' of article 'a' is not a picture: the file holds text");
    assertThat(problem.hint()).contains("PNG or JPEG").contains("fix the path");
  }

  @Test
  void emptyFilesDocumentsAndBinaryJunkAreNamedForWhatTheyAre() {
    assertThat(notAnImage(new byte[0]).message()).endsWith("the file is empty");
    assertThat(notAnImage("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).message()).endsWith("is a PDF document");
    assertThat(notAnImage(new byte[] {'P', 'K', 3, 4, 0}).message()).contains("ZIP archive");
    assertThat(notAnImage("<!doctype html><p>x".getBytes(StandardCharsets.US_ASCII)).message()).endsWith("markup");
    assertThat(notAnImage(new byte[] {0, 1, 2, (byte) 0xFE}).message()).endsWith("holds data of another kind");
    assertThat(notAnImage(new byte[] {(byte) 0x89, 'P', 'N', 'G'}).message()).endsWith("is cut short");
  }

  @Test
  void aPictureOfAKindNoRendererTakesIsCalledAPicture() {
    Problem problem = ImageProblems.notAnImage("a.md", "scan.tif", "article 'a'",
        new Resource("scan.tif", "image/tiff", new byte[] {'I', 'I', 42, 0}));

    assertThat(problem.message())
        .isEqualTo("the image 'scan.tif' of article 'a' is a picture of type image/tiff, which cannot be used here");
  }
}
