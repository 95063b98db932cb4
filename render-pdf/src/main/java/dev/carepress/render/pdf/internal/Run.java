package dev.carepress.render.pdf.internal;

/**
 * A piece of a line drawn in one go: text of one face and style at an offset from the line's
 * start, or a placeholder box for a character no font has.
 *
 * @param style how it is drawn and what it belongs to
 * @param face the face index, or -1 for a placeholder
 * @param text the characters (for a placeholder, the missing character)
 * @param x the offset from the line's start, in points
 * @param width the advance, in points
 * @param placeholder whether this is a placeholder box
 */
record Run(Style style, int face, String text, float x, float width, boolean placeholder) {}
