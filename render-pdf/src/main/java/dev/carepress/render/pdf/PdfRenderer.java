package dev.carepress.render.pdf;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Format;
import dev.carepress.render.Renderer;
import dev.carepress.render.pdf.internal.Engine;
import dev.carepress.render.pdf.internal.FontCache;
import dev.carepress.render.pdf.internal.FontProgram;
import dev.carepress.render.pdf.internal.Fonts;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders articles as printable patient handouts and books as booklets: tagged PDF/UA-1 and
 * PDF/A-2a files laid out directly with Apache PDFBox.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.create(PdfOptions.builder().pageSize(PageSize.LETTER).build());
 * pdf.render(article, Path.of("asthma.pdf"));
 * pdf.renderBook(book, Path.of("guide.pdf"));
 * }</pre>
 *
 * <p>A handout's first page carries the title, the summary and the key points; then come the
 * sections, the glossary, numbered notes, references, related content, the "medically reviewed by"
 * line and the disclaimer. Every page has a running header (the title) and a footer (page n of m,
 * the last-reviewed date and, if set, the site URL). A character that none of the fonts has is drawn
 * as a box and reported to {@link RenderContext#warnings()}; a local image that cannot be found is a
 * {@link dev.carepress.ContentException} naming the article and the path. The same input gives the
 * same bytes. Immutable and thread-safe; fonts are parsed once per JVM and shared.
 */
public final class PdfRenderer implements Renderer {
  /** The {@code pdf} format. */
  public static final Format FORMAT = Format.of("pdf", "pdf", "application/pdf",
      "printable patient handouts and booklets (tagged PDF/UA-1, PDF/A-2a)");

  private final PdfOptions options;
  private final Engine engine;

  private PdfRenderer(PdfOptions options) {
    this.options = options;
    List<FontProgram> roles = new ArrayList<>();
    roles.add(options.regularFont().map(PdfRenderer::load).orElse(null));
    roles.add(options.boldFont().map(PdfRenderer::load).orElse(null));
    roles.add(options.italicFont().map(PdfRenderer::load).orElse(null));
    roles.add(options.boldItalicFont().map(PdfRenderer::load).orElse(null));
    roles.add(options.monoFont().map(PdfRenderer::load).orElse(null));
    List<FontProgram> fallbacks = new ArrayList<>();
    options.fallbackFonts().forEach(f -> fallbacks.add(load(f)));
    this.engine = new Engine(options.pageSize().width(), options.pageSize().height(), options.largePrint(),
        new Fonts(roles, fallbacks), options.siteUrl(), java.util.Map.of());
  }

  /** A renderer with the default options (A4, standard print, bundled fonts). */
  public static PdfRenderer create() {
    return create(PdfOptions.defaults());
  }

  /**
   * A renderer with these options. User fonts are read and checked here.
   *
   * @throws dev.carepress.render.RenderException if a font cannot be used
   */
  public static PdfRenderer create(PdfOptions options) {
    return new PdfRenderer(Objects.requireNonNull(options, "options must not be null"));
  }

  /** The options this renderer lays out with. */
  public PdfOptions options() {
    return options;
  }

  @Override
  public Format format() {
    return FORMAT;
  }

  @Override
  public void render(Article article, OutputStream out, RenderContext context) throws IOException {
    Objects.requireNonNull(article, "article must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(context, "context must not be null");
    engine.renderArticle(article, out, context);
  }

  @Override
  public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
    Objects.requireNonNull(book, "book must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(context, "context must not be null");
    engine.renderBook(book, out, context);
  }

  private static FontProgram load(PdfFont font) {
    return FontCache.get(font.digest(), font.name(), font::bytes, font.fontName());
  }
}
