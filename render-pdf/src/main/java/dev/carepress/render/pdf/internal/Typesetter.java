package dev.carepress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/** Shapes text and breaks it into lines, and makes text boxes of the lines. One per render. */
final class Typesetter {
  /** How far above the baseline glyphs reach, as a share of the size: centres text in its line. */
  private static final float ASCENT = 0.84f;

  private final Shaper shaper;
  private final LineBreaker breaker;

  Typesetter(Shaper shaper) {
    this.shaper = shaper;
    this.breaker = new LineBreaker(shaper.fonts());
  }

  Shaper shaper() {
    return shaper;
  }

  /** Where the baseline of a line of this size and height is, from the line's top. */
  static float baseline(float size, float lineHeight) {
    return (lineHeight - size) / 2f + size * ASCENT;
  }

  /** A text box of the items broken into lines of the width; the line height is {@code size * leading}. */
  Box.Text box(List<Item> items, float size, float x, float width, float leading) {
    List<Line> lines = breaker.breakLines(items, width);
    float lh = size * leading;
    return new Box.Text(lines, x, lh, baseline(size, lh));
  }

  /** A text box of plain text in one style. */
  Box.Text text(String text, Style style, float x, float width, float leading) {
    List<Item> items = new ArrayList<>();
    shaper.shape(text, style, false, items);
    return box(items, style.size(), x, width, leading);
  }

  /** Lines of plain text in the style (running heads, labels). */
  List<Line> lines(String text, Style style, float width) {
    List<Item> items = new ArrayList<>();
    shaper.shape(text, style, false, items);
    return breaker.breakLines(items, width);
  }

  /** The items broken into lines of the width. */
  List<Line> breakLines(List<Item> items, float width) {
    return breaker.breakLines(items, width);
  }

  /** The width of the text on one line. */
  float width(String text, Style style) {
    return shaper.width(text, style);
  }
}
