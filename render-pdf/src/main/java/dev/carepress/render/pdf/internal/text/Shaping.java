package dev.carepress.render.pdf.internal.text;

import dev.carepress.render.pdf.internal.FontProgram;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.Arrays;

/**
 * Shapes runs of text into glyphs. Complex runs go through the JDK's text layout, whose engine is
 * the HarfBuzz bundled with the JDK (JEP 258): {@link Font#layoutGlyphVector} applies the font's
 * OpenType GSUB and GPOS tables (joining forms, conjuncts, reordering, mark positioning, kerning,
 * mirroring of right-to-left brackets) and gives glyph ids, positions and the character each glyph
 * came from. Simple runs (left-to-right text of scripts that need no shaping, without combining
 * marks) take the character map one to one, as the renderer always has. Stateless and
 * thread-safe.
 */
public final class Shaping {
  /** Unhinted, fractional metrics: positions in font units, exactly as HarfBuzz computes them. */
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  /** The JDK's glyph code for a character it lays out as nothing (a line feed, say). */
  private static final int INVISIBLE = 0xFFFF;

  private Shaping() {}

  /**
   * Shapes {@code text[start, end)} with the font through HarfBuzz; the characters around the run
   * (the whole array) are its context, as for Arabic joining across a change of style.
   *
   * @param face the face index to record in the run
   * @param rtl whether the run is right-to-left (an odd bidi level)
   */
  public static ShapedRun shape(FontProgram font, int face, char[] text, int start, int end, boolean rtl) {
    Font layout = font.layoutFont();
    int flags = rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
    if (start == 0) {
      flags |= Font.LAYOUT_NO_START_CONTEXT;
    }
    if (end == text.length) {
      flags |= Font.LAYOUT_NO_LIMIT_CONTEXT;
    }
    GlyphVector gv = layout.layoutGlyphVector(FRC, text, start, end, flags);
    int n = gv.getNumGlyphs();
    int[] codes = gv.getGlyphCodes(0, n, null);
    float[] positions = gv.getGlyphPositions(0, n + 1, null);
    int[] chars = gv.getGlyphCharIndices(0, n, null);
    int kept = 0;
    int[] glyphs = new int[n];
    float[] x = new float[n];
    float[] y = new float[n];
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      if (codes[i] == INVISIBLE || codes[i] >= font.glyphCount()
          || Character.getType(text[start + chars[i]]) == Character.FORMAT) {
        continue; // joiners and other format characters have done their work: HarfBuzz draws them as nothing
      }
      glyphs[kept] = codes[i];
      x[kept] = positions[2 * i];
      y[kept] = -positions[2 * i + 1]; // the JDK's y grows downwards
      index[kept] = start + chars[i];
      kept++;
    }
    float advance = positions[2 * n];
    return clustered(font, face, start, end, rtl, true, Arrays.copyOf(glyphs, kept), Arrays.copyOf(x, kept),
        Arrays.copyOf(y, kept), advance, Arrays.copyOf(index, kept));
  }

  /**
   * Maps {@code text[start, end)} through the font's character map, one glyph per character, left to
   * right, with the glyphs' own advances: no substitution, no positioning. Characters the font has
   * no glyph for (controls, format characters) draw nothing.
   */
  public static ShapedRun plain(FontProgram font, int face, CharSequence text, int start, int end) {
    int[] glyphs = new int[end - start];
    float[] x = new float[end - start];
    int[] index = new int[end - start];
    int n = 0;
    float pen = 0f;
    float upem = font.unitsPerEm();
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      int gid = font.glyph(cp);
      if (gid != 0) {
        glyphs[n] = gid;
        x[n] = pen;
        index[n] = i;
        n++;
        pen += font.advance(gid) * upem;
      }
      i += Character.charCount(cp);
    }
    return clustered(font, face, start, end, false, false, Arrays.copyOf(glyphs, n), Arrays.copyOf(x, n), new float[n],
        pen, Arrays.copyOf(index, n));
  }

  /**
   * Groups glyphs into clusters: a boundary falls between two glyphs (in logical order) where every
   * character index before it is lower than every one after it, so a ligature, a conjunct or a
   * vowel drawn before its consonant stays whole; characters without a glyph of their own join the
   * cluster before them.
   */
  static ShapedRun clustered(FontProgram font, int face, int start, int end, boolean rtl, boolean complex,
      int[] glyphs, float[] x, float[] y, float advance, int[] index) {
    int n = glyphs.length;
    int[] logical = new int[n]; // the glyphs' char indices in logical order
    for (int k = 0; k < n; k++) {
      logical[k] = index[rtl ? n - 1 - k : k];
    }
    int[] suffixMin = new int[n + 1];
    suffixMin[n] = Integer.MAX_VALUE;
    for (int k = n - 1; k >= 0; k--) {
      suffixMin[k] = Math.min(logical[k], suffixMin[k + 1]);
    }
    int[] clusterOfLogical = new int[n];
    int[] starts = new int[n + 1];
    int clusters = 0;
    int max = Integer.MIN_VALUE;
    for (int k = 0; k < n; k++) {
      if (k == 0 || max < suffixMin[k]) {
        starts[clusters++] = k == 0 ? start : suffixMin[k];
      }
      max = Math.max(max, logical[k]);
      clusterOfLogical[k] = clusters - 1;
    }
    if (clusters == 0) {
      starts[clusters++] = start;
    }
    int[] glyphCluster = new int[n];
    for (int k = 0; k < n; k++) {
      glyphCluster[rtl ? n - 1 - k : k] = clusterOfLogical[k];
    }
    return new ShapedRun(font, face, start, end, rtl, complex, glyphs, x, y, advance,
        Arrays.copyOf(starts, clusters), glyphCluster);
  }
}
