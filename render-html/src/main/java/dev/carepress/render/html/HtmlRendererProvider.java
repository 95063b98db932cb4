package dev.carepress.render.html;

import dev.carepress.render.Format;
import dev.carepress.render.Option;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Settings;
import java.util.List;

/**
 * The {@code html} format for {@link dev.carepress.render.Renderers}: an {@link HtmlRenderer} made
 * from string settings (from the command line or a configuration file), through the options the
 * renderer declares ({@link HtmlRenderer#OPTIONS}).
 *
 * <pre>{@code
 * Renderer html = Renderers.discover().require("html",
 *     Settings.of(Map.of("baseUrl", "https://health.example.org/", "mode", "fragment")));
 * }</pre>
 */
public final class HtmlRendererProvider implements RendererProvider {
  // here, not only in HtmlRenderer: discovery asks every provider for its format, and that should
  // not initialize the renderers a command does not use
  static final Format FORMAT =
      Format.of("html", "html", "text/html", "accessible HTML5 pages, page fragments and static sites");

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public HtmlRendererProvider() {}

  @Override
  public Format format() {
    return FORMAT;
  }

  @Override
  public List<Option<?>> options() {
    return HtmlRenderer.OPTIONS;
  }

  @Override
  public Renderer create(Settings settings) {
    return HtmlRenderer.builder().apply(settings).build();
  }
}
