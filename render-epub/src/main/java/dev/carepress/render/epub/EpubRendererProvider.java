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
  /** Made by {@link java.util.ServiceLoader}. */
  public EpubRendererProvider() {}

  @Override
  public Format format() {
    return EpubRenderer.FORMAT;
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
