package dev.carepress.render.pdf;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.RenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;

/** Renders into memory and reads PDFs back for assertions. */
final class Pdfs {
  private Pdfs() {}

  /** A rendered document with the warnings its render reported. */
  record Rendered(byte[] bytes, List<Problem> warnings) {}

  static Rendered render(PdfRenderer renderer, Article article) {
    List<Problem> warnings = new CopyOnWriteArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(article, out, RenderContext.defaults().withWarnings(warnings::add));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rendered(out.toByteArray(), warnings);
  }

  static Rendered renderBook(PdfRenderer renderer, Book book) {
    List<Problem> warnings = new CopyOnWriteArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.renderBook(book, out, RenderContext.defaults().withWarnings(warnings::add));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Rendered(out.toByteArray(), warnings);
  }

  /** Keeps a copy under target/pdf-out for people to look at. */
  static void keep(String name, byte[] bytes) {
    try {
      Path dir = Path.of("target", "pdf-out");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  static List<String> pageTexts(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc));
      }
      return pages;
    }
  }

  /** Every font used on any page, with whether it is embedded. */
  static List<String> fontsNotEmbedded(byte[] pdf) throws IOException {
    List<String> missing = new ArrayList<>();
    int count = 0;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          count++;
          if (!font.isEmbedded()) {
            missing.add(font.getName());
          }
        }
      }
    }
    if (count == 0) {
      missing.add("(no fonts at all)");
    }
    return missing;
  }

  /** The font sizes of the body text (all glyphs), for large print. */
  static List<Float> fontSizes(byte[] pdf) throws IOException {
    List<Float> sizes = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition p : positions) {
            sizes.add(p.getFontSizeInPt());
          }
        }
      };
      stripper.getText(doc);
    }
    return sizes;
  }

  /**
   * The text of the tagged content (marked content the structure tree refers to) and of everything
   * else, per document.
   */
  static String[] taggedAndUntagged(byte[] pdf) throws IOException {
    StringBuilder tagged = new StringBuilder();
    StringBuilder untagged = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Set<String> referenced = new HashSet<>();
      COSDictionary root = doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject();
      walk(root.getDictionaryObject(COSName.K), null, doc, referenced);
      int index = 0;
      for (PDPage page : doc.getPages()) {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        for (PDMarkedContent mc : extractor.getMarkedContents()) {
          collect(mc, index, referenced, tagged, untagged, false);
        }
        index++;
      }
    }
    return new String[] {tagged.toString(), untagged.toString()};
  }

  private static void collect(PDMarkedContent mc, int page, Set<String> referenced, StringBuilder tagged,
      StringBuilder untagged, boolean inTagged) {
    boolean isTagged = inTagged || (mc.getMCID() >= 0 && referenced.contains(page + ":" + mc.getMCID()));
    for (Object content : mc.getContents()) {
      if (content instanceof TextPosition) {
        (isTagged ? tagged : untagged).append(((TextPosition) content).getUnicode());
      } else if (content instanceof PDMarkedContent) {
        collect((PDMarkedContent) content, page, referenced, tagged, untagged, isTagged);
      }
    }
    (isTagged ? tagged : untagged).append(' ');
  }

  private static void walk(COSBase kid, COSDictionary pageOfParent, PDDocument doc, Set<String> referenced) {
    if (kid instanceof COSObject) {
      kid = ((COSObject) kid).getObject();
    }
    if (kid instanceof COSArray) {
      for (COSBase k : (COSArray) kid) {
        walk(k, pageOfParent, doc, referenced);
      }
    } else if (kid instanceof COSInteger) {
      int pageIndex = doc.getPages().indexOf(new PDPage(pageOfParent));
      referenced.add(pageIndex + ":" + ((COSInteger) kid).intValue());
    } else if (kid instanceof COSDictionary) {
      COSDictionary d = (COSDictionary) kid;
      COSDictionary pg = d.getCOSDictionary(COSName.PG);
      if (COSName.getPDFName("MCR").equals(d.getCOSName(COSName.TYPE))) {
        referenced.add(doc.getPages().indexOf(new PDPage(pg)) + ":" + d.getInt(COSName.MCID));
      } else if (d.containsKey(COSName.S)) {
        walk(d.getDictionaryObject(COSName.K), pg != null ? pg : pageOfParent, doc, referenced);
      }
    }
  }
}
