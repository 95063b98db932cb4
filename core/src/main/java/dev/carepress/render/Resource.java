package dev.carepress.render;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file an article refers to (an image), loaded into memory.
 *
 * @param name the file name, e.g. {@code inhaler.png}
 * @param mediaType the media type, from the content's first bytes (see {@link #sniff(byte[])})
 * @param bytes the content; the array is not copied, do not change it
 */
public record Resource(String name, String mediaType, byte[] bytes) {

  /** Validates the components. */
  public Resource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** A resource whose media type is sniffed from its content. */
  public static Resource of(String name, byte[] bytes) {
    return new Resource(name, sniff(bytes), bytes);
  }

  /**
   * The media type of the content by its signature: PNG, JPEG, GIF, WebP or SVG, else {@code
   * application/octet-stream}.
   */
  public static String sniff(byte[] b) {
    if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
      return "image/gif";
    }
    if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
        && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return "image/webp";
    }
    String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.UTF_8);
    if (head.contains("<svg")) {
      return "image/svg+xml";
    }
    return "application/octet-stream";
  }

  /** Whether this is a raster or vector image by its media type. */
  public boolean isImage() {
    return mediaType.startsWith("image/");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Resource
        && name.equals(((Resource) other).name)
        && mediaType.equals(((Resource) other).mediaType)
        && java.util.Arrays.equals(bytes, ((Resource) other).bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, mediaType, java.util.Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "Resource[" + name + ", " + mediaType + ", " + bytes.length + " bytes]";
  }
}
