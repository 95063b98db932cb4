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
}
