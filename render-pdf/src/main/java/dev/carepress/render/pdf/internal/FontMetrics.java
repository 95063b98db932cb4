package dev.carepress.render.pdf.internal;

import dev.carepress.render.RenderException;
import java.io.IOException;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A font's metrics, read once from its head, hhea, OS/2, post and hmtx tables (through FontBox, or
 * straight from the bytes by {@link SfntFace}): the em, ascent and descent, what a PDF font
 * descriptor states, and every glyph's advance width. Immutable.
 */
final class FontMetrics {
  final float unitsPerEm;
  final float ascent;
  final float descent;
  /** The bounding box in thousandths of an em. */
  final int[] bbox;
  final float italicAngle;
  final int capHeight;
  final boolean fixedPitch;
  final int weight;
  final int glyphCount;
  /** Per glyph, in font units. */
  final int[] advances;

  /**
   * Reads the metrics through FontBox.
   *
   * @throws RenderException if the font's licence does not allow embedding (OS/2 fsType 2)
   */
  FontMetrics(TrueTypeFont ttf, String displayName) throws IOException {
    this.unitsPerEm = ttf.getUnitsPerEm();
    HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
    this.ascent = hhea.getAscender() / unitsPerEm;
    this.descent = -hhea.getDescender() / unitsPerEm;
    OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
    if (os2 != null) {
      checkEmbeddable(os2.getFsType(), displayName);
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
    this.glyphCount = ttf.getNumberOfGlyphs();
    this.advances = new int[glyphCount];
    for (int gid = 0; gid < glyphCount; gid++) {
      advances[gid] = ttf.getAdvanceWidth(gid);
    }
  }

  /**
   * The metrics from values read straight from the tables ({@link SfntFace}), worked out as the
   * FontBox constructor does; {@code os2} is false when the font has no OS/2 table, {@code capHeightUnits}
   * 0 when the table does not state one.
   */
  FontMetrics(int unitsPerEm, int[] headBox, int ascender, int descender, boolean os2, int capHeightUnits,
      int weightClass, float italicAngle, boolean fixedPitch, int[] advances) {
    this.unitsPerEm = unitsPerEm;
    this.ascent = ascender / this.unitsPerEm;
    this.descent = -descender / this.unitsPerEm;
    float scale = 1000f / this.unitsPerEm;
    this.bbox = new int[] {Math.round(headBox[0] * scale), Math.round(headBox[1] * scale),
        Math.round(headBox[2] * scale), Math.round(headBox[3] * scale)};
    this.italicAngle = italicAngle;
    this.fixedPitch = fixedPitch;
    this.capHeight = os2 && capHeightUnits > 0 ? Math.round(capHeightUnits * scale) : Math.round(ascent * 700f);
    this.weight = os2 ? weightClass : 400;
    this.glyphCount = advances.length;
    this.advances = advances;
  }

  /**
   * Refuses a font whose licence does not allow embedding.
   *
   * @throws RenderException if the OS/2 fsType is 2 (restricted licence)
   */
  static void checkEmbeddable(int fsType, String displayName) {
    if ((fsType & 0x000F) == 0x0002) {
      throw new RenderException("the font " + displayName + " does not allow embedding (OS/2 fsType 2, restricted"
          + " licence); PDF/A and PDF/UA need every font embedded: use another font");
    }
  }
}
