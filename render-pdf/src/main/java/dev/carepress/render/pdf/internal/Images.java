package dev.carepress.render.pdf.internal;

import dev.carepress.render.RenderContext;
import dev.carepress.render.Resource;
import dev.carepress.text.UrlPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Finding images through the render's resources and sizing them for the page. */
final class Images {
  /** Points per CSS pixel: an image is drawn at 96 pixels to the inch unless that is too big. */
  private static final float POINTS_PER_PIXEL = 0.75f;

  private Images() {}

  /**
   * The size an image is drawn at, in points.
   *
   * @param width across
   * @param height down
   */
  record Size(float width, float height) {}

  /** The image, if it is a safe reference the render's resources can find (never from the web). */
  static Optional<Resource> find(RenderContext context, Optional<Path> from, String src) {
    try {
      return UrlPolicy.isSafeImage(src) ? context.resources().resolve(from, src) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether the reference is to the web ({@code https:}, {@code //host/…}) rather than a file. */
  static boolean isRemote(String src) {
    return UrlPolicy.scheme(src).isPresent() || src.startsWith("//");
  }

  /** The image at its natural size, scaled down to fit the width and the height, keeping its shape. */
  static Size fit(ImageInfo info, float maxWidth, float maxHeight) {
    float w = Math.min(maxWidth, info.width() * POINTS_PER_PIXEL);
    float h = w * info.height() / info.width();
    if (h > maxHeight) {
      w = w * maxHeight / h;
      h = maxHeight;
    }
    return new Size(w, h);
  }
}
