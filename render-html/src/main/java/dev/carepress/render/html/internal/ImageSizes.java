package dev.carepress.render.html.internal;

import dev.carepress.render.html.markup.ImageSize;
import java.util.Optional;

/** Reads the pixel size from the header of a PNG, GIF or JPEG file; anything else has none. */
public final class ImageSizes {
  private ImageSizes() {}

  /** The size, if the bytes are a PNG, GIF or baseline/progressive JPEG whose header says it. */
  public static Optional<ImageSize> of(byte[] b) {
    try {
      if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
        return size(int32(b, 16), int32(b, 20));
      }
      if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
        return size((b[6] & 0xff) | (b[7] & 0xff) << 8, (b[8] & 0xff) | (b[9] & 0xff) << 8);
      }
      if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
        int i = 2;
        while (i + 9 < b.length) {
          if ((b[i] & 0xff) != 0xff) {
            return Optional.empty();
          }
          int marker = b[i + 1] & 0xff;
          int length = (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
          boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
          if (startOfFrame) {
            int height = (b[i + 5] & 0xff) << 8 | (b[i + 6] & 0xff);
            int width = (b[i + 7] & 0xff) << 8 | (b[i + 8] & 0xff);
            return size(width, height);
          }
          i += 2 + length;
        }
      }
    } catch (ArrayIndexOutOfBoundsException e) {
      return Optional.empty(); // a truncated header: no size, the image still shows
    }
    return Optional.empty();
  }

  private static Optional<ImageSize> size(long width, long height) {
    return width >= 1 && height >= 1 && width <= 100_000 && height <= 100_000
        ? Optional.of(new ImageSize((int) width, (int) height)) : Optional.empty();
  }

  private static long int32(byte[] b, int i) {
    return (long) (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
  }
}
