package dev.carepress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/** Shapes text and breaks it into lines, and makes text boxes of the lines. One per render. */
final class Typesetter {
  /** How far above the baseline glyphs reach, as a share of the size: centres text in its line. */
  private static final float ASCENT = 0.84f;
  /** The share of a shaped font's ascent and descent a line of it is at least high. */
  private static final float STACKED = 0.9f;

  private final Shaper shaper;
  private final LineBreaker breaker;
  private final ShapedLines shaped;
  /** The language of the article being composed, and whether it is written right to left. */
  private String language = "";
  private boolean rtl;

  Typesetter(Shaper shaper) {
    this.shaper = shaper;
    this.breaker = new LineBreaker(shaper.fonts());
    this.shaped = new ShapedLines(shaper.fonts());
  }

  /**
   * Sets the language of the text laid out from now on (each article's, as it is composed): its
   * line-breaking rules, its regional CJK forms, and for a right-to-left language the paragraphs'
   * direction and alignment.
   */
  void language(String languageTag, boolean rightToLeft) {
    this.language = languageTag;
    this.rtl = rightToLeft;
  }

  /**
   * Sets only the direction of the text laid out from now on: a page's running head and footer take
   * their page's (a booklet's chapters may differ), in the language set last.
   */
  void direction(boolean rightToLeft) {
    this.rtl = rightToLeft;
  }

  /** Whether the text laid out now is a right-to-left article's. */
  boolean rightToLeft() {
    return rtl;
  }

  Shaper shaper() {
    return shaper;
  }

  /** Where the baseline of a line of this size and height is, from the line's top. */
  static float baseline(float size, float lineHeight) {
    return (lineHeight - size) / 2f + size * ASCENT;
  }

  /**
   * A text box of the items broken into lines of the width. A line is {@code size * leading} high,
   * or as high as its own shaped runs need (scripts that stack marks above and below, Myanmar and
   * Arabic, need more room than the leading gives Latin text): a heading of Latin words with one
   * Arabic word is tall only on the Arabic word's line.
   */
  Box.Text box(List<Item> items, float size, float x, float width, float leading) {
    List<Line> lines = breakLines(items, width);
    float least = size * leading;
    float[] heights = new float[lines.size()];
    boolean even = true;
    for (int k = 0; k < heights.length; k++) {
      heights[k] = Math.max(least, tallest(lines.get(k)));
      even &= heights[k] == heights[0];
    }
    float lh = heights.length == 0 ? least : heights[0];
    if (even) {
      return new Box.Text(lines, x, lh, baseline(size, lh));
    }
    float[] baselines = new float[heights.length];
    for (int k = 0; k < heights.length; k++) {
      baselines[k] = baseline(size, heights[k]);
    }
    return new Box.Text(lines, x, least, baseline(size, least), heights, baselines);
  }

  /**
   * The line height the shaped fonts of the line ask for: 90% of their ascent and descent; 0 for a
   * line of plain text.
   */
  private static float tallest(Line line) {
    float most = 0f;
    for (Run run : line.runs()) {
      if (run.glyphs() != null) {
        FontProgram font = run.glyphs().font();
        most = Math.max(most, (font.ascent() + font.descent()) * run.glyphs().size() * STACKED);
      }
    }
    return most;
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
    return breakLines(items, width);
  }

  /** The items broken into lines of the width. */
  List<Line> breakLines(List<Item> items, float width) {
    if (ShapedLines.needed(items, rtl)) {
      return shaped.lines(items, width, language, rtl);
    }
    return breaker.breakLines(items, width);
  }

  /** The width of the text on one line. */
  float width(String text, Style style) {
    return shaper.width(text, style);
  }
}
