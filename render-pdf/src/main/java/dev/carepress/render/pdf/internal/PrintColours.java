package dev.carepress.render.pdf.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Makes a CMYK image (the JPEGs print designers send) fit the handout's sRGB output intent
 * (issue 19). PDF/A-2 allows DeviceCMYK only with a CMYK output intent, and one output intent
 * serves the whole file; so a CMYK JPEG is converted to RGB with PDFBox's CMYK profile and embedded
 * again as a JPEG. RGB and greyscale images are embedded as they are: sRGB is the output intent,
 * and DeviceGray is allowed under any output intent.
 */
final class PrintColours {
  /** The JPEG quality a converted CMYK image is written at: close to the original, a third of the size of lossless. */
  private static final float QUALITY = 0.92f;

  private PrintColours() {}

  /** The image itself, or an RGB copy of a CMYK one. */
  static PDImageXObject fit(PDDocument doc, PDImageXObject image) throws IOException {
    if (!isCmyk(image)) {
      return image;
    }
    BufferedImage rgb = image.getImage();
    return JPEGFactory.createFromImage(doc, rgb, QUALITY);
  }

  private static boolean isCmyk(PDImageXObject image) throws IOException {
    var space = image.getColorSpace();
    return space instanceof PDDeviceCMYK
        || space instanceof PDICCBased && ((PDICCBased) space).getNumberOfComponents() == 4;
  }
}
