package dev.carepress.render;

import dev.carepress.Problem;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a render call needs besides the article and the renderer's options: where images come
 * from, and where warnings go.
 *
 * <pre>{@code
 * List<Problem> warnings = new CopyOnWriteArrayList<>();
 * pdf.render(article, out, RenderContext.defaults().withWarnings(warnings::add));
 * }</pre>
 *
 * @param resources finds images and other files an article refers to
 * @param warnings receives warnings (a character no font has, an image that cannot be embedded …);
 *     called from the rendering thread, so it must be thread-safe when renders run in parallel
 */
public record RenderContext(ResourceResolver resources, Consumer<Problem> warnings) {

  private static final RenderContext DEFAULTS = new RenderContext(ResourceResolver.files(), problem -> {});

  /** Validates the components. */
  public RenderContext {
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(warnings, "warnings");
  }

  /** Images from files relative to each article's source; warnings dropped. */
  public static RenderContext defaults() {
    return DEFAULTS;
  }

  /** A copy sending warnings to the given consumer. */
  public RenderContext withWarnings(Consumer<Problem> newWarnings) {
    return new RenderContext(resources, newWarnings);
  }

  /** A copy finding resources with the given resolver. */
  public RenderContext withResources(ResourceResolver newResources) {
    return new RenderContext(newResources, warnings);
  }
}
