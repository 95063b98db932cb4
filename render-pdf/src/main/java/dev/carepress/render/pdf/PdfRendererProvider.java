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
  // here, not only in PdfRenderer: discovery asks every provider for its format, and that should
  // not initialize the renderers a command does not use
  static final Format FORMAT = Format.of("pdf", "pdf", "application/pdf",
      "printable patient handouts and booklets (tagged PDF/UA-1, PDF/A-2a)");

  /** A provider; found by {@link java.util.ServiceLoader}. */
  public PdfRendererProvider() {}

  @Override
  public Format format() {
    return FORMAT;
  }

  @Override
  public List<Option<?>> options() {
    return PdfRenderer.OPTIONS;
  }

  @Override
  public Renderer create(Settings settings) {
    return PdfRenderer.builder().settings(settings).build();
  }
}
