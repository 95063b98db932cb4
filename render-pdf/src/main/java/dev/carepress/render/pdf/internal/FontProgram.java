package dev.carepress.render.pdf.internal;

import dev.carepress.render.RenderException;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One font file, parsed once: its glyph coverage and advance widths as immutable arrays that any
 * thread may read, and a pool of parsed {@link TrueTypeFont}s that documents borrow for embedding
 * (FontBox's font objects read their tables lazily through a shared stream, so one instance is
 * never used by two documents at once). The file is parsed by {@link FontFiles}, its metrics read
 * by {@link FontMetrics} and its character map by {@link FontCmap} — or, for a plain TrueType font,
 * all three straight from its tables by {@link SfntFace} (FontBox then parses it only if a
 * document borrows it).
 */
public final class FontProgram {
  private final String displayName;
  private final byte[] data;
  private final Optional<String> collectionFont;
  private final String postScriptName;
  private final String pdfName;
  /** Whether the file is a single TrueType font that {@link TrueTypeSubset} can subset. */
  private final boolean plainTrueType;
  /** Made on first use by {@link #layout()}: a face a document never draws needs none. */
  private volatile TrueTypeLayout layout;
  private final FontMetrics metrics;
  private final FontCmap cmap;
  private final ConcurrentLinkedQueue<TrueTypeFont> pool = new ConcurrentLinkedQueue<>();
  private final boolean cff;
  /** The JDK's view of the font, made on first use by {@link #layoutFont()} (shaping only). */
  private volatile java.awt.Font layoutFont;
  private volatile CffSource cffSource;

  private FontProgram(String displayName, byte[] data, Optional<String> collectionFont) throws IOException {
    this.displayName = displayName;
    this.data = data;
    this.collectionFont = collectionFont;
    Optional<SfntFace> face = collectionFont.isEmpty() ? SfntFace.read(data, displayName) : Optional.empty();
    if (face.isPresent()) {
      // a plain TrueType font: read straight from its tables; FontBox parses it only if ever borrowed
      this.cff = false;
      this.postScriptName = Optional.ofNullable(face.get().postScriptName).orElse(displayName);
      this.metrics = face.get().metrics;
      this.cmap = face.get().cmap;
    } else {
      TrueTypeFont ttf = parse();
      this.cff = ttf instanceof OpenTypeFont && ((OpenTypeFont) ttf).isPostScript();
      if (cff && !CffSubset.canSubset(ttf)) {
        throw new RenderException(
            "the font " + displayName + " has PostScript (CFF) outlines that Carepress cannot embed as a subset"
                + " (only CID-keyed CFF, as in Noto Sans CJK, is supported); use a font with TrueType outlines");
      }
      this.postScriptName = Optional.ofNullable(ttf.getName()).orElse(displayName);
      this.metrics = new FontMetrics(ttf, displayName);
      this.cmap = new FontCmap(ttf, metrics.glyphCount, displayName);
      ttf.setEnableGsub(false);
      pool.add(ttf);
    }
    String cleaned = postScriptName.replaceAll("[^A-Za-z0-9_.-]", "");
    this.pdfName = cleaned.isEmpty() ? "Font" : cleaned;
    this.plainTrueType = collectionFont.isEmpty() && TrueTypeSubset.canSubset(data);
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
    return plainTrueType;
  }

  /**
   * The table and glyph offsets, for {@link TrueTypeSubset}, made on first use; null unless
   * {@link #plainTrueType()}.
   */
  TrueTypeLayout layout() {
    TrueTypeLayout made = layout;
    if (made == null && plainTrueType) {
      synchronized (pool) { // one layout per font, however many threads ask at once
        made = layout;
        if (made == null) {
          made = new TrueTypeLayout(data, this::glyph);
          layout = made;
        }
      }
    }
    return made;
  }

  /** Whether the outlines are CFF (PostScript): embedded as CIDFontType0 through {@link CffSubset}. */
  boolean cff() {
    return cff;
  }

  /** The parsed CFF table, for {@link CffSubset}; made on first use (only for {@link #cff()} fonts). */
  CffSource cffSource() {
    CffSource source = cffSource;
    if (source == null) {
      TrueTypeFont ttf = borrow();
      try {
        source = new CffSource(ttf.getTableBytes(ttf.getTableMap().get("CFF ")), 0);
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
    return metrics.glyphCount;
  }

  /** The font's design units per em. */
  public float unitsPerEm() {
    return metrics.unitsPerEm;
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
          font = LayoutFonts.create(displayName, data, collectionFont, postScriptName, metrics.unitsPerEm);
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
    return cmap.glyph(codePoint);
  }

  /**
   * A character whose glyph this is in the character map (the lowest), or -1 when the glyph is
   * reached only through OpenType substitution (a ligature, a conjunct, a contextual form).
   */
  public int codePointOf(int gid) {
    return cmap.codePointOf(gid);
  }

  /** Whether the font has a glyph for the code point. */
  public boolean has(int codePoint) {
    return glyph(codePoint) != 0;
  }

  /** The advance width of a glyph, in ems. */
  public float advance(int gid) {
    int[] advances = metrics.advances;
    return gid < advances.length ? advances[gid] / metrics.unitsPerEm : 0f;
  }

  /** The width of a code point's glyph in ems (0 if there is none). */
  public float width(int codePoint) {
    return advance(glyph(codePoint));
  }

  /** The advance width of a glyph in thousandths of an em, rounded, as PDF width arrays want it. */
  public int advance1000(int gid) {
    int[] advances = metrics.advances;
    return gid < advances.length ? Math.round(advances[gid] * 1000f / metrics.unitsPerEm) : 0;
  }

  /** The font's bounding box in thousandths of an em. */
  int[] bbox() {
    return metrics.bbox.clone();
  }

  float italicAngle() {
    return metrics.italicAngle;
  }

  int capHeight() {
    return metrics.capHeight;
  }

  boolean fixedPitch() {
    return metrics.fixedPitch;
  }

  int weight() {
    return metrics.weight;
  }

  /** The ascender above the baseline, in ems. */
  public float ascent() {
    return metrics.ascent;
  }

  /** The descender below the baseline, in ems (positive). */
  public float descent() {
    return metrics.descent;
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
    return FontFiles.parse(data, collectionFont);
  }
}
