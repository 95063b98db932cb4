package dev.carepress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the rows of a bilingual handout on pages: both columns of a row start at the same height,
 * each flows down its own column (on as many pages as it needs), and the next row starts under the
 * longer of the two. A right-to-left article's boxes are mirrored inside their own column. On each
 * page the original's content comes before the translation's, row by row. Immutable.
 */
final class BilingualPaginator {
  private final BilingualLayout layout;
  private final Paginator original;
  private final Paginator translation;
  private final Paginator wide;
  private final boolean originalRtl;
  private final boolean translationRtl;

  /** Where a column or row ended: the page, and how far down it. */
  private record Position(int page, float y) {
    Position later(Position other) {
      if (other.page != page) {
        return other.page > page ? other : this;
      }
      return other.y < y ? other : this;
    }
  }

  BilingualPaginator(BilingualLayout layout, boolean originalRtl, boolean translationRtl) {
    this.layout = layout;
    this.original = new Paginator(layout.original());
    this.translation = new Paginator(layout.translation());
    this.wide = new Paginator(layout.page());
    this.originalRtl = originalRtl;
    this.translationRtl = translationRtl;
  }

  /** The pages of the rows, all with the same header and footer. */
  List<Page> paginate(List<BilingualRow> rows, PageInfo info) {
    List<Page> pages = new ArrayList<>();
    Position at = new Position(0, layout.page().page().top());
    for (BilingualRow row : rows) {
      if (row.wide()) {
        Position first = place(wide, layout.page(), row.original(), originalRtl, at, pages, info);
        if (row.translationOnNewPage() && !row.original().isEmpty()) {
          first = new Position(first.page() + 1, layout.page().page().top());
        }
        at = place(wide, layout.page(), row.translation(), translationRtl, first, pages, info);
      } else {
        Position left = place(original, layout.original(), row.original(), originalRtl, at, pages, info);
        Position right = place(translation, layout.translation(), row.translation(), translationRtl, at, pages, info);
        at = left.later(right);
      }
    }
    if (pages.isEmpty()) {
      pages.add(new Page(info));
    }
    return pages;
  }

  /** Places one article's boxes of a row from {@code at}, adding their ops to the pages. */
  private static Position place(Paginator paginator, Theme column, List<Box> boxes, boolean rtl, Position at,
      List<Page> pages, PageInfo info) {
    if (boxes.isEmpty()) {
      return at;
    }
    PageFlow flow = paginator.paginateFrom(boxes, info, at.page(), at.y());
    List<Page> made = flow.pages();
    if (rtl) {
      Mirror.all(made.subList(at.page(), made.size()), column.page());
    }
    for (int i = at.page(); i < made.size(); i++) {
      while (pages.size() <= i) {
        pages.add(new Page(info));
      }
      pages.get(i).ops.addAll(made.get(i).ops);
      if (made.get(i).band.beside()) {
        pages.get(i).band = made.get(i).band;
      }
    }
    return new Position(made.size() - 1, flow.y());
  }
}
