package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.List;

/** Writes a table in a box of its own, header cells scoped to their columns, alignment as classes. */
final class TableWriter {
  private TableWriter() {}

  static void write(Target target, Table table) {
    MarkupWriter out = target.out();
    out.start("div").attr("class", "cp-table");
    target.dialect().tableBox(out, table, target.labels());
    out.newline();
    out.start("table").newline();
    if (table.caption().isPresent()) {
      out.element("caption", table.caption().get()).newline();
    }
    out.start("thead").newline();
    row(target, table, table.header(), true);
    out.end("thead").newline();
    if (!table.rows().isEmpty()) {
      out.start("tbody").newline();
      for (TableRow row : table.rows()) {
        row(target, table, row, false);
      }
      out.end("tbody").newline();
    }
    out.end("table").newline();
    out.end("div").newline();
  }

  private static void row(Target target, Table table, TableRow row, boolean header) {
    MarkupWriter out = target.out();
    out.start("tr");
    List<TableCell> cells = row.cells();
    String tag = header ? "th" : "td";
    for (int i = 0; i < cells.size(); i++) {
      out.start(tag);
      if (header) {
        out.attr("scope", "col");
      }
      Table.Alignment alignment = table.alignments().get(i);
      if (alignment == Table.Alignment.CENTER || alignment == Table.Alignment.RIGHT) {
        out.attr("class", "cp-align-" + alignment.id());
      }
      target.inlines(cells.get(i).content());
      out.end(tag);
    }
    out.end("tr").newline();
  }
}
