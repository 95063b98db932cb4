package dev.carepress.render.pdf.internal;

import dev.carepress.model.Callout;

/**
 * The colours of a handout, as 0xRRGGBB. Text keeps a contrast of at least 7:1 with the paper and
 * with the tints; the same in standard and large print.
 */
final class Palette {
  static final int TEXT = 0x1A1A1A;
  static final int MUTED = 0x3D4449;
  static final int HEADING = 0x0B3D62;
  static final int LINK = 0x0B4F8A;
  static final int RULE = 0x8A99A6;
  static final int KEY_FILL = 0xEAF2F9;
  static final int KEY_BAR = 0x0B3D62;
  static final int TABLE_HEAD = 0xE4EBF1;
  static final int TABLE_RULE = 0x9AA7B2;
  static final int CODE_FILL = 0xF2F3F4;
  static final int QUOTE_BAR = 0x8A99A6;

  private Palette() {}

  /** The tint of a callout of this kind. */
  static int fill(Callout.Kind kind) {
    switch (kind) {
      case TIP: return 0xE8F5EC;
      case IMPORTANT: return 0xF1ECF8;
      case WARNING: return 0xFFF3DC;
      case CAUTION: return 0xFCE9E9;
      default: return 0xE9F1FA;
    }
  }

  /** The bar and label colour of a callout of this kind. */
  static int bar(Callout.Kind kind) {
    switch (kind) {
      case TIP: return 0x1E6B3A;
      case IMPORTANT: return 0x5B3B8C;
      case WARNING: return 0x8A5A00;
      case CAUTION: return 0xA12B2B;
      default: return 0x0B4F8A;
    }
  }
}
