package dev.carepress.render.pdf.internal;

import dev.carepress.render.pdf.internal.text.GlyphRun;

/**
 * Draws a shaped {@link GlyphRun} into a content stream: one text object whose {@code TJ}
 * adjustments put every glyph where the layout engine placed it (kerning, mark positioning) and
 * whose text rise ({@code Ts}) lifts or lowers marks. A complex left-to-right run is wrapped in a
 * {@code /Span} with its logical text as {@code ActualText}, so copying, search and screen readers
 * get the characters in reading order even where glyphs are reordered, split or merged (an Indic
 * vowel drawn before its consonant). A right-to-left run is not: poppler takes an ActualText as
 * characters laid out left to right and reverses it a second time; its glyphs' ToUnicode texts
 * (see {@code GlyphText}) read back in logical order once an extractor reverses the line (poppler
 * and PDFBox both do). Stateless.
 */
final class GlyphRunWriter {
  private GlyphRunWriter() {}

  /**
   * Draws the run with its left edge at {@code left} on the baseline.
   *
   * @param fontName the font's resource name on the page, with its slash ({@code /F7})
   * @param cids a buffer for the glyphs' CIDs (grown as needed)
   */
  static void draw(ContentWriter cs, FontEmbedder font, String fontName, GlyphRun<?> run, float left, float baseline,
      int[][] cids) {
    int n = font.encodeGlyphs(run.glyphs(), run.glyphText(), cids);
    if (n == 0) {
      return;
    }
    boolean actual = run.complex() && !run.rtl();
    if (actual) {
      beginActualText(cs, run.text());
    }
    float size = run.size();
    cs.op("BT");
    cs.raw(fontName).put(' ').num(size).op("Tf");
    cs.num(left).num(baseline).op("Td");
    int[] ids = cids[0];
    int[] gids = run.glyphs();
    float[] x = run.x();
    float[] y = run.y();
    float rise = 0f;
    float pen = 0f; // where the text position is, from the run's left edge
    int k = 0; // the CID index (glyphs the font cannot draw were skipped)
    int[] batch = new int[gids.length]; // glyphs drawn one after the other with no adjustment
    int b = 0;
    cs.put('[');
    for (int i = 0; i < gids.length; i++) {
      if (gids[i] <= 0 || gids[i] >= font.program().glyphCount()) {
        continue;
      }
      if (y[i] != rise) {
        b = flush(cs, batch, b);
        cs.put(']').op("TJ").num(y[i]).op("Ts").put('[');
        rise = y[i];
      }
      float adjust = (pen - x[i]) * 1000f / size;
      if (Math.abs(adjust) >= 0.001f) {
        b = flush(cs, batch, b);
        cs.num(adjust);
      }
      batch[b++] = ids[k++];
      pen = x[i] + font.program().advance1000(gids[i]) * size / 1000f;
    }
    flush(cs, batch, b);
    cs.put(']').op("TJ");
    if (rise != 0f) {
      cs.num(0).op("Ts");
    }
    cs.op("ET");
    if (actual) {
      cs.op("EMC");
    }
  }

  private static int flush(ContentWriter cs, int[] batch, int count) {
    if (count > 0) {
      cs.glyphs(batch, count);
    }
    return 0;
  }

  /** Opens a marked-content span whose ActualText is the text; close it with {@code EMC}. */
  static void beginActualText(ContentWriter cs, String text) {
    cs.name("Span").raw("<</ActualText ").raw(ContentWriter.textString(text)).raw(">> ").op("BDC");
  }
}
