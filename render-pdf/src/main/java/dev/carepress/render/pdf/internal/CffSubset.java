package dev.carepress.render.pdf.internal;

import org.apache.fontbox.ttf.TrueTypeFont;

/** Subsets CID-keyed CFF font programs (placeholder until the subsetter lands). */
final class CffSubset {
  private CffSubset() {}

  static boolean canSubset(TrueTypeFont font) {
    return false;
  }
}
