package dev.carepress.render.pdf.internal;

import dev.carepress.render.pdf.internal.text.GlyphRun;

/**
 * A piece of a line drawn in one go: text of one face and style at an offset from the line's
 * start, a placeholder box for a character no font has, or glyphs shaped by the OpenType layout
 * engine.
 *
 * @param style how it is drawn and what it belongs to
 * @param face the face index, or -1 for a placeholder
 * @param text the characters (for a placeholder, the missing character)
 * @param x the offset from the line's start, in points
 * @param width the advance, in points
 * @param placeholder whether this is a placeholder box
 * @param glyphs the shaped glyphs to draw instead of the characters, or null for text drawn one
 *     glyph per character from the character map
 */
record Run(Style style, int face, String text, float x, float width, boolean placeholder, GlyphRun<Style> glyphs) {

  /** A run drawn one glyph per character. */
  Run(Style style, int face, String text, float x, float width, boolean placeholder) {
    this(style, face, text, x, width, placeholder, null);
  }
}
