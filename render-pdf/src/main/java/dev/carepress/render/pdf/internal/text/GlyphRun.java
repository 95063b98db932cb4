package dev.carepress.render.pdf.internal.text;

import dev.carepress.render.pdf.internal.FontProgram;

/**
 * A piece of a visual line drawn in one go: glyphs of one face, size and style, or a placeholder
 * box for a character no font has. Positions are in points: {@code x[i]} from the run's left edge,
 * {@code y[i]} above the baseline.
 *
 * @param style the caller's style of the text
 * @param face the face index in the renderer's fonts, or -1 for a placeholder
 * @param font the face, or null for a placeholder
 * @param size the font size in points
 * @param glyphs the glyph ids, left to right
 * @param x where each glyph is drawn, from the run's left edge
 * @param y how far above the baseline each glyph is drawn
 * @param glyphText the text each glyph stands for in a ToUnicode map (never empty)
 * @param offset the run's left edge, from the line's left edge
 * @param width the run's advance
 * @param text the run's characters in logical order: the ActualText of a complex run, the missing
 *     character of a placeholder
 * @param rtl whether the run is right to left
 * @param complex whether the glyphs came from the OpenType layout engine (draw with ActualText)
 * @param start where the run's text starts in the paragraph's text
 * @param clusterOf the cluster of each glyph (an index into {@code clusterStarts})
 * @param clusterStarts where each cluster starts in {@code text}, in logical order
 */
public record GlyphRun<S>(S style, int face, FontProgram font, float size, int[] glyphs, float[] x, float[] y,
    String[] glyphText, float offset, float width, String text, boolean rtl, boolean complex, int start,
    int[] clusterOf, int[] clusterStarts) {

  /** Whether this is the box drawn for a character no font has. */
  public boolean placeholder() {
    return face < 0;
  }

  /** The number of clusters. */
  public int clusterCount() {
    return clusterStarts.length;
  }

  /** Where the k-th cluster (in logical order) ends in {@code text} (exclusive). */
  public int clusterEnd(int k) {
    return k + 1 < clusterStarts.length ? clusterStarts[k + 1] : text.length();
  }

  /** Whether a glyph is drawn off the baseline (a mark), so the run needs more than one text rise. */
  public boolean hasRise() {
    for (float v : y) {
      if (v != 0f) {
        return true;
      }
    }
    return false;
  }
}
