package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.PageFlow.EPSILON;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Moves a figure, not the page break (issue 19). When a figure does not fit in the room left on a
 * page, the page would end early, half empty: in large print, page 1 ended after the key points.
 * Instead:
 *
 * <ul>
 *   <li>a figure with a caption is scaled down, to no less than {@link #LEAST_SCALE} of its size,
 *       when that makes it and its caption fit (its caption is text, which must stay in order);
 *   <li>a figure without a caption, or a QR code, lets the plain paragraphs after it that fit on
 *       the page whole go first, and goes to the top of the next page. Its structure element is
 *       attached where it was, so the tagged reading order does not change.
 * </ul>
 *
 * Only plain paragraphs move: never a heading, a panel, a table or anything kept with what
 * follows, and never past another figure.
 */
final class Floats {
  /** A captioned figure is never scaled below this share of its size to fit a page. */
  static final float LEAST_SCALE = 0.6f;

  private Floats() {}

  /** Whether a box is a figure or a QR code that may move or shrink. */
  static boolean floats(Box box) {
    return box instanceof Box.Image || box instanceof QrBox;
  }

  /**
   * Makes the float at {@code at} fit, if it does not: shrinks it, or moves the paragraphs after
   * it that fit in {@code room} before it. Touches the float's structure elements in {@code flow}
   * first when it moves. {@code boxes} must be mutable.
   */
  static void arrange(List<Box> boxes, int at, PageFlow flow, float bodyHeight) {
    Box box = boxes.get(at);
    float room = flow.room();
    float needed = box.spaceBefore + box.height();
    boolean captioned = box.keepWithNext && at + 1 < boxes.size();
    if (captioned) {
      Box caption = boxes.get(at + 1);
      needed += box.spaceAfter + caption.spaceBefore + caption.height();
    }
    if (needed <= room + EPSILON || needed > bodyHeight) {
      return;
    }
    if (captioned) {
      if (box instanceof Box.Image) {
        shrink(boxes, at, (Box.Image) box, needed - room);
      }
      return;
    }
    if (fillBefore(boxes, at, room)) {
      structure(box).forEach(node -> flow.add(new Op.Touch(node)));
    }
  }

  /** Replaces the image by a smaller copy, {@code excess} points shorter, if that is not too small. */
  private static void shrink(List<Box> boxes, int at, Box.Image image, float excess) {
    float scale = (image.imageHeight - excess) / image.imageHeight;
    if (scale < LEAST_SCALE) {
      return;
    }
    float width = image.width * scale;
    Box.Image smaller = new Box.Image(image.x + (image.width - width) / 2f, width, image.imageHeight * scale,
        image.bytes, image.name, image.node);
    smaller.spaceBefore = image.spaceBefore;
    smaller.spaceAfter = image.spaceAfter;
    smaller.keepWithNext = image.keepWithNext;
    boxes.set(at, smaller);
  }

  /** Moves the movable paragraphs after {@code at} that fit in {@code room} before it; whether any moved. */
  private static boolean fillBefore(List<Box> boxes, int at, float room) {
    float used = 0f;
    int last = at + 1;
    while (last < boxes.size() && movable(boxes.get(last))) {
      Box t = boxes.get(last);
      float h = t.spaceBefore + t.height() + t.spaceAfter;
      if (used + h > room + EPSILON) {
        break;
      }
      used += h;
      last++;
    }
    if (last == at + 1) {
      return false;
    }
    Collections.rotate(boxes.subList(at, last), last - at - 1);
    return true;
  }

  /** The structure elements a float draws into, in order. */
  private static List<StructNode> structure(Box box) {
    List<StructNode> nodes = new ArrayList<>();
    if (box instanceof Box.Image && ((Box.Image) box).node != null) {
      nodes.add(((Box.Image) box).node);
    } else if (box instanceof QrBox) {
      QrBox qr = (QrBox) box;
      nodes.add(qr.figure);
      for (Box.Text t : qr.texts) {
        t.lines.stream().flatMap(line -> line.runs().stream()).map(run -> run.style().node())
            .filter(node -> node != null).findFirst().ifPresent(nodes::add);
      }
    }
    return nodes;
  }

  private static boolean movable(Box box) {
    if (!(box instanceof Box.Text)) {
      return false;
    }
    Box.Text t = (Box.Text) box;
    return !t.unbreakable && !t.keepWithNext && t.anchor == null && t.tocAnchor == null && t.label == null;
  }
}
