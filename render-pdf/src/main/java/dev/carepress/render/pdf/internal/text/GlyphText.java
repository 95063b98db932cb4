package dev.carepress.render.pdf.internal.text;

import dev.carepress.render.pdf.internal.FontProgram;

/**
 * The text each glyph of a shaped run stands for, for a ToUnicode map: a glyph that is a
 * character's own (its glyph in the character map) stands for that character; the characters of
 * a cluster left over go to its first glyph in logical order that has none (a ligature, a
 * conjunct, a contextual form); a glyph still without text stands for its character-map character,
 * or the cluster's text. A glyph has one text in a whole document, so where shaping reorders or
 * splits characters (a vowel drawn before its consonant) the ActualText of the run is what gives
 * readers the text in logical order. A glyph's several characters are always given in logical
 * order, also in a right-to-left run: PDFBox reads a lam-alef ligature back right; for poppler,
 * which would reverse it with the rest of the line, the PDF writer draws such a ligature with one
 * glyph per letter for extractors ({@code RtlLigatures}).
 */
final class GlyphText {
  private GlyphText() {}

  static String[] of(ShapedRun run, String text) {
    int n = run.glyphCount();
    String[] out = new String[n];
    FontProgram font = run.font();
    for (int k = 0; k < run.clusterCount(); k++) {
      int from = run.clusterStart(k);
      int to = run.clusterEnd(k);
      String cluster = text.substring(from, to);
      // the glyphs of the cluster in logical order
      int[] glyphs = new int[n];
      int count = 0;
      for (int v = 0; v < n; v++) {
        int i = run.rtl() ? n - 1 - v : v;
        if (run.clusterOf(i) == k) {
          glyphs[count++] = i;
        }
      }
      if (count == 0) {
        continue;
      }
      StringBuilder left = new StringBuilder();
      boolean[] used = new boolean[count];
      for (int c = from; c < to; ) {
        int cp = text.codePointAt(c);
        c += Character.charCount(cp);
        boolean placed = false;
        int mirror = run.rtl() && Character.isMirrored(cp) ? com.ibm.icu.lang.UCharacter.getMirror(cp) : cp;
        for (int g = 0; g < count && !placed; g++) {
          if (!used[g] && (font.glyph(cp) == run.glyph(glyphs[g]) || font.glyph(mirror) == run.glyph(glyphs[g]))) {
            // a bracket drawn mirrored in right-to-left text reads as the glyph it is: extractors
            // mirror it back when they put the line in logical order
            out[glyphs[g]] = new String(Character.toChars(font.glyph(cp) == run.glyph(glyphs[g]) ? cp : mirror));
            used[g] = true;
            placed = true;
          }
        }
        if (!placed) {
          left.appendCodePoint(cp);
        }
      }
      for (int g = 0; g < count && left.length() > 0; g++) {
        if (!used[g]) {
          out[glyphs[g]] = left.toString();
          used[g] = true;
          left.setLength(0);
        }
      }
      for (int g = 0; g < count; g++) {
        if (!used[g]) {
          int own = font.codePointOf(run.glyph(glyphs[g]));
          out[glyphs[g]] = own >= 0 ? new String(Character.toChars(own)) : cluster;
        }
      }
      if (left.length() > 0) { // more characters than glyphs to hold them: the first glyph takes them too
        out[glyphs[0]] = out[glyphs[0]] + left;
      }
    }
    for (int i = 0; i < n; i++) {
      if (out[i] == null || out[i].isEmpty()) {
        int own = font.codePointOf(run.glyph(i));
        out[i] = own >= 0 ? new String(Character.toChars(own)) : "\uFFFD";
      }
    }
    return out;
  }
}
