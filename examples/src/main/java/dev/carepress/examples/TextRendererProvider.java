package dev.carepress.examples;

import dev.carepress.render.Format;
import dev.carepress.render.Option;
import dev.carepress.render.OptionValues;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Settings;
import java.util.List;

/**
 * A format of your own, plugged in through the SPI: plain text ({@code txt}), for SMS or e-mail
 * versions of a handout. It is found by {@code Renderers.discover()} because this jar lists it in
 * {@code META-INF/services/dev.carepress.render.RendererProvider}; nothing else registers it.
 */
public final class TextRendererProvider implements RendererProvider {
  /** The setting that sets the line width. */
  static final Option<Integer> WIDTH = Option.integer("width", 72, 20, 1000, "the line width in characters");

  @Override
  public Format format() {
    return TextRenderer.FORMAT;
  }

  @Override
  public List<Option<?>> options() {
    return List.of(WIDTH);
  }

  @Override
  public Renderer create(Settings settings) {
    OptionValues values = OptionValues.builder(options()).apply(format().id(), settings).build();
    return new TextRenderer(values.get(WIDTH));
  }
}
