package dev.carepress.render.pdf.internal;

import java.io.IOException;
import java.util.BitSet;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws one page's ops into its content stream, in reading order: text as tagged marked content
 * (or artifacts), link annotations over link text, images, rectangles as artifacts, and the page
 * numbers of a table of contents with dot leaders. Keeps the page's graphics state so that colour,
 * font and size are set only when they change. One per page.
 */
final class PageDrawer {
  private static final COSName TABS = COSName.getPDFName("Tabs");
  private static final String[] FACE_NAMES = new String[64];

  static {
    for (int i = 0; i < FACE_NAMES.length; i++) {
      FACE_NAMES[i] = "/F" + i + " ";
    }
  }

  /** Underlines sit this share of the size below the baseline; strike-throughs this far above it. */
  private static final float UNDERLINE = 0.12f;
  private static final float STRIKE = 0.28f;
  /** Dot leaders: the dot's size and the step between dots, as shares of the size. */
  private static final float DOT = 0.12f;
  private static final float DOT_STEP = 0.5f;
  /** The box drawn for a missing character: this share of the advance wide, of the size tall, inset so. */
  private static final float BOX_WIDTH = 0.8f;
  private static final float BOX_HEIGHT = 0.7f;
  private static final float BOX_INSET = 0.1f;

  private final DocumentResources res;
  private final int index;
  private final PDPage page;
  private final ContentWriter cs = new ContentWriter();
  private final MarkedContent marks;
  private final COSDictionary pageFonts = new COSDictionary();
  private final COSDictionary pageImages = new COSDictionary();
  private final BitSet pageFaces = new BitSet();
  private int fillColor = -1;
  private int textFace = -1;
  private float textSize;

  PageDrawer(DocumentResources res, int index) {
    this.res = res;
    this.index = index;
    this.page = res.pages.get(index);
    this.marks = new MarkedContent(cs, index);
    page.getCOSObject().setInt(COSName.STRUCT_PARENTS, index);
    page.getCOSObject().setItem(TABS, COSName.S);
  }

  /** Draws an op. */
  void draw(Op op) throws IOException {
    if (op instanceof Op.TextLine) {
      Op.TextLine t = (Op.TextLine) op;
      line(t.line(), t.x(), t.baseline(), t.artifact());
    } else if (op instanceof Op.Rect) {
      Op.Rect r = (Op.Rect) op;
      marks.artifact("Layout", null);
      color(r.color());
      rect(r.x(), r.y(), r.width(), r.height());
    } else if (op instanceof Op.Picture) {
      picture((Op.Picture) op);
    } else if (op instanceof Op.Touch) {
      ((Op.Touch) op).node().attach();
    } else if (op instanceof Op.PageNumber) {
      pageNumber((Op.PageNumber) op);
    } else if (op instanceof QrMark) {
      qrCode((QrMark) op);
    }
  }

  /** Writes the page's content stream and resources, and its marked content to the structure tree. */
  void finish() throws IOException {
    marks.close();
    COSStream content = FontEmbedder.deflated(res.doc.getDocument(), cs.zlib(res.flate));
    page.getCOSObject().setItem(COSName.CONTENTS, content);
    COSDictionary resources = new COSDictionary();
    if (pageFonts.size() > 0) {
      resources.setItem(COSName.FONT, pageFonts);
    }
    if (pageImages.size() > 0) {
      resources.setItem(COSName.XOBJECT, pageImages);
    }
    page.getCOSObject().setItem(COSName.RESOURCES, resources);
    res.tree.page(index, marks.byMcid());
  }

  /** Starts an artifact (running heads, decoration). */
  void artifact(String type, String subtype) {
    marks.artifact(type, subtype);
  }

  /** A line that is not content: every run untagged, in whatever artifact is open. */
  void untagged(Line line, float x, float baseline) {
    for (Run run : line.runs()) {
      run(run, x, baseline, false);
    }
  }

  void color(int rgb) {
    if (rgb != fillColor) {
      cs.num(((rgb >> 16) & 0xFF) / 255f).num(((rgb >> 8) & 0xFF) / 255f).num((rgb & 0xFF) / 255f).op("rg");
      fillColor = rgb;
    }
  }

  void rect(float x, float y, float width, float height) {
    cs.num(x).num(y).num(width).num(height).op("re").op("f");
  }

  /** A line of content; a link's runs are drawn together under one annotation. */
  private void line(Line line, float x, float baseline, boolean artifact) throws IOException {
    int i = 0;
    List<Run> runs = line.runs();
    while (i < runs.size()) {
      Run run = runs.get(i);
      StructNode node = artifact ? null : run.style().node();
      if (node == null) {
        marks.artifact("Pagination", null);
      } else {
        marks.mark(node);
      }
      run(run, x, baseline, node != null);
      i++;
      if (run.style().link() != null && node != null) {
        int j = i;
        while (j < runs.size() && runs.get(j).style().node() == node) {
          run(runs.get(j), x, baseline, true);
          j++;
        }
        Run last = runs.get(j - 1);
        res.links.annotate(index, run.style(), x + run.x(), x + last.x() + last.width(), baseline);
        i = j;
      }
    }
  }

  private void run(Run run, float x, float baseline, boolean tagged) {
    Style s = run.style();
    float left = x + run.x();
    float y = baseline + s.rise();
    color(s.color());
    if (run.placeholder()) {
      placeholder(run, left, y, tagged);
      return;
    }
    boolean bold = res.syntheticBold(s.role(), run.face());
    if (run.glyphs() != null) {
      FontEmbedder font = font(run.face());
      if (bold) {
        SyntheticBold.begin(cs, s.color(), run.glyphs().size());
      }
      GlyphRunWriter.draw(cs, font, "/F" + run.face(), run.glyphs(), left, y, res.glyphBuffer, bold);
      if (bold) {
        SyntheticBold.end(cs); // the font set inside is forgotten with the rest
      } else {
        textFace = run.face(); // its Tf outlives the text object
        textSize = run.glyphs().size();
      }
    } else if (!run.text().isEmpty()) {
      FontEmbedder font = font(run.face());
      int n = font.encode(run.text(), res.glyphBuffer);
      if (n > 0) {
        int faceBefore = textFace;
        float sizeBefore = textSize;
        if (bold) {
          SyntheticBold.begin(cs, s.color(), s.size());
        }
        cs.op("BT");
        if (run.face() != textFace || s.size() != textSize) { // the text state outlives the text object
          cs.raw(run.face() < FACE_NAMES.length ? FACE_NAMES[run.face()] : "/F" + run.face() + " ").num(s.size()).op("Tf");
          textFace = run.face();
          textSize = s.size();
        }
        cs.num(left).num(y).op("Td"); // BT starts at the origin, so this is absolute
        cs.glyphs(res.glyphBuffer[0], n).op("Tj");
        cs.op("ET");
        if (bold) {
          SyntheticBold.end(cs); // and with it the font set inside
          textFace = faceBefore;
          textSize = sizeBefore;
        }
      }
    }
    float thickness = Math.max(0.4f, s.size() / 18f);
    if (s.underline()) {
      rect(left, y - s.size() * UNDERLINE, run.width(), thickness);
    }
    if (s.strike()) {
      rect(left, y + s.size() * STRIKE, run.width(), thickness);
    }
  }

  /** A visible box for a character no font has; ActualText keeps the character for readers. */
  private void placeholder(Run run, float left, float y, boolean tagged) {
    Style s = run.style();
    if (tagged) {
      cs.name("Span").raw("<</ActualText ").raw(ContentWriter.textString(run.text())).raw(">> ").op("BDC");
    }
    float w = run.width() * BOX_WIDTH;
    float h = s.size() * BOX_HEIGHT;
    int c = s.color();
    cs.num(((c >> 16) & 0xFF) / 255f).num(((c >> 8) & 0xFF) / 255f).num((c & 0xFF) / 255f).op("RG");
    cs.num(Math.max(0.5f, s.size() / 20f)).op("w");
    cs.num(left + run.width() * BOX_INSET).num(y).num(w).num(h).op("re").op("S");
    if (tagged) {
      cs.op("EMC");
    }
  }

  private void picture(Op.Picture p) {
    Box.Image image = p.image();
    PDImageXObject x = res.image(image);
    if (image.node != null) {
      image.node.bbox = new float[] {p.x(), p.y(), p.x() + p.width(), p.y() + p.height()};
      marks.mark(image.node);
    } else {
      marks.artifact("Layout", null);
    }
    String name = res.imageName(image);
    pageImages.setItem(COSName.getPDFName(name), x.getCOSObject());
    cs.op("q").num(p.width()).num(0).num(0).num(p.height()).num(p.x()).num(p.y()).op("cm").name(name).op("Do")
        .op("Q");
  }

  /** A QR code: black rectangles on the white page, tagged as its Figure. */
  private void qrCode(QrMark q) {
    q.node().bbox = q.bbox();
    marks.mark(q.node());
    color(0x000000);
    q.symbol().draw(cs, q.x(), q.y(), q.side());
  }

  /** A contents entry's page number, right-aligned, with dot leaders back to the entry's text. */
  private void pageNumber(Op.PageNumber p) throws IOException {
    String number = res.destinations.pageNumber(p.anchor());
    Style plain = new Style(p.style().role(), p.style().size(), p.style().color(), false, false, 0f,
        p.style().node(), null, null);
    Line line = res.typesetter.lines(number, plain, 1000f).get(0);
    float dot = p.style().size() * DOT;
    float step = p.style().size() * DOT_STEP;
    float from = p.leaderStart() + step;
    float to = p.right() - line.width() - step;
    if (to > from) {
      marks.artifact("Layout", null);
      color(Palette.RULE);
      for (float dx = to; dx >= from; dx -= step) {
        rect(dx - dot, p.baseline(), dot, dot);
      }
    }
    line(line, p.right() - line.width(), p.baseline(), false);
    res.links.extendLast(p.style().node(), p.right());
  }

  private FontEmbedder font(int face) {
    FontEmbedder font = res.font(face);
    if (!pageFaces.get(face)) {
      pageFaces.set(face);
      pageFonts.setItem(COSName.getPDFName("F" + face), font.dictionary());
    }
    return font;
  }
}
