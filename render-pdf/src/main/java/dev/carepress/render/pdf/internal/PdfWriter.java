package dev.carepress.render.pdf.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Draws paginated boxes with PDFBox and writes a tagged PDF/UA-1 and PDF/A-2a file: marked content
 * with MCIDs tied to the structure tree, artifacts for running heads and decoration, link
 * annotations inside Link elements, the parent tree, an outline, XMP metadata, an sRGB output
 * intent and a document id derived from the content. One writer makes one document.
 */
final class PdfWriter {
  private static final String PRODUCER = "Carepress";
  /** The sRGB profile of the output intent, compressed once per JVM. */
  private static final byte[] SRGB =
      zlibOnce(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
  private static final COSName TABS = COSName.getPDFName("Tabs");
  private static final String[] FACE_NAMES = new String[64];

  static {
    for (int i = 0; i < FACE_NAMES.length; i++) {
      FACE_NAMES[i] = "/F" + i + " ";
    }
  }
  /**
   * A face drawing this many different ASCII characters embeds its common glyphs whether drawn or
   * not: their compressed outlines are made once per JVM, which saves deflating most of the font
   * program for each document, at the cost of a few unused glyphs.
   */
  private static final int COMMON_GLYPHS_FROM = 32;

  private final Theme theme;
  private final Fonts fonts;
  private final Shaper shaper;
  private final LineBreaker breaker;
  private final Optional<String> siteUrl;
  private final PDDocument doc = new PDDocument();
  private final FontEmbedder[] embedders;
  private final Flate flate = new Flate();
  private final int[][] glyphBuffer = {new int[256]};
  private final Map<String, PDImageXObject> images = new HashMap<>();
  private final Map<String, Integer> imageNames = new HashMap<>();
  private final List<PDPage> pdPages = new ArrayList<>();
  private final Map<String, float[]> anchors = new HashMap<>();
  private final TreeMap<Integer, COSBase> parentTree = new TreeMap<>();
  private final Map<StructNode, COSDictionary> built = new HashMap<>();
  private int nextStructKey;
  private PDAnnotationLink lastLink;
  private StructNode lastLinkNode;

  // per-page drawing state
  private ContentWriter cs;
  private COSDictionary pageFonts;
  private COSDictionary pageImages;
  private int pageIndex;
  private int mcid;
  private StructNode open;
  private String openArtifact;
  private List<StructNode> pageMcids;
  private int fillColor;
  private int textFace;
  private final java.util.BitSet pageFaces = new java.util.BitSet();
  private float textSize;

  PdfWriter(Theme theme, Fonts fonts, Shaper shaper, Optional<String> siteUrl) {
    this.theme = theme;
    this.fonts = fonts;
    this.shaper = shaper;
    this.breaker = new LineBreaker(fonts);
    this.siteUrl = siteUrl;
    this.embedders = new FontEmbedder[fonts.faces().length];
  }

  /** Draws the pages and writes the PDF to the stream; the stream is not closed. */
  void write(List<Page> pages, StructNode root, List<Outline> outline, DocumentInfo info,
      OutputStream out) throws IOException {
    try {
      doc.setVersion(1.7f);
      for (int i = 0; i < pages.size(); i++) {
        PDPage page = new PDPage(new PDRectangle(theme.page().width(), theme.page().height()));
        doc.addPage(page);
        pdPages.add(page);
        for (Op op : pages.get(i).ops) {
          if (op instanceof Op.Anchor) {
            anchors.putIfAbsent(((Op.Anchor) op).name(), new float[] {i, ((Op.Anchor) op).y()});
          }
        }
      }
      nextStructKey = pages.size();
      for (int i = 0; i < pages.size(); i++) {
        drawPage(pages.get(i), i, pages.size());
      }
      for (FontEmbedder embedder : embedders) {
        if (embedder != null) {
          embedder.finish(doc.getDocument(), flate);
        }
      }
      catalog(root, outline, info);
      PdfFileWriter.write(doc.getDocument().getTrailer(), out);
    } finally {
      flate.close();
      doc.close();
    }
  }

  // ---------------------------------------------------------------- pages

  private void drawPage(Page page, int index, int count) throws IOException {
    PDPage pdPage = pdPages.get(index);
    pdPage.getCOSObject().setInt(COSName.STRUCT_PARENTS, index);
    pdPage.getCOSObject().setItem(TABS, COSName.S);
    pageIndex = index;
    mcid = 0;
    open = null;
    openArtifact = null;
    pageMcids = new ArrayList<>();
    fillColor = -1;
    textFace = -1;
    pageFaces.clear();
    cs = new ContentWriter();
    pageFonts = new COSDictionary();
    pageImages = new COSDictionary();
    for (Op op : page.ops) {
      draw(op);
    }
    running(page.info, index, count);
    closeMark();
    COSStream content = FontEmbedder.deflated(doc.getDocument(), cs.zlib(flate));
    pdPage.getCOSObject().setItem(COSName.CONTENTS, content);
    COSDictionary resources = new COSDictionary();
    if (pageFonts.size() > 0) {
      resources.setItem(COSName.FONT, pageFonts);
    }
    if (pageImages.size() > 0) {
      resources.setItem(COSName.XOBJECT, pageImages);
    }
    pdPage.getCOSObject().setItem(COSName.RESOURCES, resources);
    COSArray mcids = new COSArray();
    for (StructNode node : pageMcids) {
      mcids.add(element(node));
    }
    parentTree.put(index, mcids);
  }

  private void draw(Op op) throws IOException {
    if (op instanceof Op.TextLine) {
      Op.TextLine t = (Op.TextLine) op;
      drawLine(t.line(), t.x(), t.baseline(), t.artifact());
    } else if (op instanceof Op.Rect) {
      Op.Rect r = (Op.Rect) op;
      artifact("Layout", null);
      color(r.color());
      rect(r.x(), r.y(), r.width(), r.height());
    } else if (op instanceof Op.Picture) {
      drawPicture((Op.Picture) op);
    } else if (op instanceof Op.Touch) {
      ((Op.Touch) op).node().attach();
    } else if (op instanceof Op.PageNumber) {
      Op.PageNumber p = (Op.PageNumber) op;
      float[] target = anchors.get(p.anchor());
      String number = target == null ? "" : String.valueOf((int) target[0] + 1);
      Style plain = new Style(p.style().role(), p.style().size(), p.style().color(), false, false, 0f,
          p.style().node(), null, null);
      List<Item> items = new ArrayList<>();
      shaper.shape(number, plain, false, items);
      Line line = breaker.breakLines(items, 1000f).get(0);
      float dot = p.style().size() * 0.12f;
      float step = p.style().size() * 0.5f;
      float from = p.leaderStart() + step;
      float to = p.right() - line.width() - step;
      if (to > from) {
        artifact("Layout", null);
        color(Palette.RULE);
        for (float dx = to; dx >= from; dx -= step) {
          rect(dx - dot, p.baseline(), dot, dot);
        }
      }
      drawLine(line, p.right() - line.width(), p.baseline(), false);
      if (lastLink != null && lastLinkNode == p.style().node()) {
        // one annotation for the whole entry: widen the title's to the page number
        PDRectangle r = lastLink.getRectangle();
        lastLink.setRectangle(new PDRectangle(r.getLowerLeftX(), r.getLowerLeftY(), p.right() - r.getLowerLeftX(),
            r.getHeight()));
      }
    }
  }

  private void drawPicture(Op.Picture p) throws IOException {
    Box.Image image = p.image();
    PDImageXObject x = images.get(image.name);
    if (x == null) {
      try {
        x = PDImageXObject.createFromByteArray(doc, image.bytes, image.name);
      } catch (IOException | RuntimeException e) {
        throw new ContentException(Problem.error("image-unreadable", image.name, 0, 0,
            "the image '" + image.name + "' cannot be read: " + e.getMessage(), "save it again as PNG or JPEG"));
      }
      images.put(image.name, x);
    }
    if (image.node != null) {
      image.node.bbox = new float[] {p.x(), p.y(), p.x() + p.width(), p.y() + p.height()};
      mark(image.node);
    } else {
      artifact("Layout", null);
    }
    String name = "Im" + imageNames.computeIfAbsent(image.name, k -> imageNames.size());
    pageImages.setItem(COSName.getPDFName(name), x.getCOSObject());
    cs.op("q").num(p.width()).num(0).num(0).num(p.height()).num(p.x()).num(p.y()).op("cm").name(name).op("Do")
        .op("Q");
  }

  private void drawLine(Line line, float x, float baseline, boolean artifact) throws IOException {
    int i = 0;
    List<Run> runs = line.runs();
    while (i < runs.size()) {
      Run run = runs.get(i);
      StructNode node = artifact ? null : run.style().node();
      if (node == null) {
        artifact("Pagination", null);
      } else {
        mark(node);
      }
      drawRun(run, x, baseline, node != null);
      i++;
      if (run.style().link() != null && node != null) {
        int j = i;
        while (j < runs.size() && runs.get(j).style().node() == node) {
          drawRun(runs.get(j), x, baseline, true);
          j++;
        }
        Run last = runs.get(j - 1);
        annotate(run, x + run.x(), x + last.x() + last.width(), baseline);
        i = j;
      }
    }
  }

  private void drawRun(Run run, float x, float baseline, boolean tagged) throws IOException {
    Style s = run.style();
    float left = x + run.x();
    float y = baseline + s.rise();
    color(s.color());
    if (run.placeholder()) {
      // a visible box for a character no font has; ActualText keeps the character for readers
      if (tagged) {
        cs.name("Span").raw("<</ActualText ").raw(ContentWriter.textString(run.text())).raw(">> ").op("BDC");
      }
      float w = run.width() * 0.8f;
      float h = s.size() * 0.7f;
      int c = s.color();
      cs.num(((c >> 16) & 0xFF) / 255f).num(((c >> 8) & 0xFF) / 255f).num((c & 0xFF) / 255f).op("RG");
      cs.num(Math.max(0.5f, s.size() / 20f)).op("w");
      cs.num(left + run.width() * 0.1f).num(y).num(w).num(h).op("re").op("S");
      if (tagged) {
        cs.op("EMC");
      }
      return;
    }
    if (!run.text().isEmpty()) {
      FontEmbedder font = font(run.face());
      int n = font.encode(run.text(), glyphBuffer);
      if (n > 0) {
        cs.op("BT");
        if (run.face() != textFace || s.size() != textSize) { // the text state outlives the text object
          cs.raw(run.face() < FACE_NAMES.length ? FACE_NAMES[run.face()] : "/F" + run.face() + " ").num(s.size()).op("Tf");
          textFace = run.face();
          textSize = s.size();
        }
        cs.num(left).num(y).op("Td"); // BT starts at the origin, so this is absolute
        cs.glyphs(glyphBuffer[0], n).op("Tj");
        cs.op("ET");
      }
    }
    if (s.underline()) {
      rect(left, y - s.size() * 0.12f, run.width(), Math.max(0.4f, s.size() / 18f));
    }
    if (s.strike()) {
      rect(left, y + s.size() * 0.28f, run.width(), Math.max(0.4f, s.size() / 18f));
    }
  }

  private void annotate(Run run, float x0, float x1, float baseline) throws IOException {
    Style s = run.style();
    PDAnnotationLink link = new PDAnnotationLink();
    float size = s.size();
    link.setRectangle(new PDRectangle(x0, baseline - size * 0.3f, Math.max(1f, x1 - x0), size * 1.25f));
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    link.setBorderStyle(border);
    link.setPrinted(true);
    link.setContents(s.linkText());
    if (s.link().startsWith("#")) {
      float[] target = anchors.get(s.link().substring(1));
      if (target != null) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(pdPages.get((int) target[0]));
        dest.setTop(Math.round(target[1]));
        dest.setLeft(0);
        PDActionGoTo go = new PDActionGoTo();
        go.setDestination(dest);
        link.setAction(go);
      }
    } else {
      PDActionURI uri = new PDActionURI();
      uri.setURI(s.link());
      link.setAction(uri);
    }
    int key = nextStructKey++;
    link.setStructParent(key);
    StructNode node = s.node();
    node.kids.add(new StructNode.Annotation(pageIndex, link, key));
    parentTree.put(key, element(node));
    pdPages.get(pageIndex).getAnnotations().add(link);
    lastLink = link;
    lastLinkNode = node;
  }

  /**
   * The running header (the short title) and footer (last-reviewed date left, site URL, page n of m
   * right; the URL goes to a second footer line when the three do not fit on one), marked as
   * pagination artifacts.
   */
  private void running(PageInfo info, int index, int count) throws IOException {
    Style style = new Style(Fonts.REGULAR, theme.type().running(), Palette.MUTED, false, false, 0f, null, null, null);
    float left = theme.page().marginLeft();
    float right = theme.page().width() - theme.page().marginRight();
    float width = right - left;
    float gap = theme.type().running() * 2f;
    if (!info.header().isEmpty()) {
      artifact("Pagination", "Header");
      float base = theme.page().height() - theme.page().marginTop() * 0.55f;
      drawRun(oneLine(info.header(), style.withRole(Fonts.BOLD), width), left, base);
      color(Palette.RULE);
      rect(left, base - theme.type().running() * 0.6f, width, 0.5f);
    }
    artifact("Pagination", "Footer");
    Line pageLine = oneLine(info.pageOf().replace("{0}", String.valueOf(index + 1))
        .replace("{1}", String.valueOf(count)), style.withRole(Fonts.BOLD), width * 0.4f);
    Line reviewed = info.reviewed().isEmpty() ? null : oneLine(info.reviewed(), style, width - pageLine.width() - gap);
    Line site = siteUrl.map(url -> oneLine(url, style, width)).orElse(null);
    float used = pageLine.width() + (reviewed == null ? 0f : reviewed.width() + gap);
    boolean oneLine = site == null || used + site.width() + gap <= width;
    float base = theme.page().marginBottom() * (oneLine ? 0.45f : 0.55f);
    color(Palette.RULE);
    rect(left, base + theme.type().running() * 1.3f, width, 0.5f);
    drawRun(pageLine, right - pageLine.width(), base);
    float x = left;
    if (reviewed != null) {
      drawRun(reviewed, x, base);
      x += reviewed.width() + gap;
    }
    if (site != null) {
      if (oneLine) {
        drawRun(site, x, base);
      } else {
        drawRun(site, left, base - theme.type().running() * 1.35f);
      }
    }
  }

  private void drawRun(Line line, float x, float baseline) throws IOException {
    for (Run run : line.runs()) {
      drawRun(run, x, baseline, false);
    }
  }

  /** Text on one line, cut with an ellipsis when it is wider than {@code max}. */
  private Line oneLine(String text, Style style, float max) {
    List<Item> items = new ArrayList<>();
    String t = text;
    for (int guard = 0; guard < 400; guard++) {
      items.clear();
      shaper.shapeQuietly(t, style, items);
      Line line = breaker.breakLines(items, Float.MAX_VALUE).get(0);
      if (line.width() <= max || t.length() <= 2) {
        return line;
      }
      int cut = t.offsetByCodePoints(t.length() - (t.endsWith("\u2026") ? 1 : 0), -1);
      t = t.substring(0, cut).stripTrailing() + "\u2026";
    }
    return new Line(List.of(), 0f);
  }

  // ---------------------------------------------------------------- marked content

  private void mark(StructNode node) throws IOException {
    if (open == node) {
      return;
    }
    closeMark();
    node.attach();
    int id = mcid++;
    cs.name(node.type).raw("<</MCID ").integer(id).raw(">> ").op("BDC");
    node.kids.add(new StructNode.Content(pageIndex, id));
    pageMcids.add(node);
    open = node;
  }

  private void artifact(String type, String subtype) throws IOException {
    String key = subtype == null ? type : type + "/" + subtype;
    if (key.equals(openArtifact)) {
      return;
    }
    closeMark();
    cs.name("Artifact").raw("<</Type /" + type + (subtype == null ? "" : " /Subtype /" + subtype) + ">> ").op("BDC");
    openArtifact = key;
  }

  private void closeMark() throws IOException {
    if (open != null || openArtifact != null) {
      cs.op("EMC");
      open = null;
      openArtifact = null;
    }
  }

  private void color(int rgb) throws IOException {
    if (rgb != fillColor) {
      cs.num(((rgb >> 16) & 0xFF) / 255f).num(((rgb >> 8) & 0xFF) / 255f).num((rgb & 0xFF) / 255f).op("rg");
      fillColor = rgb;
    }
  }

  private FontEmbedder font(int face) {
    FontEmbedder font = embedders[face];
    if (font == null) {
      font = new FontEmbedder(fonts.face(face), shaper.asciiVariety(face) >= COMMON_GLYPHS_FROM);
      embedders[face] = font;
    }
    if (!pageFaces.get(face)) {
      pageFaces.set(face);
      pageFonts.setItem(COSName.getPDFName("F" + face), font.dictionary());
    }
    return font;
  }

  private void rect(float x, float y, float width, float height) {
    cs.num(x).num(y).num(width).num(height).op("re").op("f");
  }

  // ---------------------------------------------------------------- structure and catalog

  private COSDictionary element(StructNode node) {
    return built.computeIfAbsent(node, n -> new COSDictionary());
  }

  private void buildElement(StructNode node, COSDictionary parent, Map<String, COSDictionary> ids) {
    COSDictionary d = element(node);
    d.setName(COSName.TYPE, "StructElem");
    d.setName(COSName.S, node.type);
    d.setItem(COSName.P, parent);
    if (node.alt != null) {
      d.setString(COSName.ALT, node.alt);
    }
    if (node.lang != null) {
      d.setString(COSName.LANG, node.lang);
    }
    if (node.id != null) {
      d.setString(COSName.ID, node.id);
      ids.put(node.id, d);
    }
    COSArray attributes = new COSArray();
    if (node.scope != null) {
      attributes.add(attribute("Table", "Scope", COSName.getPDFName(node.scope)));
    }
    if (node.listNumbering != null) {
      attributes.add(attribute("List", "ListNumbering", COSName.getPDFName(node.listNumbering)));
    }
    if (node.bbox != null) {
      COSArray box = new COSArray();
      for (float v : node.bbox) {
        box.add(new COSFloat(v));
      }
      COSDictionary layout = attribute("Layout", "BBox", box);
      layout.setName(COSName.getPDFName("Placement"), "Block");
      attributes.add(layout);
    }
    if (attributes.size() == 1) {
      d.setItem(COSName.A, attributes.get(0));
    } else if (attributes.size() > 1) {
      d.setItem(COSName.A, attributes);
    }
    int page = -1;
    for (Object kid : node.kids) {
      if (kid instanceof StructNode.Content) {
        page = ((StructNode.Content) kid).page();
        break;
      }
      if (kid instanceof StructNode.Annotation) {
        page = ((StructNode.Annotation) kid).page();
        break;
      }
    }
    if (page >= 0) {
      d.setItem(COSName.PG, pdPages.get(page));
    }
    COSArray k = new COSArray();
    for (Object kid : node.kids) {
      if (kid instanceof StructNode) {
        buildElement((StructNode) kid, d, ids);
        k.add(element((StructNode) kid));
      } else if (kid instanceof StructNode.Content) {
        StructNode.Content c = (StructNode.Content) kid;
        if (c.page() == page) {
          k.add(COSInteger.get(c.mcid()));
        } else {
          COSDictionary mcr = new COSDictionary();
          mcr.setName(COSName.TYPE, "MCR");
          mcr.setItem(COSName.PG, pdPages.get(c.page()));
          mcr.setInt(COSName.MCID, c.mcid());
          k.add(mcr);
        }
      } else {
        StructNode.Annotation a = (StructNode.Annotation) kid;
        COSDictionary objr = new COSDictionary();
        objr.setName(COSName.TYPE, "OBJR");
        objr.setItem(COSName.PG, pdPages.get(a.page()));
        objr.setItem(COSName.OBJ, ((PDAnnotationLink) a.annotation()).getCOSObject());
        k.add(objr);
      }
    }
    d.setItem(COSName.K, k);
  }

  private static COSDictionary attribute(String owner, String key, COSBase value) {
    COSDictionary a = new COSDictionary();
    a.setName(COSName.O, owner);
    a.setItem(COSName.getPDFName(key), value);
    return a;
  }

  private void catalog(StructNode root, List<Outline> outline, DocumentInfo info)
      throws IOException {
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    COSDictionary treeRoot = new COSDictionary();
    treeRoot.setName(COSName.TYPE, "StructTreeRoot");
    Map<String, COSDictionary> ids = new TreeMap<>();
    buildElement(root, treeRoot, ids);
    treeRoot.setItem(COSName.K, element(root));
    COSArray nums = new COSArray();
    for (Map.Entry<Integer, COSBase> e : parentTree.entrySet()) {
      nums.add(COSInteger.get(e.getKey()));
      nums.add(e.getValue());
    }
    COSDictionary parentTreeDict = new COSDictionary();
    parentTreeDict.setItem(COSName.NUMS, nums);
    treeRoot.setItem(COSName.PARENT_TREE, parentTreeDict);
    treeRoot.setInt(COSName.PARENT_TREE_NEXT_KEY, nextStructKey);
    if (!ids.isEmpty()) {
      COSArray names = new COSArray();
      for (Map.Entry<String, COSDictionary> e : ids.entrySet()) {
        names.add(new COSString(e.getKey()));
        names.add(e.getValue());
      }
      COSDictionary idTree = new COSDictionary();
      idTree.setItem(COSName.NAMES, names);
      treeRoot.setItem(COSName.ID_TREE, idTree);
    }
    COSDictionary roleMap = new COSDictionary();
    roleMap.setName(COSName.getPDFName("Aside"), "Sect");
    treeRoot.setItem(COSName.ROLE_MAP, roleMap);
    catalog.setStructureTreeRoot(new PDStructureTreeRoot(treeRoot));

    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    catalog.setMarkInfo(markInfo);
    catalog.setLanguage(info.language());
    PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
    prefs.setDisplayDocTitle(true);
    catalog.setViewerPreferences(prefs);

    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(Xmp.packet(info, PRODUCER));
    catalog.setMetadata(metadata);
    COSDictionary intentDict = new COSDictionary();
    intentDict.setName(COSName.TYPE, "OutputIntent");
    intentDict.setName(COSName.S, "GTS_PDFA1");
    COSStream profile = FontEmbedder.deflated(doc.getDocument(), SRGB);
    profile.setInt(COSName.N, 3);
    intentDict.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
    PDOutputIntent intent = new PDOutputIntent(intentDict);
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);

    if (!outline.isEmpty()) {
      PDDocumentOutline docOutline = new PDDocumentOutline();
      List<PDOutlineItem> stack = new ArrayList<>();
      for (Outline entry : outline) {
        float[] target = anchors.get(entry.anchor());
        if (target == null) {
          continue;
        }
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(entry.title());
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(pdPages.get((int) target[0]));
        dest.setTop(Math.round(target[1]));
        dest.setLeft(0);
        item.setDestination(dest);
        int level = Math.max(1, entry.level());
        while (stack.size() >= level) {
          stack.remove(stack.size() - 1);
        }
        if (stack.isEmpty()) {
          docOutline.addLast(item);
        } else {
          stack.get(stack.size() - 1).addLast(item);
        }
        stack.add(item);
      }
      catalog.setDocumentOutline(docOutline);
      catalog.setPageMode(PageMode.USE_OUTLINES);
    }

    PDDocumentInformation di = new PDDocumentInformation();
    di.setTitle(info.title());
    di.setProducer(PRODUCER);
    if (!info.authors().isEmpty()) {
      di.setAuthor(String.join(", ", info.authors()));
    }
    info.description().ifPresent(di::setSubject);
    if (!info.keywords().isEmpty()) {
      di.setKeywords(String.join(", ", info.keywords()));
    }
    if (info.created().isPresent() || info.modified().isPresent()) {
      di.setCreator(PRODUCER);
    }
    info.created().ifPresent(d -> di.getCOSObject().setString(COSName.CREATION_DATE, pdfDate(d)));
    info.modified().ifPresent(d -> di.getCOSObject().setString(COSName.MOD_DATE, pdfDate(d)));
    doc.setDocumentInformation(di);

  }

  private static byte[] zlibOnce(byte[] data) {
    try (Flate f = new Flate()) {
      return f.zlib(data);
    }
  }

  /** A PDF date at midnight UTC, matching the XMP dates. */
  private static String pdfDate(LocalDate date) {
    return String.format(java.util.Locale.ROOT, "D:%04d%02d%02d000000Z", date.getYear(), date.getMonthValue(),
        date.getDayOfMonth());
  }

}
