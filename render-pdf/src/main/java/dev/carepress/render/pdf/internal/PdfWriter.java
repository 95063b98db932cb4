package dev.carepress.render.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes paginated boxes as a tagged PDF/UA-1 and PDF/A-2a file: draws every page ({@link
 * PageDrawer}, {@link RunningHeads}), embeds the font subsets, builds the structure tree ({@link
 * StructureTree}) and the catalog ({@link CatalogWriter}), and serialises the file with a document
 * id derived from its content ({@link PdfFileWriter}). Immutable; every {@link #write} makes its
 * own document.
 */
final class PdfWriter {
  private final Theme theme;
  private final Fonts fonts;
  private final Typesetter typesetter;
  private final RunningHeads runningHeads;

  /**
   * A writer whose footers show {@code footerUrl} (the clinic's line and the site's address), or
   * {@code clinicLine} alone beside a QR code in the footer's band when the whole is too wide there.
   */
  PdfWriter(Theme theme, Fonts fonts, Typesetter typesetter, Optional<String> footerUrl, Optional<String> clinicLine) {
    this.theme = theme;
    this.fonts = fonts;
    this.typesetter = typesetter;
    this.runningHeads = new RunningHeads(theme, typesetter, footerUrl, clinicLine);
  }

  /** Draws the pages and writes the PDF to the stream; the stream is not closed. */
  void write(List<Page> pages, StructNode root, List<Outline> outline, DocumentInfo info, OutputStream out)
      throws IOException {
    try (PDDocument doc = new PDDocument(); Flate flate = new Flate()) {
      doc.setVersion(1.7f);
      List<PDPage> pdPages = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        PDPage page = new PDPage(new PDRectangle(theme.page().width(), theme.page().height()));
        doc.addPage(page);
        pdPages.add(page);
      }
      DocumentResources res = new DocumentResources(doc, pdPages, pages, flate, fonts, typesetter);
      for (int i = 0; i < pages.size(); i++) {
        PageDrawer drawer = new PageDrawer(res, i);
        for (Op op : pages.get(i).ops) {
          drawer.draw(op);
        }
        runningHeads.draw(drawer, pages.get(i).info, pages.get(i).band, i, pages.size());
        drawer.finish();
      }
      res.finishFonts();
      CatalogWriter.write(doc, res.tree.build(root, pdPages), outline, res.destinations, info);
      PdfFileWriter.write(doc.getDocument().getTrailer(), out);
    }
  }
}
