package dev.carepress.render.pdf.internal;

/** One drawing instruction on a page, in reading order; coordinates in PDF points from the bottom left. */
interface Op {
  /** A line of text with its baseline at {@code baseline}; an artifact repeats content (a table header). */
  record TextLine(float x, float baseline, Line line, boolean artifact) implements Op {}

  /** A filled rectangle (a tint, a bar, a rule): decoration, drawn as an artifact. */
  record Rect(float x, float y, float width, float height, int color) implements Op {}

  /** An image. */
  record Picture(float x, float y, float width, float height, Box.Image image) implements Op {}

  /** Makes sure a structure element is in the tree even if it draws nothing (an empty table cell). */
  record Touch(StructNode node) implements Op {}

  /** Records where an anchor (a section, a note, an article) is. */
  record Anchor(String name, float y) implements Op {}

  /**
   * The page number of an anchor, right-aligned at {@code right}, with dot leaders from {@code
   * leaderStart} (table of contents).
   */
  record PageNumber(float right, float baseline, Style style, String anchor, float leaderStart) implements Op {}
}
