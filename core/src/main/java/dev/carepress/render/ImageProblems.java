package dev.carepress.render;

import dev.carepress.Problem;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The problems renderers report about images, worded once so that a command rendering several
 * formats of one article prints each of them once.
 */
public final class ImageProblems {
  private ImageProblems() {}

  /**
   * A local image that the resolver did not find.
   *
   * @param sourceName the file the problem is reported for
   * @param src the image reference as written
   * @param owner what refers to it, e.g. {@code article 'asthma'}
   * @param from the file the reference is relative to, if known
   */
  public static Problem notFound(String sourceName, String src, String owner, Optional<Path> from) {
    String where = from
        .map(s -> " (looked for " + s.toAbsolutePath().getParent().resolve(src).normalize() + ")")
        .orElse(" (there is no source file to resolve the relative path against)");
    return Problem.error("image-not-found", sourceName, 0, 0, "the image '" + src + "' of " + owner + " was not found"
        + where, "fix the path, which is relative to the folder of the file that refers to it");
  }

  /**
   * A file found where an image was referred to whose content is no picture at all (a text file
   * renamed {@code .png}, an empty file, a document): what it holds instead, and what to put there.
   *
   * @param sourceName the file the problem is reported for
   * @param src the image reference as written
   * @param owner what refers to it, e.g. {@code article 'asthma'}
   * @param resource the file found
   */
  public static Problem notAnImage(String sourceName, String src, String owner, Resource resource) {
    return Problem.error("image-format", sourceName, 0, 0,
        "the image '" + src + "' of " + owner + (resource.isImage()
            ? " is a picture of type " + resource.mediaType() + ", which cannot be used here"
            : " is not a picture: the file " + content(resource.bytes())),
        "put a PNG or JPEG picture there, or fix the path if it names the wrong file");
  }

  /** What the bytes hold, said plainly: "is empty", "holds text", "is a PDF document" … */
  static String content(byte[] bytes) {
    if (bytes.length == 0) {
      return "is empty";
    }
    if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
      return "starts like a PNG picture but is cut short";
    }
    if (startsWith(bytes, "%PDF")) {
      return "is a PDF document";
    }
    if (startsWith(bytes, "PK")) {
      return "is a ZIP archive (or a Word or other office document)";
    }
    if (startsWith(bytes, "<") || startsWith(bytes, "\uFEFF<")) {
      return "holds HTML or XML markup";
    }
    int sample = Math.min(bytes.length, 512);
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x09 || (b > 0x0D && b < 0x20) || b == 0x7F) {
        return "holds data of another kind";
      }
    }
    return "holds text";
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    byte[] head = prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return bytes.length >= head.length && java.util.Arrays.equals(bytes, 0, head.length, head, 0, head.length);
  }
}
