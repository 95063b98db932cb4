package dev.carepress.model;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a {@link Table}.
 *
 * @param cells the cells, one per column
 */
public record TableRow(List<TableCell> cells) {
  /** Validates and copies the cells. */
  public TableRow {
    cells = Values.list(cells, "cells");
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("a table row needs at least one cell");
    }
  }

  /** A row of plain-text cells. */
  public static TableRow of(String... cells) {
    return new TableRow(Arrays.stream(cells).map(TableCell::of).toList());
  }
}
