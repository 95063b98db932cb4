package dev.carepress.examples;

import dev.carepress.render.OptionInfo;
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
  static final OptionInfo WIDTH = OptionInfo.of("width", "the line width in characters", "72");

  @Override
  public String formatId() {
    return "txt";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public String description() {
    return "Plain text, wrapped: a handout for e-mail or SMS (an example of a custom format)";
  }

  @Override
  public List<OptionInfo> options() {
    return List.of(WIDTH);
  }

  @Override
  public Renderer create(Settings settings) {
    settings.requireKnown(formatId(), options());
    return new TextRenderer(settings.integer(WIDTH.key(), 72));
  }
}
