package dev.carepress.render.pdf.internal;

/**
 * The page geometry, type sizes and colours of a handout. Standard print sets body text in 12 pt
 * with 1.45 line spacing; large print in 18 pt with 1.5 and everything else to match. Margins of
 * one inch at the sides keep lines near 70 characters and clear of any office printer's unprintable
 * edge. Colours keep a contrast of at least 7:1 with the paper and with the tints.
 */
final class Theme {
  final float pageWidth;
  final float pageHeight;
  final float marginLeft;
  final float marginRight;
  final float marginTop;
  final float marginBottom;
  final float body;
  final float leading;
  final float h1;
  final float h2;
  final float h3;
  final float lead;
  final float small;
  final float running;
  final float paragraphGap;

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

  Theme(float pageWidth, float pageHeight, boolean largePrint) {
    this.pageWidth = pageWidth;
    this.pageHeight = pageHeight;
    this.marginLeft = 72f;
    this.marginRight = 72f;
    this.marginTop = largePrint ? 76f : 68f;
    this.marginBottom = largePrint ? 80f : 68f;
    this.body = largePrint ? 18f : 12f;
    this.leading = largePrint ? 1.5f : 1.45f;
    this.h1 = largePrint ? 32f : 24f;
    this.h2 = largePrint ? 25f : 17f;
    this.h3 = largePrint ? 21f : 14f;
    this.lead = largePrint ? 19f : 13.5f;
    this.small = largePrint ? 16f : 10f;
    this.running = largePrint ? 14f : 9f;
    this.paragraphGap = body * 0.65f;
  }

  float contentWidth() {
    return pageWidth - marginLeft - marginRight;
  }

  float top() {
    return pageHeight - marginTop;
  }

  float bottom() {
    return marginBottom;
  }

  float bodyHeight() {
    return top() - bottom();
  }

  static int fill(dev.carepress.model.Callout.Kind kind) {
    switch (kind) {
      case TIP: return 0xE8F5EC;
      case IMPORTANT: return 0xF1ECF8;
      case WARNING: return 0xFFF3DC;
      case CAUTION: return 0xFCE9E9;
      default: return 0xE9F1FA;
    }
  }

  static int bar(dev.carepress.model.Callout.Kind kind) {
    switch (kind) {
      case TIP: return 0x1E6B3A;
      case IMPORTANT: return 0x5B3B8C;
      case WARNING: return 0x8A5A00;
      case CAUTION: return 0xA12B2B;
      default: return 0x0B4F8A;
    }
  }
}
