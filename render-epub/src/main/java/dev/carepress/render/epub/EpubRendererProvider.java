package dev.carepress.render.epub;

import dev.carepress.render.Format;
import dev.carepress.render.Option;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Settings;
import java.util.List;

/**
 * The {@code epub} format for {@link dev.carepress.render.Renderers}: an {@link EpubRenderer} made
 * from string settings through the options the renderer declares ({@link EpubRenderer#OPTIONS}).
 * Listed in {@code META-INF/services/dev.carepress.render.RendererProvider}.
 */
public final class EpubRendererProvider implements RendererProvider {
  // here, not only in EpubRenderer: discovery asks every provider for its format, and that should
  // not initialize the renderers a command does not use
  static final Format FORMAT = Format.of("epub", "epub", "application/epub+zip",
      "EPUB 3 e-books with navigation and accessibility metadata (EPUBCheck-clean)");

  /** Made by {@link java.util.ServiceLoader}. */
  public EpubRendererProvider() {}

  @Override
  public Format format() {
    return FORMAT;
  }

  @Override
  public List<Option<?>> options() {
    return EpubRenderer.OPTIONS;
  }

  @Override
  public Renderer create(Settings settings) {
    return EpubRenderer.builder().apply(settings).build();
  }
}
