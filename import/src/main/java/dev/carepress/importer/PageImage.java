package dev.carepress.importer;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An image an imported article shows (in a figure or as its lead image).
 *
 * @param src the image's address as the article holds it: relative to the page's folder for a
 *     local file, else an absolute or relative URL
 * @param file the local file, when the page was read from a file and the image is a file inside
 *     the page's folder (never one outside it)
 */
public record PageImage(String src, Optional<Path> file) {
  /** Validates the components. */
  public PageImage {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(file, "file");
  }

  /** Whether the image is on the web (http or https), to be linked rather than copied. */
  public boolean remote() {
    return src.startsWith("http://") || src.startsWith("https://");
  }
}
