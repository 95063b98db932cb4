package dev.carepress.render.pdf.internal;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The frame of a panel: its padding, its tint (if any) and the bar down its left edge (if any).
 * Content starts after the side padding and the bar.
 *
 * @param padTop the space above the content, in points
 * @param padSide the space left of the content (after the bar) and right of it, in points
 * @param padBottom the space below the content, in points
 * @param fill the tint behind the whole panel, as 0xRRGGBB
 * @param bar the bar down the left edge
 */
record Frame(float padTop, float padSide, float padBottom, OptionalInt fill, Optional<Bar> bar) {

  /**
   * A bar down a panel's left edge.
   *
   * @param color the colour as 0xRRGGBB
   * @param width the width in points
   */
  record Bar(int color, float width) {}

  /** Padding only: no tint, no bar. */
  static Frame of(float padTop, float padSide, float padBottom) {
    return new Frame(padTop, padSide, padBottom, OptionalInt.empty(), Optional.empty());
  }

  /** The same frame with this tint. */
  Frame tint(int color) {
    return new Frame(padTop, padSide, padBottom, OptionalInt.of(color), bar);
  }

  /** The same frame with this bar. */
  Frame bar(int color, float width) {
    return new Frame(padTop, padSide, padBottom, fill, Optional.of(new Bar(color, width)));
  }

  /** The same tint with no padding and no bar: for a panel nested too deep to indent again. */
  Frame flat() {
    return new Frame(0f, 0f, 0f, fill, Optional.empty());
  }

  /** The width of the bar, 0 without one. */
  float barWidth() {
    return bar.map(Bar::width).orElse(0f);
  }

  /** The width of the content of a panel this wide: less the padding on both sides and the bar. */
  float inner(float width) {
    return width - 2 * padSide - barWidth();
  }
}
