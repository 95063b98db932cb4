package dev.carepress.render.html.markup;

/**
 * An image's intrinsic size in pixels, written as {@code width} and {@code height} so the browser
 * reserves the space before the image loads (no layout shift).
 *
 * @param width the width, at least 1
 * @param height the height, at least 1
 */
public record ImageSize(int width, int height) {
  /** Validates the components. */
  public ImageSize {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("an image size must be at least 1x1, not " + width + "x" + height);
    }
  }
}
