package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.PageFlow.EPSILON;

import dev.carepress.model.Table.Alignment;

/**
 * Places tables on pages. A table under a third of a page is never split; a longer one starts with
 * its header and two rows, never leaves its last row alone, repeats its header row (as an
 * artifact) after a break, and splits a row taller than a page between its lines.
 */
final class TablePlacer {
  /** The rules under the header row and under each body row, in points. */
  private static final float HEADER_RULE = 0.8f;
  private static final float ROW_RULE = 0.5f;
  /** A table this short, as a share of the text column, is never split. */
  private static final int SMALL_TABLE = 3;

  private final Theme.PageGeometry geometry;

  TablePlacer(Theme.PageGeometry geometry) {
    this.geometry = geometry;
  }

  /** The least of the table that must sit on the page where it starts. */
  float minStart(Box.Table t) {
    if (t.height() <= geometry.bodyHeight() / SMALL_TABLE) {
      return t.height(); // a small table is never split
    }
    float firstRows = 0f;
    for (int i = 0; i < Math.min(2, t.rows.size()); i++) {
      firstRows += t.rows.get(i).height();
    }
    return t.header.height() + Math.min(firstRows, geometry.bodyHeight() / SMALL_TABLE);
  }

  void place(PageFlow flow, Box.Table t, float x) {
    float headerHeight = t.header.height();
    if (minStart(t) > flow.room() + EPSILON && !flow.atTop()) {
      flow.newPage();
    }
    header(flow, t, x, false);
    for (int i = 0; i < t.rows.size(); i++) {
      Box.Row row = t.rows.get(i);
      float rh = row.height();
      boolean lastButOne = i >= 2 && i == t.rows.size() - 2;
      if (lastButOne && rh <= flow.room() + EPSILON) {
        // no widow row: if the last row will not fit beside this one, both go to the next page
        float both = rh + t.rows.get(i + 1).height();
        if (both > flow.room() + EPSILON && both <= geometry.bodyHeight() - headerHeight) {
          continueOnNewPage(flow, t, x);
        }
      }
      if (rh <= flow.room() + EPSILON) {
        row(flow, t, row, 0, row.lineCount(), x, false, false);
      } else if (rh <= geometry.bodyHeight() - headerHeight) {
        continueOnNewPage(flow, t, x);
        row(flow, t, row, 0, row.lineCount(), x, false, false);
      } else {
        splitRow(flow, t, row, x);
      }
    }
  }

  /** A row taller than a page: as many of its lines as fit on each page. */
  private void splitRow(PageFlow flow, Box.Table t, Box.Row row, float x) {
    int lines = Math.max(1, row.lineCount());
    float lh = lineHeight(row);
    int start = 0;
    while (start < lines) {
      int n = (int) Math.floor((flow.room() - 2 * row.pad + EPSILON) / lh);
      if (n < 1) {
        continueOnNewPage(flow, t, x);
        continue;
      }
      int end = Math.min(lines, start + n);
      row(flow, t, row, start, end, x, start > 0, false);
      start = end;
      if (start < lines) {
        continueOnNewPage(flow, t, x);
      }
    }
  }

  private void continueOnNewPage(PageFlow flow, Box.Table t, float x) {
    flow.newPage();
    header(flow, t, x, true);
  }

  private void header(PageFlow flow, Box.Table t, float x, boolean repeat) {
    row(flow, t, t.header, 0, t.header.lineCount(), x, repeat, true);
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
  private static void row(PageFlow flow, Box.Table t, Box.Row row, int from, int to, float x, boolean repeat,
      boolean header) {
    float lh = lineHeight(row);
    float h = Math.max(1, to - from) * lh + 2 * row.pad;
    float left = x + t.x;
    float width = t.width();
    float y = flow.y();
    if (header) {
      flow.add(new Op.Rect(left, y - h, width, h, Palette.TABLE_HEAD));
      flow.add(new Op.Rect(left, y - HEADER_RULE, width, HEADER_RULE, Palette.TABLE_RULE));
    }
    boolean artifact = header && repeat;
    if (!artifact && from == 0) {
      flow.add(new Op.Touch(row.node));
    }
    for (int c = 0; c < row.cells.size(); c++) {
      Box.Cell cell = row.cells.get(c);
      if (!artifact && from == 0) {
        flow.add(new Op.Touch(cell.node));
      }
      float cellLeft = left + t.columnX[c] + row.pad;
      float cellWidth = t.columnWidth[c] - 2 * row.pad;
      for (int k = from; k < Math.min(to, cell.lines.size()); k++) {
        Line line = cell.lines.get(k);
        float dx = cell.align == Alignment.RIGHT ? cellWidth - line.width()
            : cell.align == Alignment.CENTER ? (cellWidth - line.width()) / 2 : 0f;
        float baseline = y - row.pad - (k - from) * lh - cell.baseline;
        flow.add(new Op.TextLine(cellLeft + Math.max(0f, dx), baseline, line, artifact));
      }
    }
    flow.down(h);
    flow.add(new Op.Rect(left, flow.y(), width, header ? HEADER_RULE : ROW_RULE, Palette.TABLE_RULE));
    flow.placed();
  }
}
