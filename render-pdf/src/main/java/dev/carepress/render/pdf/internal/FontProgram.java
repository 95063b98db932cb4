package dev.carepress.render.pdf.internal;

import dev.carepress.render.RenderException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One font file, parsed once: its glyph coverage and advance widths as immutable arrays that any
 * thread may read, and a pool of parsed {@link TrueTypeFont}s that documents borrow for embedding
 * (FontBox's font objects read their tables lazily through a shared stream, so one instance is
 * never used by two documents at once).
 */
public final class FontProgram {
  private final String displayName;
  private final byte[] data;
  private final Optional<String> collectionFont;
  private final String postScriptName;
  private final String pdfName;
  private final TrueTypeSubset.Layout layout;
  private final float unitsPerEm;
  private final float ascent;
  private final float descent;
  private final char[] bmpGlyphs;
  private final int[] astralCodes;
  private final int[] astralGlyphs;
  private final int[] advances;
  private final int[] bbox;
  private final float italicAngle;
  private final int capHeight;
  private final boolean fixedPitch;
  private final int weight;
  private final ConcurrentLinkedQueue<TrueTypeFont> pool = new ConcurrentLinkedQueue<>();
  private final boolean cff;
  private final int glyphCount;
  /** The JDK's view of the font, made on first use by {@link #layoutFont()} (shaping only). */
  private volatile java.awt.Font layoutFont;
  private volatile int[] reverseCmap;
  private volatile CffSubset.Source cffSource;

  private FontProgram(String displayName, byte[] data, Optional<String> collectionFont) throws IOException {
    this.displayName = displayName;
    this.data = data;
    this.collectionFont = collectionFont;
    TrueTypeFont ttf = parse();
    this.cff = ttf instanceof OpenTypeFont && ((OpenTypeFont) ttf).isPostScript();
    if (cff && !CffSubset.canSubset(ttf)) {
      throw new RenderException(
          "the font " + displayName + " has PostScript (CFF) outlines that Carepress cannot embed as a subset"
              + " (only CID-keyed CFF, as in Noto Sans CJK, is supported); use a font with TrueType outlines");
    }
    this.postScriptName = Optional.ofNullable(ttf.getName()).orElse(displayName);
    String cleaned = postScriptName.replaceAll("[^A-Za-z0-9_.-]", "");
    this.pdfName = cleaned.isEmpty() ? "Font" : cleaned;
    this.unitsPerEm = ttf.getUnitsPerEm();
    HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
    this.ascent = hhea.getAscender() / unitsPerEm;
    this.descent = -hhea.getDescender() / unitsPerEm;
    OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
    if (os2 != null && (os2.getFsType() & 0x000F) == 0x0002) {
      throw new RenderException("the font " + displayName + " does not allow embedding (OS/2 fsType 2, restricted"
          + " licence); PDF/A and PDF/UA need every font embedded: use another font");
    }
    HeaderTable head = ttf.getHeader();
    float scale = 1000f / unitsPerEm;
    this.bbox = new int[] {Math.round(head.getXMin() * scale), Math.round(head.getYMin() * scale),
        Math.round(head.getXMax() * scale), Math.round(head.getYMax() * scale)};
    PostScriptTable post = ttf.getPostScript();
    this.italicAngle = post == null ? 0f : post.getItalicAngle();
    this.fixedPitch = post != null && post.getIsFixedPitch() != 0;
    this.capHeight = os2 != null && os2.getCapHeight() > 0 ? Math.round(os2.getCapHeight() * scale)
        : Math.round(ascent * 700f);
    this.weight = os2 == null ? 400 : os2.getWeightClass();
    int glyphCount = ttf.getNumberOfGlyphs();
    this.glyphCount = glyphCount;
    this.advances = new int[glyphCount];
    for (int gid = 0; gid < glyphCount; gid++) {
      advances[gid] = ttf.getAdvanceWidth(gid);
    }
    CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
    if (cmap == null) {
      throw new RenderException("the font " + displayName + " has no Unicode character map; it cannot be used");
    }
    this.bmpGlyphs = new char[0x10000];
    int[] codes = new int[16];
    int[] glyphs = new int[16];
    int astral = 0;
    for (int gid = 1; gid < glyphCount; gid++) {
      List<Integer> chars = cmap.getCharCodes(gid);
      if (chars == null) {
        continue;
      }
      for (int cp : chars) {
        if (cp < 0x10000) {
          if (bmpGlyphs[cp] == 0) {
            bmpGlyphs[cp] = (char) gid;
          }
        } else if (cp <= Character.MAX_CODE_POINT) {
          if (astral == codes.length) {
            codes = Arrays.copyOf(codes, astral * 2);
            glyphs = Arrays.copyOf(glyphs, astral * 2);
          }
          codes[astral] = cp;
          glyphs[astral] = gid;
          astral++;
        }
      }
    }
    // cmap.getCharCodes lists one code per glyph in some formats: confirm the BMP through the lookup
    for (int cp = 0x20; cp < 0x10000; cp++) {
      if (bmpGlyphs[cp] == 0 && (cp < 0xD800 || cp > 0xDFFF)) {
        int gid = cmap.getGlyphId(cp);
        if (gid > 0 && gid < glyphCount) {
          bmpGlyphs[cp] = (char) gid;
        }
      }
    }
    long[] pairs = new long[astral];
    for (int i = 0; i < astral; i++) {
      pairs[i] = ((long) codes[i] << 32) | glyphs[i];
    }
    Arrays.sort(pairs);
    this.astralCodes = new int[astral];
    this.astralGlyphs = new int[astral];
    for (int i = 0; i < astral; i++) {
      astralCodes[i] = (int) (pairs[i] >>> 32);
      astralGlyphs[i] = (int) pairs[i];
    }
    this.layout = collectionFont.isEmpty() && TrueTypeSubset.canSubset(data)
        ? new TrueTypeSubset.Layout(data, this::glyph) : null;
    ttf.setEnableGsub(false);
    pool.add(ttf);
  }

  /**
   * Parses a font file.
   *
   * @throws RenderException if it is not a usable TrueType or OpenType font
   */
  public static FontProgram load(String displayName, byte[] data, Optional<String> collectionFont) {
    try {
      return new FontProgram(displayName, data, collectionFont);
    } catch (IOException | RuntimeException e) {
      if (e instanceof RenderException) {
        throw (RenderException) e;
      }
      throw new RenderException("cannot read the font " + displayName + ": " + e.getMessage()
          + " (give a TrueType or OpenType font file)", e);
    }
  }

  /** The name given to the font when it was loaded (a path or resource), for messages. */
  public String displayName() {
    return displayName;
  }

  /** The font's PostScript name. */
  public String postScriptName() {
    return postScriptName;
  }

  /** The font file's bytes (not copied: never change them). */
  byte[] data() {
    return data;
  }

  /** Whether the file is a single TrueType font that {@link TrueTypeSubset} can subset. */
  boolean plainTrueType() {
    return layout != null;
  }

  /** The table and glyph offsets, for {@link TrueTypeSubset}; null unless {@link #plainTrueType()}. */
  TrueTypeSubset.Layout layout() {
    return layout;
  }

  /** Whether the outlines are CFF (PostScript): embedded as CIDFontType0 through {@link CffSubset}. */
  boolean cff() {
    return cff;
  }

  /** The parsed CFF table, for {@link CffSubset}; made on first use (only for {@link #cff()} fonts). */
  CffSubset.Source cffSource() {
    CffSubset.Source source = cffSource;
    if (source == null) {
      TrueTypeFont ttf = borrow();
      try {
        source = new CffSubset.Source(ttf.getTableBytes(ttf.getTableMap().get("CFF ")), 0);
      } catch (IOException e) {
        throw new RenderException("cannot read the CFF outlines of the font " + displayName + ": " + e.getMessage(), e);
      } finally {
        release(ttf);
      }
      cffSource = source; // racing threads parse the same table
    }
    return source;
  }

  /** The number of glyphs in the font. */
  public int glyphCount() {
    return glyphCount;
  }

  /** The font's design units per em. */
  public float unitsPerEm() {
    return unitsPerEm;
  }

  /**
   * The font as the JDK's text layout sees it (its bundled HarfBuzz shapes with it), at a size of
   * one em = {@link #unitsPerEm()} points, so that positions come out in font units; kerning and
   * ligatures on, as HarfBuzz's defaults. Made on first use: plain Latin text never needs it.
   */
  public java.awt.Font layoutFont() {
    java.awt.Font font = layoutFont;
    if (font == null) {
      synchronized (this) {
        font = layoutFont;
        if (font == null) {
          font = LayoutFonts.create(displayName, data, collectionFont, postScriptName, unitsPerEm);
          layoutFont = font;
        }
      }
    }
    return font;
  }

  /** The PostScript name with only the characters a PDF font name may hold. */
  String pdfName() {
    return pdfName;
  }

  /** The glyph id of the code point, or 0 if the font has no glyph for it. */
  public int glyph(int codePoint) {
    if (codePoint < 0x10000) {
      return codePoint < 0 ? 0 : bmpGlyphs[codePoint];
    }
    int i = Arrays.binarySearch(astralCodes, codePoint);
    return i < 0 ? 0 : astralGlyphs[i];
  }

  /**
   * A character whose glyph this is in the character map (the lowest), or -1 when the glyph is
   * reached only through OpenType substitution (a ligature, a conjunct, a contextual form).
   */
  public int codePointOf(int gid) {
    int[] reverse = reverseCmap;
    if (reverse == null) {
      reverse = new int[glyphCount];
      Arrays.fill(reverse, -1);
      for (int cp = 0xFFFF; cp >= 0; cp--) {
        if (bmpGlyphs[cp] != 0) {
          reverse[bmpGlyphs[cp]] = cp;
        }
      }
      for (int i = astralCodes.length - 1; i >= 0; i--) {
        if (astralGlyphs[i] < glyphCount && reverse[astralGlyphs[i]] < 0) {
          reverse[astralGlyphs[i]] = astralCodes[i];
        }
      }
      reverseCmap = reverse; // racing threads build the same array
    }
    return gid >= 0 && gid < reverse.length ? reverse[gid] : -1;
  }

  /** Whether the font has a glyph for the code point. */
  public boolean has(int codePoint) {
    return glyph(codePoint) != 0;
  }

  /** The advance width of a glyph, in ems. */
  public float advance(int gid) {
    return gid < advances.length ? advances[gid] / unitsPerEm : 0f;
  }

  /** The width of a code point's glyph in ems (0 if there is none). */
  public float width(int codePoint) {
    return advance(glyph(codePoint));
  }

  /** The advance width of a glyph in thousandths of an em, rounded, as PDF width arrays want it. */
  public int advance1000(int gid) {
    return gid < advances.length ? Math.round(advances[gid] * 1000f / unitsPerEm) : 0;
  }

  /** The font's bounding box in thousandths of an em. */
  int[] bbox() {
    return bbox.clone();
  }

  float italicAngle() {
    return italicAngle;
  }

  int capHeight() {
    return capHeight;
  }

  boolean fixedPitch() {
    return fixedPitch;
  }

  int weight() {
    return weight;
  }

  /** The ascender above the baseline, in ems. */
  public float ascent() {
    return ascent;
  }

  /** The descender below the baseline, in ems (positive). */
  public float descent() {
    return descent;
  }

  /** Borrows a parsed font for one document; give it back with {@link #release} after saving. */
  public TrueTypeFont borrow() {
    TrueTypeFont ttf = pool.poll();
    if (ttf != null) {
      return ttf;
    }
    try {
      TrueTypeFont fresh = parse();
      fresh.setEnableGsub(false);
      return fresh;
    } catch (IOException e) {
      throw new RenderException("cannot read the font " + displayName + " again: " + e.getMessage(), e);
    }
  }

  /** Returns a borrowed font to the pool. */
  public void release(TrueTypeFont ttf) {
    pool.offer(ttf);
  }

  private TrueTypeFont parse() throws IOException {
    boolean collection = data.length > 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f';
    if (collection) {
      TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(data));
      AtomicReference<TrueTypeFont> chosen = new AtomicReference<>();
      ttc.processAllFonts(font -> {
        String name = font.getName();
        boolean wanted = collectionFont.map(n -> n.equals(name)).orElse(chosen.get() == null);
        if (wanted && chosen.get() == null) {
          chosen.set(font);
        }
      });
      if (chosen.get() == null) {
        throw new IOException("the collection has no font named " + collectionFont.orElse("?"));
      }
      return chosen.get();
    }
    boolean otto = data.length > 4 && data[0] == 'O' && data[1] == 'T' && data[2] == 'T' && data[3] == 'O';
    RandomAccessReadBuffer in = new RandomAccessReadBuffer(data);
    return otto ? new OTFParser().parse(in) : new TTFParser().parse(in);
  }
}
