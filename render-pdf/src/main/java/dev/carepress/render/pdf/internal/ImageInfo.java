package dev.carepress.render.pdf.internal;

import dev.carepress.Problem;

/**
 * The pixel size of a PNG or JPEG read from its header, without decoding it.
 *
 * @param width pixels across
 * @param height pixels down
 */
record ImageInfo(int width, int height) {
  /**
   * The most pixels an image may have: PDFBox decodes a PNG whole, at 4 bytes a pixel or more, so a
   * small file of 20,000 × 20,000 pixels took 1.6 GB and half a minute. 50 million is a 48-megapixel
   * phone photograph with room to spare; a handout prints no image wider than about 2,500.
   */
  static final long MAX_PIXELS = 50_000_000L;

  /** Whether the image has more than {@link #MAX_PIXELS} pixels, too many to decode for a handout. */
  boolean tooLarge() {
    return (long) width * height > MAX_PIXELS;
  }

  /** The error for an image that is {@link #tooLarge}, said of {@code what} (e.g. "the image 'x.png' of …"). */
  Problem tooLargeError(String where, String what) {
    return Problem.error("image-too-large", where, 0, 0,
        what + " is " + width + " × " + height + " pixels, more than the " + MAX_PIXELS / 1_000_000
            + " million pixels an image may have",
        "scale it down: 2,500 pixels across is plenty for print");
  }

  /** The size, or null if the bytes are not a PNG or JPEG this can read. */
  static ImageInfo read(byte[] b) {
    if (b.length >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
        && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R') {
      int w = int32(b, 16);
      int h = int32(b, 20);
      return w > 0 && h > 0 ? new ImageInfo(w, h) : null;
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
      int i = 2;
      while (i + 9 < b.length) {
        if ((b[i] & 0xFF) != 0xFF) {
          i++;
          continue;
        }
        int marker = b[i + 1] & 0xFF;
        if (marker == 0xFF) {
          i++;
          continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
          i += 2;
          continue;
        }
        int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
        boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
          int h = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
          int w = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
          return w > 0 && h > 0 ? new ImageInfo(w, h) : null;
        }
        i += 2 + length;
      }
    }
    return null;
  }

  private static int int32(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
  }
}
