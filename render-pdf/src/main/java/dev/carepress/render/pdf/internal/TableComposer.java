package dev.carepress.render.pdf.internal;

import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables: tagged Table, TR, TH (scope Column) and TD. Every cell is shaped once; each column gets
 * at least its widest unbreakable piece and, when there is room, its whole text on one line, the
 * rest shared out in proportion.
 */
final class TableComposer {
  private final Composition composition;
  private final InlineComposer inlines;
  private final Theme theme;

  TableComposer(Composition composition, InlineComposer inlines) {
    this.composition = composition;
    this.inlines = inlines;
    this.theme = composition.theme;
  }

  /** A table's cells shaped into items, with their structure elements. */
  private static final class Shaped {
    final List<StructNode> rowNodes = new ArrayList<>();
    final List<List<StructNode>> cellNodes = new ArrayList<>();
    final List<List<List<Item>>> items = new ArrayList<>();
    /** Per column: the widest unbreakable piece (at most an equal share), and the widest whole cell. */
    final float[] min;
    final float[] max;
    /** Per column: the widest unbreakable piece, uncapped, and its text. */
    final float[] widest;
    final String[] widestText;

    Shaped(int columns) {
      this.min = new float[columns];
      this.max = new float[columns];
      this.widest = new float[columns];
      this.widestText = new String[columns];
    }
  }

  void table(Table table, float x, float width, StructNode parent, List<Box> out) {
    StructNode tableNode = parent.child("Table");
    table.caption().ifPresent(caption -> out.add(caption(caption, x, width, tableNode)));
    int cols = table.columnCount();
    List<TableRow> all = new ArrayList<>();
    all.add(table.header());
    all.addAll(table.rows());
    Shaped shaped = shape(all, cols, width, tableNode);
    float[] colW = columnWidths(shaped, cols, width);
    reportBrokenWords(shaped, colW);
    float[] colX = new float[cols];
    for (int c = 1; c < cols; c++) {
      colX[c] = colX[c - 1] + colW[c - 1];
    }
    List<Box.Row> rows = rows(table, shaped, all.size(), colW);
    Box.Table box = new Box.Table(x, colX, colW, rows.get(0), rows.subList(1, rows.size()), tableNode);
    box.spaceBefore = table.caption().isPresent() ? 0f : theme.space().blockBefore();
    box.spaceAfter = theme.space().blockAfter();
    out.add(box);
  }

  private Box.Text caption(String caption, float x, float width, StructNode tableNode) {
    Style style = composition.styles.body(tableNode.child("Caption")).withRole(Fonts.BOLD);
    Box.Text t = composition.typesetter.text(caption, style, x, width, theme.type().leading());
    t.keepWithNext = true;
    t.spaceBefore = theme.space().blockBefore();
    t.spaceAfter = theme.space().blockBefore();
    return t;
  }

  /** Shapes every cell once and measures the columns: min = widest unbreakable piece, max = the whole text. */
  private Shaped shape(List<TableRow> all, int cols, float width, StructNode tableNode) {
    Shaped shaped = new Shaped(cols);
    float size = theme.type().table();
    for (int r = 0; r < all.size(); r++) {
      StructNode tr = tableNode.child("TR");
      shaped.rowNodes.add(tr);
      List<StructNode> nodes = new ArrayList<>();
      List<List<Item>> row = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        StructNode cell = tr.child(r == 0 ? "TH" : "TD");
        if (r == 0) {
          cell.scope = "Column";
        }
        nodes.add(cell);
        TableCell tc = all.get(r).cells().get(c);
        List<Item> items = new ArrayList<>();
        inlines.shape(tc.content(), Style.plain(r == 0 ? Fonts.BOLD : Fonts.REGULAR, size, Palette.TEXT, cell), items);
        row.add(items);
        measure(items, c, width / cols, shaped);
      }
      shaped.cellNodes.add(nodes);
      shaped.items.add(row);
    }
    return shaped;
  }

  private static void measure(List<Item> items, int c, float share, Shaped shaped) {
    float word = 0f;
    float total = 0f;
    int start = 0;
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      total += it.width;
      if (it.kind == Item.TEXT || it.kind == Item.PLACEHOLDER) {
        word += it.width;
        shaped.min[c] = Math.max(shaped.min[c], Math.min(word, share));
        if (word > shaped.widest[c]) {
          shaped.widest[c] = word;
          shaped.widestText[c] = text(items, start, i + 1);
        }
      } else {
        word = 0f;
        start = i + 1;
      }
    }
    shaped.max[c] = Math.max(shaped.max[c], total);
  }

  private static String text(List<Item> items, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      text.append(items.get(i).text);
    }
    return text.toString();
  }

  /**
   * Warns once for a table whose columns are too narrow for their longest words, which the line
   * breaker then cuts inside (a table of a dozen columns on a handout's page): the writer is told
   * rather than left to find the pieces in print.
   */
  private void reportBrokenWords(Shaped shaped, float[] colW) {
    float pad = 2 * theme.indents().cellPad(); // what rows() gives the line breaker: the column less its padding
    String word = null;
    float worst = 0f;
    for (int c = 0; c < colW.length; c++) {
      float over = shaped.widest[c] - (colW[c] - pad);
      if (over > 0.5f && over > worst) {
        worst = over;
        word = shaped.widestText[c];
      }
    }
    if (word != null) {
      composition.diagnostics.tableTooWide(colW.length, word.strip());
    }
  }

  /**
   * The column widths: each column's whole text when all fit, each one's widest piece scaled down
   * when even those do not, else the widest pieces and the room left shared in proportion to what
   * each column still wants.
   */
  private float[] columnWidths(Shaped shaped, int cols, float width) {
    float pad = theme.indents().cellPad();
    float[] min = shaped.min;
    float[] max = shaped.max;
    float[] colW = new float[cols];
    float sumMin = 0f;
    float sumMax = 0f;
    for (int c = 0; c < cols; c++) {
      min[c] += 2 * pad + theme.indents().cellRule();
      max[c] += 2 * pad + theme.indents().cellRule();
      sumMin += min[c];
      sumMax += max[c];
    }
    for (int c = 0; c < cols; c++) {
      if (sumMax <= width) {
        colW[c] = max[c] + (width - sumMax) * max[c] / sumMax;
      } else if (sumMin >= width) {
        colW[c] = min[c] * width / sumMin;
      } else {
        float extra = width - sumMin;
        float spread = sumMax - sumMin;
        colW[c] = min[c] + (spread <= 0 ? extra / cols : extra * (max[c] - min[c]) / spread);
      }
    }
    return colW;
  }

  private List<Box.Row> rows(Table table, Shaped shaped, int count, float[] colW) {
    float pad = theme.indents().cellPad();
    float size = theme.type().table();
    float lh = size * theme.type().codeLeading();
    List<Box.Row> rows = new ArrayList<>();
    for (int r = 0; r < count; r++) {
      List<Box.Cell> cells = new ArrayList<>();
      for (int c = 0; c < colW.length; c++) {
        List<Item> items = shaped.items.get(r).get(c);
        List<Line> lines = items.isEmpty() ? List.of()
            : composition.typesetter.breakLines(items, Math.max(1f, colW[c] - 2 * pad));
        cells.add(new Box.Cell(lines, shaped.cellNodes.get(r).get(c), lh, Typesetter.baseline(size, lh),
            table.alignments().get(c)));
      }
      rows.add(new Box.Row(cells, shaped.rowNodes.get(r), pad));
    }
    return rows;
  }
}
