package dev.carepress.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/**
 * Embeds one face in one document as a Type 0 font with Identity-H encoding: glyph ids are the
 * CIDs, a CIDToGIDMap maps them to the subset's glyphs, widths are given for the glyphs used and a
 * ToUnicode map gives every glyph its text. A font with CFF outlines (Noto Sans CJK) is embedded as
 * a CIDFontType0 whose FontFile3 is a subset made by {@link CffSubset}. Done here rather than through PDFBox's font loader,
 * which builds width tables for every glyph of the font for each document.
 */
final class FontEmbedder {
  private static final List<String> TABLES =
      List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

  private final FontProgram program;
  private final COSDictionary type0 = new COSDictionary();
  /** For a plain TrueType font: the glyphs drawn, renumbered (CID = the subset's glyph id). */
  private final TrueTypeSubset.Glyphs glyphs;
  /** For a CFF font: the glyphs drawn, renumbered (CID = the subset's glyph id). */
  private final CffSubset.Glyphs cffGlyphs;
  /** For other fonts (collections): the glyph ids drawn (CID = the font's glyph id). */
  private final BitSet used = new BitSet();
  /** The text of each CID, for the ToUnicode map. */
  private int[] text = new int[128];
  /** The text of CIDs that stand for more than one character (a ligature, a conjunct), for the ToUnicode map. */
  private final Map<Integer, String> longText = new java.util.HashMap<>();

  /**
   * An embedder for one document.
   *
   * @param common whether the subset holds the font's common glyphs, drawn or not (worth it when
   *     the document uses many of them: their compressed form is made once per JVM)
   */
  FontEmbedder(FontProgram program, boolean common) {
    this.program = program;
    this.glyphs = program.plainTrueType() ? new TrueTypeSubset.Glyphs(program.layout(), common) : null;
    this.cffGlyphs = program.cff() ? new CffSubset.Glyphs(program.glyphCount()) : null;
  }

  /** The font embedded. */
  FontProgram program() {
    return program;
  }

  /** The font dictionary pages refer to; filled in by {@link #finish}. */
  COSDictionary dictionary() {
    return type0;
  }

  /** The CIDs of the text into {@code out} (grown as needed); returns the count. */
  int encode(String s, int[][] out) {
    int[] cids = out[0];
    if (cids.length < s.length()) {
      cids = new int[Math.max(s.length(), cids.length * 2)];
      out[0] = cids;
    }
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int gid = program.glyph(cp);
      if (gid == 0) {
        continue; // the shaper never gives a character without a glyph; never draw .notdef
      }
      int cid = cid(gid);
      used.set(cid);
      if (cid >= text.length) {
        text = java.util.Arrays.copyOf(text, Math.max(cid + 1, text.length * 2));
      }
      if (text[cid] == 0 || cp == ' ') {
        text[cid] = cp; // a glyph shared by the space and the no-break space reads as a space
      }
      cids[n++] = cid;
    }
    return n;
  }

  /**
   * The CIDs of shaped glyphs (glyph ids of the font, from the layout engine) into {@code out} (grown
   * as needed); {@code texts[i]} is what glyph i stands for in the ToUnicode map, kept for its CID
   * the first time the glyph is drawn. Returns the count.
   */
  int encodeGlyphs(int[] gids, String[] texts, int[][] out) {
    int[] cids = out[0];
    if (cids.length < gids.length) {
      cids = new int[Math.max(gids.length, cids.length * 2)];
      out[0] = cids;
    }
    int n = 0;
    for (int i = 0; i < gids.length; i++) {
      int gid = gids[i];
      if (gid <= 0 || gid >= program.glyphCount()) {
        continue; // never draw .notdef
      }
      int cid = cid(gid);
      used.set(cid);
      if (cid >= text.length) {
        text = java.util.Arrays.copyOf(text, Math.max(cid + 1, text.length * 2));
      }
      if (text[cid] == 0 && !longText.containsKey(cid)) {
        String t = readable(texts[i], gid);
        if (t.codePointCount(0, t.length()) == 1) {
          text[cid] = t.codePointAt(0);
        } else {
          longText.put(cid, t);
        }
      }
      cids[n++] = cid;
    }
    return n;
  }

  /**
   * The text without what PDF/A and PDF/UA forbid in a ToUnicode map (U+0000, U+FEFF, U+FFFE) and
   * other controls, format characters and lone surrogates; the glyph's own character, or a space,
   * if nothing is left (an invisible character HarfBuzz drew as an empty glyph).
   */
  private String readable(String t, int gid) {
    StringBuilder kept = null;
    for (int k = 0; k < t.length(); ) {
      int cp = t.codePointAt(k);
      int type = Character.getType(cp);
      boolean bad = cp == 0xFEFF || cp == 0xFFFE || type == Character.CONTROL || type == Character.SURROGATE
          || (type == Character.FORMAT && cp != 0x200C && cp != 0x200D);
      if (bad && kept == null) {
        kept = new StringBuilder(t.substring(0, k));
      } else if (!bad && kept != null) {
        kept.appendCodePoint(cp);
      }
      k += Character.charCount(cp);
    }
    if (kept == null) {
      return t;
    }
    if (kept.length() > 0) {
      return kept.toString();
    }
    int own = program.codePointOf(gid);
    return own > 0 ? new String(Character.toChars(own)) : " ";
  }

  private int cid(int gid) {
    return glyphs != null ? glyphs.id(gid) : cffGlyphs != null ? cffGlyphs.id(gid) : gid;
  }

  /** The font's glyph id of a CID. */
  private int old(int cid) {
    return glyphs != null ? glyphs.old(cid) : cffGlyphs != null ? cffGlyphs.old(cid) : cid;
  }

  /** Subsets the font program and writes the dictionaries. */
  void finish(COSDocument cos, Flate flate) throws IOException {
    long hash = 7;
    for (int g = used.nextSetBit(0); g >= 0; g = used.nextSetBit(g + 1)) {
      hash = hash * 31 + old(g);
    }
    StringBuilder tag = new StringBuilder(7);
    long h = hash & Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('A' + (int) (h % 26)));
      h /= 26;
    }
    String baseFont = tag + "+" + program.pdfName();

    COSStream fontFile;
    COSBase cidToGidMap;
    if (program.cff()) {
      byte[] cff = CffSubset.subset(program.cffSource(), cffGlyphs); // CID = the subset's glyph id
      fontFile = deflated(cos, flate.zlib(cff));
      fontFile.setName(COSName.SUBTYPE, "CIDFontType0C");
      cidToGidMap = null;
    } else if (program.plainTrueType()) {
      TrueTypeSubset.Subset subset = TrueTypeSubset.subset(program.layout(), glyphs); // CID = the subset's glyph id
      byte[] file = subset.file();
      fontFile = deflated(cos, flate.zlib(file, 0, file.length, subset.fixedFrom(), subset.fixedTo(),
          subset.fixedDeflated()));
      fontFile.setInt(COSName.LENGTH1, file.length);
      cidToGidMap = COSName.IDENTITY;
    } else {
      TrueTypeFont ttf = program.borrow();
      try {
        Set<Integer> gids = new HashSet<>();
        for (int g = used.nextSetBit(0); g >= 0; g = used.nextSetBit(g + 1)) {
          gids.add(g);
        }
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addGlyphIds(gids);
        ByteArrayOutputStream subset = new ByteArrayOutputStream(32 * 1024);
        subsetter.writeToStream(subset);
        byte[] fontBytes = subset.toByteArray();
        fontFile = deflated(cos, flate.zlib(fontBytes));
        fontFile.setInt(COSName.LENGTH1, fontBytes.length);
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        int maxCid = used.length() - 1;
        byte[] map = new byte[(maxCid + 1) * 2];
        for (Map.Entry<Integer, Integer> e : newToOld.entrySet()) {
          int cid = e.getValue();
          if (cid <= maxCid) {
            map[cid * 2] = (byte) (e.getKey() >> 8);
            map[cid * 2 + 1] = (byte) (int) e.getKey();
          }
        }
        cidToGidMap = deflated(cos, flate.zlib(map));
      } finally {
        program.release(ttf);
      }
    }


    COSDictionary descriptor = new COSDictionary();
    descriptor.setName(COSName.TYPE, "FontDescriptor");
    descriptor.setName(COSName.FONT_NAME, baseFont);
    int flags = 4 | (program.fixedPitch() ? 1 : 0) | (program.italicAngle() != 0 ? 64 : 0);
    descriptor.setInt(COSName.FLAGS, flags);
    COSArray bbox = new COSArray();
    for (int v : program.bbox()) {
      bbox.add(COSInteger.get(v));
    }
    descriptor.setItem(COSName.FONT_BBOX, bbox);
    descriptor.setItem(COSName.ITALIC_ANGLE, new COSFloat(program.italicAngle()));
    descriptor.setInt(COSName.ASCENT, Math.round(program.ascent() * 1000f));
    descriptor.setInt(COSName.DESCENT, -Math.round(program.descent() * 1000f));
    descriptor.setInt(COSName.CAP_HEIGHT, program.capHeight());
    descriptor.setInt(COSName.STEM_V, program.weight() >= 600 ? 120 : 80);
    descriptor.setItem(program.cff() ? COSName.FONT_FILE3 : COSName.FONT_FILE2, fontFile);

    COSDictionary systemInfo = new COSDictionary();
    systemInfo.setString(COSName.REGISTRY, "Adobe");
    systemInfo.setString(COSName.ORDERING, "Identity");
    systemInfo.setInt(COSName.SUPPLEMENT, 0);

    COSArray widths = new COSArray();
    int g = used.nextSetBit(0);
    while (g >= 0) {
      int start = g;
      COSArray run = new COSArray();
      while (g >= 0 && g == start + run.size()) {
        run.add(COSInteger.get(program.advance1000(old(g))));
        g = used.nextSetBit(g + 1);
      }
      widths.add(COSInteger.get(start));
      widths.add(run);
    }

    COSDictionary cidFont = new COSDictionary();
    cidFont.setName(COSName.TYPE, "Font");
    cidFont.setName(COSName.SUBTYPE, program.cff() ? "CIDFontType0" : "CIDFontType2");
    cidFont.setName(COSName.BASE_FONT, baseFont);
    cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setItem(COSName.W, widths);
    if (cidToGidMap != null) {
      cidFont.setItem(COSName.CID_TO_GID_MAP, cidToGidMap);
    }

    type0.setName(COSName.TYPE, "Font");
    type0.setName(COSName.SUBTYPE, "Type0");
    type0.setName(COSName.BASE_FONT, baseFont);
    type0.setName(COSName.ENCODING, "Identity-H");
    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    type0.setItem(COSName.DESCENDANT_FONTS, descendants);
    type0.setItem(COSName.TO_UNICODE, deflated(cos, flate.zlib(toUnicode())));
  }

  private static final byte[] CMAP_START = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n").getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CMAP_END =
      "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n".getBytes(StandardCharsets.US_ASCII);

  private byte[] toUnicode() {
    ContentWriter c = new ContentWriter(CMAP_START.length + CMAP_END.length + used.cardinality() * 18 + 64
        + longText.size() * 16);
    c.raw(CMAP_START);
    int count = used.cardinality();
    int g = used.nextSetBit(0);
    while (count > 0) {
      int block = Math.min(100, count);
      c.integer(block).raw(" beginbfchar\n");
      for (int i = 0; i < block; i++) {
        c.put('<').hex4(g).raw("> <");
        String many = longText.get(g);
        if (many != null) {
          for (int k = 0; k < many.length(); k++) {
            c.hex4(many.charAt(k));
          }
        } else {
          int cp = text[g];
          if (Character.isSupplementaryCodePoint(cp)) {
            c.hex4(Character.highSurrogate(cp)).hex4(Character.lowSurrogate(cp));
          } else {
            c.hex4(cp);
          }
        }
        c.put('>').put('\n');
        g = used.nextSetBit(g + 1);
      }
      c.raw("endbfchar\n");
      count -= block;
    }
    c.raw(CMAP_END);
    return c.toByteArray();
  }

  /** A FlateDecode stream of bytes already compressed. */
  static COSStream deflated(COSDocument cos, byte[] compressed) throws IOException {
    COSStream stream = cos.createCOSStream();
    try (OutputStream raw = stream.createRawOutputStream()) {
      raw.write(compressed);
    }
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    return stream;
  }

}
