package dev.carepress.render.pdf.internal;

import dev.carepress.model.Table.Alignment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Places boxes on pages. Headings stay with what follows them; a paragraph never leaves a single
 * line alone at the bottom or top of a page; panels (key points, callouts) move whole to the next
 * page when they fit on one; a table under a third of a page is never split, a longer one starts
 * with its header and two rows, never leaves its last row alone, repeats its header row after a
 * break and splits a row taller than a page between its lines; nothing is ever cut off.
 */
final class Paginator {
  private static final float EPSILON = 0.01f;

  private final Theme.PageGeometry geometry;
  private final List<Page> pages = new ArrayList<>();
  private final Deque<OpenPanel> panels = new ArrayDeque<>();
  private Page page;
  private PageInfo info;
  private float y;
  private boolean atTop;

  private static final class OpenPanel {
    final Box.Panel panel;
    final float x;
    Page page;
    float top;
    int opIndex;

    OpenPanel(Box.Panel panel, float x) {
      this.panel = panel;
      this.x = x;
    }
  }

  Paginator(Theme theme, PageInfo info) {
    this.geometry = theme.page();
    this.info = info;
  }

  List<Page> paginate(List<Box> boxes) {
    placeAll(boxes, geometry.marginLeft());
    if (pages.isEmpty()) {
      newPage();
    }
    return pages;
  }

  private void placeAll(List<Box> boxes, float x) {
    for (int i = 0; i < boxes.size(); i++) {
      Box box = boxes.get(i);
      if (box.keepWithNext && page != null && !atTop) {
        float needed = chainHeight(boxes, i);
        if (needed > room() && needed <= geometry.bodyHeight()) {
          newPage();
        }
      }
      place(box, x);
    }
  }

  private float room() {
    return y - geometry.bottom();
  }

  private float chainHeight(List<Box> boxes, int from) {
    float h = 0f;
    int j = from;
    while (j < boxes.size() && boxes.get(j).keepWithNext) {
      h += (j == from ? boxes.get(j).spaceBefore : boxes.get(j).spaceBefore) + boxes.get(j).height()
          + boxes.get(j).spaceAfter;
      j++;
    }
    if (j < boxes.size()) {
      h += boxes.get(j).spaceBefore + minStart(boxes.get(j));
    }
    return h;
  }

  /** The least of a box that must sit on the page where it starts. */
  private float minStart(Box box) {
    if (box instanceof Box.Text) {
      Box.Text t = (Box.Text) box;
      int n = t.lines.size();
      return (n < 4 || t.unbreakable ? n : 2) * t.lineHeight;
    }
    if (box instanceof Box.Panel) {
      Box.Panel p = (Box.Panel) box;
      float h = p.height();
      if (h <= geometry.bodyHeight() || p.children.isEmpty()) {
        return h;
      }
      return p.frame.padTop() + minStart(p.children.get(0));
    }
    if (box instanceof Box.Table) {
      Box.Table t = (Box.Table) box;
      if (t.height() <= geometry.bodyHeight() / 3) {
        return t.height(); // a small table is never split
      }
      float firstRows = 0f;
      for (int i = 0; i < Math.min(2, t.rows.size()); i++) {
        firstRows += t.rows.get(i).height();
      }
      return t.header.height() + Math.min(firstRows, geometry.bodyHeight() / 3);
    }
    return box.height();
  }

  private void newPage() {
    float closeAt = Math.max(geometry.bottom(), y - 6f);
    for (Iterator<OpenPanel> it = panels.descendingIterator(); it.hasNext(); ) {
      closeFragment(it.next(), closeAt);
    }
    page = new Page(info);
    pages.add(page);
    y = geometry.top();
    atTop = true;
    for (Iterator<OpenPanel> it = panels.descendingIterator(); it.hasNext(); ) {
      OpenPanel open = it.next();
      open.page = page;
      open.top = y;
      open.opIndex = page.ops.size();
      y -= Math.min(open.panel.frame.padTop(), 8f);
    }
  }

  private void place(Box box, float x) {
    if (box instanceof Box.PageBreak) {
      info = ((Box.PageBreak) box).info;
      if (page != null && atTop && page.ops.isEmpty()) {
        page.info = info;
      } else {
        newPage();
      }
      return;
    }
    if (page == null) {
      newPage();
    }
    if (!atTop && box.spaceBefore > 0) {
      if (room() - box.spaceBefore < EPSILON) {
        newPage();
      } else {
        y -= box.spaceBefore;
      }
    }
    if (box instanceof Box.Text) {
      placeText((Box.Text) box, x);
    } else if (box instanceof Box.Panel) {
      placePanel((Box.Panel) box, x);
    } else if (box instanceof Box.Table) {
      placeTable((Box.Table) box, x);
    } else if (box instanceof Box.Image) {
      Box.Image image = (Box.Image) box;
      if (image.imageHeight > room() + EPSILON && !atTop) {
        newPage();
      }
      page.ops.add(new Op.Picture(x + image.x, y - image.imageHeight, image.width, image.imageHeight, image));
      y -= image.imageHeight;
    } else if (box instanceof Box.Rule) {
      Box.Rule rule = (Box.Rule) box;
      if (room() < 2f) {
        newPage();
      }
      page.ops.add(new Op.Rect(x + rule.x, y - 0.75f, rule.width, 0.75f, Palette.RULE));
      y -= 1f;
    }
    atTop = false;
    y = Math.max(geometry.bottom(), y - box.spaceAfter);
  }

  private void placeText(Box.Text t, float x) {
    int total = t.lines.size();
    int i = 0;
    while (i < total) {
      int fit = (int) Math.floor((room() + EPSILON) / t.lineHeight);
      int remaining = total - i;
      int n;
      if (fit >= remaining) {
        n = remaining;
      } else if (t.unbreakable) {
        n = atTop ? Math.max(1, fit) : 0;
      } else {
        n = Math.min(fit, remaining - 2); // leave at least two lines for the next page: no widow
        if (n < 2) {
          n = 0; // no orphan: a single line never stays alone at the bottom
        }
        if (n == 0 && atTop) {
          n = Math.max(1, Math.min(fit, remaining)); // a page too short for the rules: keep going
        }
      }
      if (n == 0) {
        newPage();
        continue;
      }
      for (int k = i; k < i + n; k++) {
        float baseline = y - t.baseline;
        if (k == 0 && t.anchor != null) {
          page.ops.add(new Op.Anchor(t.anchor, y + t.spaceBefore * 0.5f));
        }
        if (k == 0 && t.label != null) {
          page.ops.add(new Op.TextLine(x + t.x + t.labelX, baseline, t.label, false));
        }
        page.ops.add(new Op.TextLine(x + t.x, baseline, t.lines.get(k), false));
        if (k == total - 1 && t.tocAnchor != null) {
          page.ops.add(new Op.PageNumber(x + t.tocRight, baseline, t.tocStyle, t.tocAnchor,
              x + t.x + t.lines.get(k).width()));
        }
        y -= t.lineHeight;
      }
      atTop = false;
      i += n;
      if (i < total) {
        newPage();
      }
    }
  }

  private void placePanel(Box.Panel p, float x) {
    float h = p.height();
    if (h > room() + EPSILON && !atTop && h <= geometry.bodyHeight()) {
      newPage();
    }
    OpenPanel open = new OpenPanel(p, x + p.x);
    open.page = page;
    open.top = y;
    open.opIndex = page.ops.size();
    panels.push(open);
    y -= p.frame.padTop();
    atTop = false;
    placeAll(p.children, x + p.x + p.frame.padSide() + p.frame.barWidth());
    y -= p.frame.padBottom();
    panels.pop();
    closeFragment(open, Math.max(geometry.bottom() - p.frame.padBottom(), y));
  }

  private void closeFragment(OpenPanel open, float bottomY) {
    Box.Panel p = open.panel;
    float height = open.top - bottomY;
    if (height <= 0) {
      return;
    }
    List<Op> ops = open.page.ops;
    int at = open.opIndex;
    if (p.frame.fill().isPresent()) {
      ops.add(at++, new Op.Rect(open.x, bottomY, p.width, height, p.frame.fill().getAsInt()));
    }
    if (p.frame.bar().isPresent() && p.frame.barWidth() > 0) {
      ops.add(at, new Op.Rect(open.x, bottomY, p.frame.barWidth(), height, p.frame.bar().get().color()));
    }
  }

  private void placeTable(Box.Table t, float x) {
    float headerHeight = t.header.height();
    float need = minStart(t);
    if (need > room() + EPSILON && !atTop) {
      newPage();
    }
    drawRow(t, t.header, 0, t.header.lineCount(), x, false, true);
    for (int i = 0; i < t.rows.size(); i++) {
      Box.Row row = t.rows.get(i);
      float rh = row.height();
      boolean lastButOne = i >= 2 && i == t.rows.size() - 2;
      if (lastButOne && rh <= room() + EPSILON) {
        // no widow row: if the last row will not fit beside this one, both go to the next page
        float both = rh + t.rows.get(i + 1).height();
        if (both > room() + EPSILON && both <= geometry.bodyHeight() - headerHeight) {
          newPage();
          drawRow(t, t.header, 0, t.header.lineCount(), x, true, true);
        }
      }
      if (rh <= room() + EPSILON) {
        drawRow(t, row, 0, row.lineCount(), x, false, false);
        continue;
      }
      if (rh <= geometry.bodyHeight() - headerHeight) {
        newPage();
        drawRow(t, t.header, 0, t.header.lineCount(), x, true, true);
        drawRow(t, row, 0, row.lineCount(), x, false, false);
        continue;
      }
      int lines = Math.max(1, row.lineCount());
      float lh = lineHeight(row);
      int start = 0;
      while (start < lines) {
        int n = (int) Math.floor((room() - 2 * row.pad + EPSILON) / lh);
        if (n < 1) {
          newPage();
          drawRow(t, t.header, 0, t.header.lineCount(), x, true, true);
          continue;
        }
        int end = Math.min(lines, start + n);
        drawRow(t, row, start, end, x, start > 0, false);
        start = end;
        if (start < lines) {
          newPage();
          drawRow(t, t.header, 0, t.header.lineCount(), x, true, true);
        }
      }
    }
  }

  private static float lineHeight(Box.Row row) {
    float lh = 0f;
    for (Box.Cell cell : row.cells) {
      lh = Math.max(lh, cell.lineHeight);
    }
    return lh;
  }

  /**
   * Draws lines {@code from}..{@code to} of a row. A header repeated after a break is an artifact:
   * its cells are in the structure tree once, where the table starts.
   */
  private void drawRow(Box.Table t, Box.Row row, int from, int to, float x, boolean repeat, boolean header) {
    float lh = lineHeight(row);
    float h = Math.max(1, to - from) * lh + 2 * row.pad;
    float left = x + t.x;
    float width = t.width();
    if (header) {
      page.ops.add(new Op.Rect(left, y - h, width, h, Palette.TABLE_HEAD));
      page.ops.add(new Op.Rect(left, y - 0.8f, width, 0.8f, Palette.TABLE_RULE));
    }
    boolean artifact = header && repeat;
    if (!artifact && from == 0) {
      page.ops.add(new Op.Touch(row.node));
    }
    for (int c = 0; c < row.cells.size(); c++) {
      Box.Cell cell = row.cells.get(c);
      if (!artifact && from == 0) {
        page.ops.add(new Op.Touch(cell.node));
      }
      float cellLeft = left + t.columnX[c] + row.pad;
      float cellWidth = t.columnWidth[c] - 2 * row.pad;
      for (int k = from; k < Math.min(to, cell.lines.size()); k++) {
        Line line = cell.lines.get(k);
        float dx = cell.align == Alignment.RIGHT ? cellWidth - line.width()
            : cell.align == Alignment.CENTER ? (cellWidth - line.width()) / 2 : 0f;
        float baseline = y - row.pad - (k - from) * lh - cell.baseline;
        page.ops.add(new Op.TextLine(cellLeft + Math.max(0f, dx), baseline, line, artifact));
      }
    }
    y -= h;
    page.ops.add(new Op.Rect(left, y, width, header ? 0.8f : 0.5f, Palette.TABLE_RULE));
    atTop = false;
  }
}
