package dev.carepress.render.pdf.internal;

import dev.carepress.render.pdf.internal.text.GlyphRun;

/**
 * Draws a shaped {@link GlyphRun} into a content stream: one text object whose {@code TJ}
 * adjustments put every glyph where the layout engine placed it (kerning, mark positioning) and
 * whose text rise ({@code Ts}) lifts or lowers marks. A complex left-to-right run is wrapped in a
 * {@code /Span} with its logical text as {@code ActualText}, so copying, search and screen readers
 * get the characters in reading order even where glyphs are reordered, split or merged (an Indic
 * vowel drawn before its consonant). A right-to-left run is not: poppler takes an ActualText as
 * characters laid out left to right and reverses it a second time, while PDFBox takes it in logical
 * order, so no ActualText of several right-to-left letters reads right in both. Its glyphs' ToUnicode
 * texts (see {@code GlyphText}) read back in logical order once an extractor reverses the line, and
 * a ligature of several letters is drawn as one glyph per letter for extractors
 * ({@link RtlLigatures}). Stateless.
 */
final class GlyphRunWriter {
  private GlyphRunWriter() {}

  /**
   * Draws the run with its left edge at {@code left} on the baseline.
   *
   * @param fontName the font's resource name on the page, with its slash ({@code /F7})
   * @param cids a buffer for the glyphs' CIDs (grown as needed)
   * @param syntheticBold whether the run is drawn in {@link SyntheticBold}'s render mode, which the
   *     caller has set: an invisible letter goes back to it
   */
  static void draw(ContentWriter cs, FontEmbedder font, String fontName, GlyphRun<?> run, float left, float baseline,
      int[][] cids, boolean syntheticBold) {
    RtlLigatures.Split split = RtlLigatures.of(run, font.program());
    int[] gids = split == null ? run.glyphs() : split.glyphs();
    int n = font.encodeGlyphs(gids, split == null ? run.glyphText() : split.texts(), cids);
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
    glyphs(cs, font, cids[0], gids, split == null ? run.x() : split.x(), split == null ? run.y() : split.y(), size,
        split, syntheticBold);
    cs.op("ET");
    if (actual) {
      cs.op("EMC");
    }
  }

  /** The glyphs' {@code TJ} arrays, with text rise where marks need it; the split's extra letters invisible. */
  private static void glyphs(ContentWriter cs, FontEmbedder font, int[] ids, int[] gids, float[] x, float[] y, float size,
      RtlLigatures.Split split, boolean syntheticBold) {
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
      boolean alone = split != null && (split.invisible()[i] || split.actualText()[i] != null);
      if (y[i] != rise || alone) {
        b = flush(cs, batch, b);
        cs.put(']').op("TJ");
        if (y[i] != rise) {
          cs.num(y[i]).op("Ts");
          rise = y[i];
        }
        if (alone) {
          begin(cs, font, split, gids[i], i);
        }
        cs.put('[');
      }
      float adjust = (pen - x[i]) * 1000f / size;
      if (Math.abs(adjust) >= 0.001f) {
        b = flush(cs, batch, b);
        cs.num(adjust);
      }
      batch[b++] = ids[k++];
      boolean hidden = alone && split.invisible()[i];
      pen = x[i] + (hidden ? RtlLigatures.STEP * size : font.program().advance1000(gids[i]) * size / 1000f);
      if (alone) {
        b = flush(cs, batch, b);
        cs.put(']').op("TJ");
        cs.op(hidden ? SyntheticBold.renderMode(syntheticBold) + " 100 Tz" : "EMC");
        cs.put('[');
      }
    }
    flush(cs, batch, b);
    cs.put(']').op("TJ");
    if (rise != 0f) {
      cs.num(0).op("Ts");
    }
  }

  /** Starts an extra letter (invisible) or a ligature (its first letter as ActualText). */
  private static void begin(ContentWriter cs, FontEmbedder font, RtlLigatures.Split split, int gid, int i) {
    if (split.invisible()[i]) {
      cs.op("3 Tr").num(RtlLigatures.STEP * 100_000f / font.program().advance1000(gid)).op("Tz");
    } else {
      beginActualText(cs, split.actualText()[i]);
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
