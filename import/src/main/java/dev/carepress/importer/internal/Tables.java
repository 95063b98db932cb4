package dev.carepress.importer.internal;

import dev.carepress.Problem;
import dev.carepress.model.Block;
import dev.carepress.model.Inline;
import dev.carepress.model.Table;
import dev.carepress.model.TableRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * HTML tables to the model's tables: a header row ({@code thead}, or a first row of {@code th}; a
 * table without one gets its first row as the header, with a warning), cells spanning columns
 * repeated as empty cells, short rows padded, the caption and column alignment kept. A table used
 * for layout (holding another table, headings or several paragraphs per cell) is read as a
 * container instead.
 */
final class Tables {
  private Tables() {}

  static void of(Element table, Blocks blocks, List<Block> out) {
    if (isLayout(table)) {
      for (Element cell : table.select("td, th")) {
        if (cell.closest("table") == table) {
          out.addAll(blocks.children(cell));
        }
      }
      return;
    }
    List<Element> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") == table) {
        rows.add(tr);
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    Element first = rows.get(0);
    boolean header = first.parent() != null && first.parent().is("thead") || first.select("> td").isEmpty();
    if (!header) {
      blocks.inlines().problems().add(Problem.warning("table-header", blocks.inlines().source(), Where.line(table), Where.column(table),
          "a table has no header row; its first row was made the header", "check the table's first row"));
    }
    List<List<List<Inline>>> cells = new ArrayList<>();
    int width = 0;
    List<Carried> carried = new ArrayList<>(); // by column: a cell above that spans this row too
    for (Element tr : rows) {
      List<List<Inline>> row = new ArrayList<>();
      Iterator<Element> own = tr.select("> th, > td").iterator();
      for (int col = 0; own.hasNext() || Carried.anyFrom(carried, col); ) {
        Carried above = col < carried.size() ? carried.get(col) : null;
        if (above != null && above.rowsLeft > 0) {
          row.add(above.content);
          above.rowsLeft--;
          col++;
          continue;
        }
        if (!own.hasNext()) { // a short row before a cell carried from above
          row.add(List.of());
          col++;
          continue;
        }
        Element cell = own.next();
        List<Inline> content = blocks.cell(cell);
        int colspan = Math.min(span(cell, "colspan"), 20);
        int rowspan = Math.min(span(cell, "rowspan"), 100);
        for (int i = 0; i < colspan; i++, col++) {
          List<Inline> here = i == 0 ? content : List.of();
          row.add(here);
          while (carried.size() <= col) {
            carried.add(null);
          }
          carried.set(col, rowspan > 1 ? new Carried(here, rowspan - 1) : null);
        }
      }
      if (!row.isEmpty()) {
        cells.add(row);
        width = Math.max(width, row.size());
      }
    }
    if (cells.isEmpty()) {
      return;
    }
    List<TableRow> body = new ArrayList<>();
    for (List<List<Inline>> row : cells) {
      while (row.size() < width) {
        row.add(List.of());
      }
      body.add(Blocks.row(row));
    }
    List<Table.Alignment> alignments = new ArrayList<>(Collections.nCopies(width, Table.Alignment.NONE));
    List<Element> headCells = first.select("> th, > td");
    for (int i = 0; i < headCells.size() && i < width; i++) {
      alignments.set(i, alignment(headCells.get(i)));
    }
    Element caption = table.selectFirst("caption");
    Optional<String> text = caption == null ? Optional.empty() : Optional.of(Chars.text(caption)).filter(t -> !t.isEmpty());
    out.add(new Table(body.get(0), body.subList(1, body.size()), alignments, text));
  }

  /** A cell's {@code colspan} or {@code rowspan}: 1 unless it is a number from 1 to 999. */
  private static int span(Element cell, String attribute) {
    String value = cell.attr(attribute).strip();
    return value.matches("[1-9]\\d{0,2}") ? Integer.parseInt(value) : 1;
  }

  /**
   * A cell spanning rows below its own: Markdown tables have no spans, so its text is repeated in
   * each row it spans (a dose table's "3 to 6 months" beside each of its doses), which keeps every
   * later cell of those rows under its own heading.
   */
  private static final class Carried {
    private final List<Inline> content;
    private int rowsLeft;

    Carried(List<Inline> content, int rowsLeft) {
      this.content = content;
      this.rowsLeft = rowsLeft;
    }

    static boolean anyFrom(List<Carried> carried, int col) {
      for (int i = col; i < carried.size(); i++) {
        if (carried.get(i) != null && carried.get(i).rowsLeft > 0) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean isLayout(Element table) {
    if (table.attr("role").equals("presentation") || !table.select("table table").isEmpty()) {
      return true;
    }
    for (Element cell : table.select("td, th")) {
      if (!cell.select("h1, h2, h3, h4, h5, h6").isEmpty() || cell.select("> p, > div").size() > 2) {
        return true;
      }
    }
    return false;
  }

  private static Table.Alignment alignment(Element cell) {
    String hint = (cell.attr("align") + " " + cell.className() + " " + cell.attr("style")).toLowerCase(Locale.ROOT);
    if (hint.contains("center")) {
      return Table.Alignment.CENTER;
    }
    if (hint.contains("right")) {
      return Table.Alignment.RIGHT;
    }
    return hint.contains("left") ? Table.Alignment.LEFT : Table.Alignment.NONE;
  }
}
