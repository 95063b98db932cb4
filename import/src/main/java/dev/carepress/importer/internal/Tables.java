package dev.carepress.importer.internal;

import dev.carepress.Problem;
import dev.carepress.model.Block;
import dev.carepress.model.Inline;
import dev.carepress.model.Table;
import dev.carepress.model.TableRow;
import java.util.ArrayList;
import java.util.Collections;
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
      blocks.inlines().problems().add(Problem.warning("table-header", blocks.inlines().source(), 0, 0,
          "a table has no header row; its first row was made the header", "check the table's first row"));
    }
    List<List<List<Inline>>> cells = new ArrayList<>();
    int width = 0;
    for (Element tr : rows) {
      List<List<Inline>> row = new ArrayList<>();
      for (Element cell : tr.select("> th, > td")) {
        row.add(blocks.cell(cell));
        int span = cell.attr("colspan").matches("\\d{1,2}") ? Integer.parseInt(cell.attr("colspan")) : 1;
        for (int i = 1; i < Math.min(span, 20); i++) {
          row.add(List.of());
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
