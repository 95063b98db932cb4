package dev.carepress.render.pdf;

import dev.carepress.render.Format;
import dev.carepress.render.Option;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Settings;
import java.util.List;

/**
 * The {@code pdf} format for {@link dev.carepress.render.Renderers}: {@link PdfRenderer}'s declared
 * options, read from string settings.
 *
 * <pre>{@code
 * Renderer pdf = Renderers.discover().require("pdf", Settings.of(Map.of("pageSize", "LETTER", "largePrint", "true")));
 * }</pre>
 */
public final class PdfRendererProvider implements RendererProvider {
  /** A provider; found by {@link java.util.ServiceLoader}. */
  public PdfRendererProvider() {}

  @Override
  public Format format() {
    return PdfRenderer.FORMAT;
  }

  @Override
  public List<Option<?>> options() {
    return PdfRenderer.OPTIONS;
  }

  /**
   * A renderer with these settings. The first one made in a JVM has also laid out a short built-in
   * handout and thrown it away: a batch makes its renderers while its articles are still being read,
   * so the classes a render loads and initializes (PDFBox's, Java 2D's colour classes, the fonts'
   * subset layout, the composers) are ready when the first real handout is rendered, which takes a
   * cold one-handout run about 0.1 s sooner to its end.
   */
  @Override
  public Renderer create(Settings settings) {
    PdfRenderer renderer = PdfRenderer.builder().settings(settings).build();
    renderer.warmUp();
    return renderer;
  }
}
