package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.PageFlow.EPSILON;

import java.util.Collections;
import java.util.List;

/**
 * Moves a figure, not the page break (issue 19): when a figure (with the caption kept with it) or
 * a QR code does not fit in the room left on a page, the paragraphs after it that fit there whole
 * are placed first, and the figure goes to the top of the next page. Without this a large-print
 * page 1 could end early, half empty, when the figure after the key points was too tall for it.
 * Only plain paragraphs move: never a heading, a panel, a table or anything kept with what follows,
 * and never past another figure. The structure tree keeps the reading order; only the drawing moves.
 */
final class Floats {
  private Floats() {}

  /** Whether a box may float: an image, or a QR code. */
  static boolean floats(Box box) {
    return box instanceof Box.Image || box instanceof QrBox;
  }

  /**
   * Moves the paragraphs after the float at {@code at} that fit in {@code room} before it, in their
   * order, and says whether any moved. {@code boxes} must be mutable.
   */
  static boolean fillBefore(List<Box> boxes, int at, float room, float bodyHeight) {
    int end = at;
    float needed = 0f;
    while (end < boxes.size()) {
      Box b = boxes.get(end);
      end++;
      needed += b.spaceBefore + b.height();
      if (!b.keepWithNext) {
        break;
      }
      needed += b.spaceAfter;
    }
    if (needed <= room + EPSILON || needed > bodyHeight) {
      return false;
    }
    float used = 0f;
    int last = end;
    while (last < boxes.size() && movable(boxes.get(last))) {
      Box t = boxes.get(last);
      float h = t.spaceBefore + t.height() + t.spaceAfter;
      if (used + h > room + EPSILON) {
        break;
      }
      used += h;
      last++;
    }
    if (last == end) {
      return false;
    }
    Collections.rotate(boxes.subList(at, last), last - end);
    return true;
  }

  private static boolean movable(Box box) {
    if (!(box instanceof Box.Text)) {
      return false;
    }
    Box.Text t = (Box.Text) box;
    return !t.unbreakable && !t.keepWithNext && t.anchor == null && t.tocAnchor == null;
  }
}
