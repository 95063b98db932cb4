package dev.carepress.render;

import dev.carepress.text.UrlPolicy;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the files an article or book refers to (figures, lead images, covers).
 *
 * <p>The default, {@link #files()}, reads paths relative to the source file's folder and never
 * touches the network, so renders are deterministic and work offline. Supply your own to load
 * images from a CMS or a classpath.
 */
@FunctionalInterface
public interface ResourceResolver {

  /**
   * The resource {@code src} refers to, as written in the file {@code from}; empty when it is not
   * a local file or cannot be found.
   *
   * @param from the article's or book's source file, if known
   * @param src the reference as written, e.g. {@code images/inhaler.png}
   */
  Optional<Resource> resolve(Optional<Path> from, String src) throws IOException;

  /**
   * Resolves relative paths against the folder of the source file (a reference with a URL scheme,
   * an absolute path, or one from an article with no source, is not resolved). Query and fragment
   * are ignored; {@code %20}-style escapes are decoded when the literal path does not exist. A
   * relative path may climb out of the article's folder ({@code ../images/x.png}); when articles
   * come from people you do not trust, use {@link #filesWithin(Path)} instead.
   */
  static ResourceResolver files() {
    return (from, src) -> resolveFile(from, src, Optional.empty());
  }

  /**
   * Like {@link #files()}, but only files inside {@code root} (after following symbolic links) are
   * found; anything else is reported as not found. For servers rendering articles from authors
   * who must not be able to pack the server's other files into an e-book or handout.
   *
   * @param root the folder that holds every article and image
   */
  static ResourceResolver filesWithin(Path root) {
    Path realRoot;
    try {
      realRoot = root.toAbsolutePath().normalize().toRealPath();
    } catch (IOException e) {
      throw new IllegalArgumentException("the root folder " + root + " cannot be read: " + e.getMessage(), e);
    }
    return (from, src) -> resolveFile(from, src, Optional.of(realRoot));
  }

  private static Optional<Resource> resolveFile(Optional<Path> from, String src, Optional<Path> root)
      throws IOException {
    if (from.isEmpty() || UrlPolicy.hasScheme(src) || src.startsWith("/") || src.startsWith("\\")) {
      return Optional.empty();
    }
    String path = src;
    int cut = indexOfAny(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    if (path.isEmpty()) {
      return Optional.empty();
    }
    Path base = from.get().toAbsolutePath().getParent();
    for (String candidate : new String[] {path, URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)}) {
      try {
        if (Path.of(candidate).isAbsolute()) {
          continue; // an absolute path (C:\\x on Windows) is not relative to the article
        }
        Path file = base.resolve(candidate).normalize();
        if (Files.isRegularFile(file) && (root.isEmpty() || file.toRealPath().startsWith(root.get()))) {
          return Optional.of(Resource.of(file.getFileName().toString(), Files.readAllBytes(file)));
        }
      } catch (InvalidPathException e) {
        // not a usable path on this system: try the next form, then report not found
      }
    }
    return Optional.empty();
  }

  /** A resolver that finds nothing (every image is reported missing or left as a link). */
  static ResourceResolver none() {
    return (from, src) -> Optional.empty();
  }

  private static int indexOfAny(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
  }
}
