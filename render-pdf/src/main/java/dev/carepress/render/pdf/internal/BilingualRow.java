package dev.carepress.render.pdf.internal;

import java.util.List;

/**
 * One pair of a bilingual handout — the titles, the key points, a section — or what only the
 * original has (the clinic's box, the lead image). Both columns of a row start at the same height.
 *
 * @param original the original's boxes
 * @param translation the translation's boxes
 * @param wide whether the boxes take the full width, the original's first, then the translation's
 *     (large print, what only the original has, and articles whose sections do not pair)
 * @param translationOnNewPage whether the translation starts a new page (after the whole original)
 */
record BilingualRow(List<Box> original, List<Box> translation, boolean wide, boolean translationOnNewPage) {
  BilingualRow {
    original = List.copyOf(original);
    translation = List.copyOf(translation);
  }

  /** A row whose translation follows the original on the same page. */
  BilingualRow(List<Box> original, List<Box> translation, boolean wide) {
    this(original, translation, wide, false);
  }
}
