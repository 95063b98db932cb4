package dev.carepress.render.pdf.internal;

import java.util.List;
import java.util.ListIterator;

/**
 * Mirrors the body of a right-to-left article's pages left for right: list labels and indents go
 * to the right, table columns run from the right, a panel's bar moves to its right edge. Every text
 * line of such an article is as wide as its column and aligned inside it by {@link ShapedLines}, so
 * moving the line's box moves the text with it. Stateless.
 */
final class Mirror {
  private Mirror() {}

  /**
   * Mirrors the ops of the right-to-left pages (those of a right-to-left article, or of a booklet's
   * title page and contents when the book is right to left) about the middle of the text column.
   */
  static void pages(List<Page> pages, Theme.PageGeometry geometry) {
    for (Page page : pages) {
      if (page.info.rightToLeft()) {
        page(page, geometry);
      }
    }
  }

  /**
   * Mirrors the ops of every one of the pages, whatever their page's direction: a right-to-left
   * column of a bilingual handout, whose pages take the original's (perhaps left-to-right) furniture.
   */
  static void all(List<Page> pages, Theme.PageGeometry geometry) {
    for (Page page : pages) {
      page(page, geometry);
    }
  }

  private static void page(Page page, Theme.PageGeometry geometry) {
    float axis = geometry.marginLeft() + geometry.width() - geometry.marginRight(); // left + right edge
    ListIterator<Op> ops = page.ops.listIterator();
    while (ops.hasNext()) {
      ops.set(mirrored(ops.next(), axis));
    }
  }

  private static Op mirrored(Op op, float axis) {
    if (op instanceof Op.TextLine) {
      Op.TextLine t = (Op.TextLine) op;
      return new Op.TextLine(axis - t.x() - t.line().width(), t.baseline(), t.line(), t.artifact());
    }
    if (op instanceof Op.Rect) {
      Op.Rect r = (Op.Rect) op;
      return new Op.Rect(axis - r.x() - r.width(), r.y(), r.width(), r.height(), r.color());
    }
    if (op instanceof Op.Picture) {
      Op.Picture p = (Op.Picture) op;
      return new Op.Picture(axis - p.x() - p.width(), p.y(), p.width(), p.height(), p.image());
    }
    return op;
  }
}
