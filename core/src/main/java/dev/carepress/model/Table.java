package dev.carepress.model;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table with one header row, body rows of the same width, a text alignment per column and an
 * optional caption. In Markdown, a GFM table, captioned by a paragraph right after it that starts
 * with {@code Table:}.
 *
 * @param header the header row; its cells name the columns
 * @param rows the body rows, each as wide as the header
 * @param alignments one per column
 * @param caption the caption, if any
 */
public record Table(TableRow header, List<TableRow> rows, List<Alignment> alignments, Optional<String> caption)
    implements Block {

  /** How a column's text is aligned. */
  public enum Alignment {
    /** No alignment given: renderers use the start of the line. */
    NONE,
    /** Aligned to the left. */
    LEFT,
    /** Centred. */
    CENTER,
    /** Aligned to the right (numbers). */
    RIGHT;

    /** The lower-case name used in JSON. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Validates the shape: every row and the alignments are as wide as the header. */
  public Table {
    Values.present(header, "header");
    rows = Values.list(rows, "rows");
    alignments = Values.list(alignments, "alignments");
    Values.present(caption, "caption");
    int width = header.cells().size();
    if (alignments.size() != width) {
      throw new IllegalArgumentException(
          "a table needs one alignment per column: " + width + " columns, " + alignments.size() + " alignments");
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).cells().size() != width) {
        throw new IllegalArgumentException(
            "row " + (i + 1) + " has " + rows.get(i).cells().size() + " cells, the header has " + width);
      }
    }
  }

  /** A table without caption whose columns have no alignment. */
  public static Table of(TableRow header, List<TableRow> rows) {
    return new Table(
        header, rows, Collections.nCopies(header.cells().size(), Alignment.NONE), Optional.empty());
  }

  /** A copy with the given caption. */
  public Table withCaption(String newCaption) {
    return new Table(header, rows, alignments, Optional.of(newCaption));
  }

  /** The number of columns. */
  public int columnCount() {
    return header.cells().size();
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
