package dev.carepress.render.pdf.internal.text;

import dev.carepress.render.pdf.internal.FontProgram;
import java.util.Arrays;

/**
 * A run of text of one face, direction and size, shaped: its glyphs in visual order (left to
 * right), where each is drawn, and which characters of the logical text each glyph stands for.
 * Positions are in the font's design units ({@link FontProgram#unitsPerEm()} to the em), from the
 * run's left edge: {@code x[i]} is the glyph's pen position plus its x offset (mark positioning,
 * kerning and cursive attachment included), {@code y[i]} its offset above the baseline. A
 * <em>cluster</em> is the smallest stretch of characters that maps to a stretch of glyphs (a
 * ligature, a conjunct, a reordered vowel with its consonant); a run breaks only between clusters.
 * Immutable.
 */
public final class ShapedRun {
  private final FontProgram font;
  private final int face;
  private final int start;
  private final int end;
  private final boolean rtl;
  private final boolean complex;
  private final int[] glyphs;
  private final float[] x;
  private final float[] y;
  private final float advance;
  private final int[] clusterStarts;
  private final int[] glyphCluster;

  ShapedRun(FontProgram font, int face, int start, int end, boolean rtl, boolean complex, int[] glyphs, float[] x,
      float[] y, float advance, int[] clusterStarts, int[] glyphCluster) {
    this.font = font;
    this.face = face;
    this.start = start;
    this.end = end;
    this.rtl = rtl;
    this.complex = complex;
    this.glyphs = glyphs;
    this.x = x;
    this.y = y;
    this.advance = advance;
    this.clusterStarts = clusterStarts;
    this.glyphCluster = glyphCluster;
  }

  /** The font the glyphs belong to. */
  public FontProgram font() {
    return font;
  }

  /** The index of the face in the renderer's {@code Fonts}. */
  public int face() {
    return face;
  }

  /** Where the run starts in the logical text (a char index). */
  public int start() {
    return start;
  }

  /** Where the run ends in the logical text (exclusive). */
  public int end() {
    return end;
  }

  /** Whether the run is right-to-left (its glyphs are then in the reverse of the text's order). */
  public boolean rtl() {
    return rtl;
  }

  /**
   * Whether the run was shaped by the OpenType layout engine, so that its glyphs need not map one to
   * one to its characters (drawn with ActualText); false for the plain character-map path.
   */
  public boolean complex() {
    return complex;
  }

  /** The number of glyphs. */
  public int glyphCount() {
    return glyphs.length;
  }

  /** The glyph id of the i-th glyph from the left. */
  public int glyph(int i) {
    return glyphs[i];
  }

  /** The glyph ids, left to right (a copy). */
  public int[] glyphs() {
    return glyphs.clone();
  }

  /** Where the i-th glyph is drawn, from the run's left edge, in font units. */
  public float x(int i) {
    return x[i];
  }

  /** How far above the baseline the i-th glyph is drawn, in font units (marks; usually 0). */
  public float y(int i) {
    return y[i];
  }

  /**
   * The distance from the i-th glyph's origin to the next one's (or to the run's end), in font
   * units: the glyph's advance with the x offsets of the two glyphs folded in. The JDK's layout
   * gives positions, not HarfBuzz's separate advances and offsets; the sum of these is the run's
   * advance, and drawing each glyph at {@link #x(int)} is exactly where HarfBuzz places it.
   */
  public float xAdvance(int i) {
    return (i + 1 < x.length ? x[i + 1] : advance) - x[i];
  }

  /** The run's width in font units. */
  public float advance() {
    return advance;
  }

  /** The run's width in points at a font size. */
  public float width(float size) {
    return advance * size / font.unitsPerEm();
  }

  /** The number of clusters. */
  public int clusterCount() {
    return clusterStarts.length;
  }

  /** Where the k-th cluster (in logical order) starts in the text. */
  public int clusterStart(int k) {
    return clusterStarts[k];
  }

  /** Where the k-th cluster (in logical order) ends in the text (exclusive). */
  public int clusterEnd(int k) {
    return k + 1 < clusterStarts.length ? clusterStarts[k + 1] : end;
  }

  /** The cluster (in logical order) the i-th glyph from the left belongs to. */
  public int clusterOf(int i) {
    return glyphCluster[i];
  }

  /** Whether a break between characters at {@code index} falls between two clusters. */
  public boolean isClusterBoundary(int index) {
    return index <= start || index >= end || Arrays.binarySearch(clusterStarts, index) >= 0;
  }

  /**
   * The advance of each cluster in font units, in logical order: the distance from the cluster's
   * leftmost glyph to the glyph that follows its glyphs (0 for a cluster with no glyph).
   */
  public float[] clusterAdvances() {
    float[] out = new float[clusterStarts.length];
    int i = 0;
    while (i < glyphs.length) {
      int k = glyphCluster[i];
      int j = i;
      while (j < glyphs.length && glyphCluster[j] == k) {
        j++;
      }
      float from = x[i];
      float to = j < glyphs.length ? x[j] : advance;
      out[k] += to - from;
      i = j;
    }
    return out;
  }
}
