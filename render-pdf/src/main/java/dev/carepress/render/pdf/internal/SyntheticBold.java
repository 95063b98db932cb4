package dev.carepress.render.pdf.internal;

/**
 * Bold made from a regular face, as word processors and browsers make it ("synthetic" or "faux"
 * bold), for a bold run in a face with no bold weight (see {@link Fonts#lacksBold}): the glyphs are
 * filled and then stroked (text render mode 2) with a round-joined line of the fill's colour, {@link
 * #STROKE} of the size wide, so every stem is that much thicker. The glyphs, their ToUnicode text
 * and their advances stay those of the regular face: the text is extracted, searched and read
 * aloud as before, and the layout measures what is drawn (the stroke reaches half its width past
 * an outline, inside a CJK glyph's side bearings). The state is set inside {@code q … Q}, so the
 * text after the run is drawn as before; text state set inside (the font) is lost with it.
 */
final class SyntheticBold {
  /**
   * The stroke's width as a share of the font size: every stem grows by this much. Measured at 12 pt,
   * Noto Sans CJK Regular's vertical stems are 8% of the em, and Noto Sans Bold's stems are 5.5% of
   * the em thicker than Noto Sans Regular's; 2.5% makes CJK stems 10.5%, which reads as bold beside bold Latin text,
   * while 3% begins to fill the counters of dense characters (鬱, 露) and 4% fills them.
   */
  static final float STROKE = 0.025f;
  /** Fill, then stroke. */
  private static final String FILL_STROKE = "2 Tr";

  private SyntheticBold() {}

  /** Starts drawing text of this colour (0xRRGGBB) and size as synthetic bold; end with {@link #end}. */
  static void begin(ContentWriter cs, int rgb, float size) {
    cs.op("q");
    cs.num(((rgb >> 16) & 0xFF) / 255f).num(((rgb >> 8) & 0xFF) / 255f).num((rgb & 0xFF) / 255f).op("RG");
    cs.num(size * STROKE).op("w");
    cs.num(1).op("j"); // round joins: a miter at an outline's sharp corner would stick out past it
    cs.op(FILL_STROKE);
  }

  /** Ends synthetic bold: the graphics and text state are those before {@link #begin}. */
  static void end(ContentWriter cs) {
    cs.op("Q");
  }

  /** The render mode operator that draws the run's text again after a stretch drawn otherwise. */
  static String renderMode(boolean synthetic) {
    return synthetic ? FILL_STROKE : "0 Tr";
  }
}
