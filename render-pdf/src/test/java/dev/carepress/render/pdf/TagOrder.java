package dev.carepress.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a tagged PDF back as a screen reader does: walks the structure tree from its root, collects
 * each element's marked-content references (MCIDs on its page, or MCRs) in order, and maps them to
 * the text of that marked content on its page.
 */
final class TagOrder {
  /** A top-level element under the document: its type, its {@code /Lang} and its text in tag order. */
  record Part(String type, String lang, String text) {}

  private TagOrder() {}

  /** The text of the whole document in structure-tree order. */
  static String text(byte[] pdf) throws IOException {
    StringBuilder all = new StringBuilder();
    parts(pdf).forEach(p -> all.append(p.text()).append(' '));
    return all.toString();
  }

  /** The elements directly under the {@code Document} element, each with its text in tag order. */
  static List<Part> parts(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Map<String, String> texts = markedTexts(doc);
      COSDictionary document = (COSDictionary) deref(
          doc.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.K));
      List<Part> parts = new ArrayList<>();
      for (COSBase kid : kids(document)) {
        if (kid instanceof COSDictionary && ((COSDictionary) kid).containsKey(COSName.S)) {
          COSDictionary e = (COSDictionary) kid;
          StringBuilder text = new StringBuilder();
          collect(e, e.getCOSDictionary(COSName.PG), doc, texts, text);
          parts.add(new Part(e.getNameAsString(COSName.S), e.getString(COSName.LANG), text.toString()));
        }
      }
      return parts;
    }
  }

  private static void collect(COSDictionary element, COSDictionary page, PDDocument doc, Map<String, String> texts,
      StringBuilder out) {
    COSDictionary pg = element.getCOSDictionary(COSName.PG) != null ? element.getCOSDictionary(COSName.PG) : page;
    for (COSBase kid : kids(element)) {
      if (kid instanceof COSInteger) {
        append(texts, doc.getPages().indexOf(new PDPage(pg)), ((COSInteger) kid).intValue(), out);
      } else if (kid instanceof COSDictionary) {
        COSDictionary d = (COSDictionary) kid;
        if (COSName.getPDFName("MCR").equals(d.getCOSName(COSName.TYPE))) {
          int pageIndex = doc.getPages().indexOf(new PDPage(d.getCOSDictionary(COSName.PG)));
          append(texts, pageIndex, d.getInt(COSName.MCID), out);
        } else if (d.containsKey(COSName.S)) {
          collect(d, pg, doc, texts, out);
        }
      }
    }
  }

  private static void append(Map<String, String> texts, int page, int mcid, StringBuilder out) {
    String text = texts.get(page + ":" + mcid);
    if (text != null) {
      out.append(text).append(' ');
    }
  }

  private static List<COSBase> kids(COSDictionary element) {
    COSBase k = deref(element.getDictionaryObject(COSName.K));
    List<COSBase> kids = new ArrayList<>();
    if (k instanceof COSArray) {
      for (COSBase kid : (COSArray) k) {
        kids.add(deref(kid));
      }
    } else if (k != null) {
      kids.add(k);
    }
    return kids;
  }

  private static COSBase deref(COSBase base) {
    return base instanceof COSObject ? ((COSObject) base).getObject() : base;
  }

  /** The text of each marked-content sequence with an MCID, by "page:mcid". */
  private static Map<String, String> markedTexts(PDDocument doc) throws IOException {
    Map<String, String> texts = new HashMap<>();
    int index = 0;
    for (PDPage page : doc.getPages()) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      for (PDMarkedContent mc : extractor.getMarkedContents()) {
        if (mc.getMCID() >= 0) {
          StringBuilder text = new StringBuilder();
          for (Object content : mc.getContents()) {
            if (content instanceof TextPosition) {
              text.append(((TextPosition) content).getUnicode());
            }
          }
          texts.put(index + ":" + mc.getMCID(), text.toString());
        }
      }
      index++;
    }
    return texts;
  }
}
