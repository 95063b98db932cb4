package dev.carepress.read.internal.codec;

import dev.carepress.model.Inline;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeReading;
import dev.carepress.text.JsonWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The codecs of a table, its rows (a JSON array of cells) and its cells (a JSON array of inlines).
 */
public final class TableCodecs {
  public static final TypedCodec<Table> TABLE = new TableCodec();
  public static final Codec<TableRow> ROW = new RowCodec();
  public static final Codec<TableCell> CELL = new CellCodec();

  private TableCodecs() {}

  private static final class TableCodec extends TypedCodec<Table> {
    TableCodec() {
      super(Table.class, "table", BlockCodecs.SCHEMA, Property.key("header"), Property.key("rows"),
          Property.key("alignments"), Property.key("caption"));
    }

    @Override
    public Table read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      Optional<TreeNode> headerNode = in.optional(node, "header");
      if (headerNode.isEmpty()) {
        in.diagnostics().error("missing-key", node.pos(), "the table" + in.at(node) + " has no \"header\"",
            "add \"header\": a list of cells, each a list of inlines");
        return null;
      }
      TableRow header = RowCodec.read(headerNode.get(), in, depth);
      List<TableRow> rows = in.listOf(node, "rows", x -> RowCodec.read(x, in, depth));
      if (header == null) {
        return null;
      }
      int width = header.cells().size();
      List<Table.Alignment> alignments = alignments(node, width, in);
      if (alignments == null || !rowsFit(node, rows, width, in)) {
        return null;
      }
      Optional<String> caption = in.optionalText(node, "caption");
      return in.make(node, () -> new Table(header, rows, alignments, caption));
    }

    /** One alignment per column ({@code none} when not given); null when they do not fit (reported). */
    private static List<Table.Alignment> alignments(TreeNode node, int width, TreeReading in) {
      Optional<TreeNode> alignNode = in.optional(node, "alignments");
      if (alignNode.isEmpty()) {
        return Collections.nCopies(width, Table.Alignment.NONE);
      }
      List<Table.Alignment> alignments = in.list(alignNode.get(), a -> alignment(a, in));
      if (alignments.size() != width) {
        in.diagnostics().error(
            "table-shape", alignNode.get().pos(), "the table has " + width + " columns but " + alignments.size()
                + " alignments" + in.at(alignNode.get()),
            "give one alignment per column");
        return null;
      }
      return alignments;
    }

    private static Table.Alignment alignment(TreeNode node, TreeReading in) {
      String id = in.text(node, "alignments");
      for (Table.Alignment alignment : Table.Alignment.values()) {
        if (alignment.id().equals(id)) {
          return alignment;
        }
      }
      if (id != null) {
        in.diagnostics().error("invalid-value", node.pos(), "'" + id + "'" + in.at(node) + " is not an alignment",
            "write none, left, center or right");
      }
      return Table.Alignment.NONE;
    }

    private static boolean rowsFit(TreeNode node, List<TableRow> rows, int width, TreeReading in) {
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).cells().size() != width) {
          TreeNode rowNode = node.entries().get("rows").value().elements().get(i);
          in.diagnostics().error(
              "table-shape", rowNode.pos(), "row " + (i + 1) + in.at(rowNode) + " has " + rows.get(i).cells().size()
                  + " cells, the header has " + width,
              "give every row as many cells as the header");
          return false;
        }
      }
      return true;
    }

    @Override
    protected void writeProperties(Table table, JsonWriter out) {
      out.name("header");
      ROW.write(table.header(), out);
      array(out, "rows", table.rows(), ROW::write);
      out.name("alignments").beginArray();
      for (Table.Alignment alignment : table.alignments()) {
        out.value(alignment.id());
      }
      out.endArray();
      optional(out, "caption", table.caption());
    }
  }

  private static final class RowCodec extends Codec<TableRow> {
    RowCodec() {
      super(TableRow.class, "/$defs/row", Property.as(Property.Form.ELEMENTS, "cells"));
    }

    static TableRow read(TreeNode node, TreeReading in, int depth) {
      if (node.kind() != TreeNode.Kind.ARRAY) {
        in.wrongType(node, "table row", TreeNode.Kind.ARRAY, "write a row as a list of cells, each a list of inlines");
        return null;
      }
      List<TableCell> cells = new ArrayList<>();
      for (TreeNode cell : node.elements()) {
        if (cell.kind() != TreeNode.Kind.ARRAY) {
          in.wrongType(cell, "table cell", TreeNode.Kind.ARRAY, "write a cell as a list of inlines ([] when empty)");
          return null;
        }
        cells.add(new TableCell(InlineCodecs.readList(cell, in, depth + 1)));
      }
      if (cells.isEmpty()) {
        in.diagnostics().error("empty", node.pos(), "a table row" + in.at(node) + " has no cells", "give it cells");
        return null;
      }
      return new TableRow(cells);
    }

    @Override
    public void write(TableRow row, JsonWriter out) {
      out.beginArray();
      for (TableCell cell : row.cells()) {
        CELL.write(cell, out);
      }
      out.endArray();
    }
  }

  private static final class CellCodec extends Codec<TableCell> {
    CellCodec() {
      super(TableCell.class, "/$defs/cell", Property.as(Property.Form.ELEMENTS, "content"));
    }

    @Override
    public void write(TableCell cell, JsonWriter out) {
      out.beginArray();
      for (Inline inline : cell.content()) {
        InlineCodecs.write(inline, out);
      }
      out.endArray();
    }
  }
}
