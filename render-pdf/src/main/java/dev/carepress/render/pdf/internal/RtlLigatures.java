package dev.carepress.render.pdf.internal;

import dev.carepress.render.pdf.internal.text.GlyphRun;
import dev.carepress.render.pdf.internal.text.Scripts;

/**
 * The glyphs of a right-to-left run with each ligature (a lam-alef, a lam-yeh: one glyph for several
 * right-to-left letters) given as one glyph per letter to text extractors. PDFBox reads a glyph's
 * several characters in logical order, poppler spreads them left to right and then reverses the
 * line, so no single text for the glyph reads right in both. Here the ligature glyph is drawn with
 * an {@code ActualText} of its first letter only, and each further letter is its own glyph (the
 * letter's glyph in the character map) drawn invisible (text render mode 3) and squeezed to
 * {@link #STEP} just left of the ligature, where that letter comes in right-to-left order: every
 * extractor then meets one letter per glyph, in visual order, as with the run's other glyphs.
 * Stateless.
 */
final class RtlLigatures {
  /**
   * How wide an extra letter's glyph is drawn (squeezed by horizontal scaling), in ems: a little
   * over poppler's tenth of an em, closer than which two glyphs' starts make a duplicate.
   */
  static final float STEP = 0.105f;

  private RtlLigatures() {}

  /**
   * The run's glyphs for drawing, or null when nothing needs splitting (a left-to-right run, or no
   * glyph stands for several right-to-left letters).
   */
  static Split of(GlyphRun<?> run, FontProgram font) {
    if (!run.rtl() || !run.complex()) {
      return null;
    }
    String[] texts = run.glyphText();
    int extra = 0;
    for (String t : texts) {
      extra += splittable(t, font) ? t.codePointCount(0, t.length()) - 1 : 0;
    }
    if (extra == 0) {
      return null;
    }
    int n = texts.length + extra;
    Split s = new Split(new int[n], new float[n], new float[n], new String[n], new boolean[n], new String[n]);
    int[] gids = run.glyphs();
    float em = run.size();
    int k = 0;
    for (int i = 0; i < texts.length; i++) {
      String t = texts[i];
      if (splittable(t, font)) {
        int[] cps = t.codePoints().toArray();
        for (int c = cps.length - 1; c >= 1; c--) { // the last letter leftmost
          s.set(k++, font.glyph(cps[c]), run.x()[i] - STEP * em * c, run.y()[i], new String(Character.toChars(cps[c])),
              true, null);
        }
        s.set(k++, gids[i], run.x()[i], run.y()[i], t, false, new String(Character.toChars(cps[0])));
      } else {
        s.set(k++, gids[i], run.x()[i], run.y()[i], t, false, null);
      }
    }
    return s;
  }

  /**
   * Whether the text is several right-to-left letters, each with its own glyph in the character map
   * (a letter with a joiner or a mark is left whole: extractors read one right-to-left letter per
   * glyph the same way).
   */
  private static boolean splittable(String text, FontProgram font) {
    return text.codePointCount(0, text.length()) >= 2
        && text.codePoints().allMatch(cp -> Scripts.isStrongRtl(cp) && font.glyph(cp) > 0
            && font.advance1000(font.glyph(cp)) > 0);
  }

  /**
   * The glyphs to draw, left to right.
   *
   * @param glyphs the glyph ids
   * @param x where each is drawn, in points from the run's left edge
   * @param y how far above the baseline
   * @param texts the ToUnicode text of each
   * @param invisible whether the glyph is an extra letter, drawn invisible
   * @param actualText the letter a ligature glyph stands for, or null
   */
  record Split(int[] glyphs, float[] x, float[] y, String[] texts, boolean[] invisible, String[] actualText) {
    private void set(int k, int glyph, float at, float rise, String text, boolean hidden, String actual) {
      glyphs[k] = glyph;
      x[k] = at;
      y[k] = rise;
      texts[k] = text;
      invisible[k] = hidden;
      actualText[k] = actual;
    }
  }
}
