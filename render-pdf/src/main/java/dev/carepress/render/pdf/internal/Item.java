package dev.carepress.render.pdf.internal;

/**
 * One unit the line breaker works on: a run of glyphs of one face that no line break may split
 * (save in an emergency), a space, an optional break (after a hyphen or slash, or at a soft
 * hyphen), a forced line break, a placeholder for a character no font has, or the source text of
 * the items that follow it.
 */
final class Item {
  static final int TEXT = 0;
  static final int SPACE = 1;
  static final int BREAK = 2;
  static final int NEWLINE = 3;
  static final int PLACEHOLDER = 4;
  /**
   * The text as written that the items after it were made of (zero width, never drawn): what a
   * paragraph of complex-script or right-to-left text is laid out from ({@link ShapedLines}).
   */
  static final int SOURCE = 5;

  final int kind;
  final Style style;
  final int face;
  final String text;
  final float width;
  /** For a soft-hyphen break: the width of the hyphen drawn when the line breaks here (else 0). */
  final float hyphenWidth;
  /** For a placeholder: the missing code point. */
  final int codePoint;
  /**
   * For a space: whether it holds a number and its unit together ("200 mg"), so that a line breaks
   * there only when the two do not fit on a line by themselves.
   */
  final boolean glue;

  Item(int kind, Style style, int face, String text, float width, float hyphenWidth, int codePoint) {
    this(kind, style, face, text, width, hyphenWidth, codePoint, false);
  }

  private Item(int kind, Style style, int face, String text, float width, float hyphenWidth, int codePoint,
      boolean glue) {
    this.kind = kind;
    this.style = style;
    this.face = face;
    this.text = text;
    this.width = width;
    this.hyphenWidth = hyphenWidth;
    this.codePoint = codePoint;
    this.glue = glue;
  }

  /** This space as one that holds a number and its unit together. */
  Item asGlue() {
    return new Item(kind, style, face, text, width, hyphenWidth, codePoint, true);
  }

  static Item text(Style style, int face, String text, float width) {
    return new Item(TEXT, style, face, text, width, 0f, -1);
  }

  static Item space(Style style, int face, float width) {
    return new Item(SPACE, style, face, " ", width, 0f, -1);
  }

  static Item breakOpportunity(Style style, int face, float hyphenWidth) {
    return new Item(BREAK, style, face, "", 0f, hyphenWidth, -1);
  }

  static Item newline(Style style) {
    return new Item(NEWLINE, style, 0, "", 0f, 0f, -1);
  }

  static Item source(Style style, String text) {
    return new Item(SOURCE, style, -1, text, 0f, 0f, -1);
  }

  static Item placeholder(Style style, int codePoint, float width) {
    return new Item(PLACEHOLDER, style, -1, new String(Character.toChars(codePoint)), width, 0f, codePoint);
  }
}
