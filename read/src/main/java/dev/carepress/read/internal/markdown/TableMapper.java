package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Node;
import dev.carepress.model.Inline;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.read.internal.source.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A GFM table as the model's table: the first header row, the body rows padded or cut to its
 * width (cut with a warning), the column alignments. (Its {@code Table:} caption is the paragraph
 * after it, which {@link BlockMapper} attaches.) Stateless.
 */
final class TableMapper {
  private TableMapper() {}

  /** The table; null (with a warning) when it has no header row. */
  static Table table(TableBlock node, int depth, BodyContext cx) {
    List<TableRow> header = new ArrayList<>();
    List<TableRow> rows = new ArrayList<>();
    List<Pos> rowPositions = new ArrayList<>();
    List<Table.Alignment> alignments = new ArrayList<>();
    for (Node part = node.getFirstChild(); part != null; part = part.getNext()) {
      boolean head = part instanceof TableHead;
      if (!head && !(part instanceof TableBody)) {
        continue; // the separator row and a caption
      }
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        boolean isHeader = head && header.isEmpty();
        List<TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (isHeader) {
            alignments.add(alignment((com.vladsch.flexmark.ext.tables.TableCell) cell));
          }
          List<Inline> content = InlineMapper.trim(InlineMapper.inlines(cell, depth + 1, cx));
          cells.add(new TableCell(cx.mark(content)));
        }
        if (cells.isEmpty()) {
          continue;
        }
        if (isHeader) {
          header.add(new TableRow(cells));
        } else {
          rows.add(new TableRow(cells));
          rowPositions.add(cx.pos(row));
        }
      }
    }
    if (header.isEmpty()) {
      cx.diagnostics().warning("empty-table", cx.pos(node), "a table without a header row was left out", "");
      return null;
    }
    List<TableRow> shaped = shape(rows, rowPositions, header.get(0).cells().size(), cx);
    return new Table(header.get(0), shaped, alignments, Optional.empty());
  }

  /** The rows with as many cells as the header: extra cells left out (with a warning), missing ones empty. */
  private static List<TableRow> shape(List<TableRow> rows, List<Pos> positions, int width, BodyContext cx) {
    List<TableRow> shaped = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<TableCell> cells = new ArrayList<>(rows.get(r).cells());
      if (cells.size() > width) {
        cx.diagnostics().warning(
            "table-shape", positions.get(r), "a table row has " + cells.size() + " cells but the header has " + width
                + "; the extra cells were left out",
            "give every row as many cells as the header");
        cells = cells.subList(0, width);
      }
      while (cells.size() < width) {
        cells.add(new TableCell(List.of()));
      }
      shaped.add(new TableRow(cells));
    }
    return shaped;
  }

  private static Table.Alignment alignment(com.vladsch.flexmark.ext.tables.TableCell cell) {
    if (cell.getAlignment() == null) {
      return Table.Alignment.NONE;
    }
    switch (cell.getAlignment()) {
      case LEFT:
        return Table.Alignment.LEFT;
      case CENTER:
        return Table.Alignment.CENTER;
      case RIGHT:
        return Table.Alignment.RIGHT;
      default:
        return Table.Alignment.NONE;
    }
  }
}
