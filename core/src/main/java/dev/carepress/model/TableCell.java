package dev.carepress.model;

import java.util.List;

/**
 * One cell of a {@link Table}.
 *
 * @param content the inlines; empty for an empty cell
 */
public record TableCell(List<Inline> content) {
  /** Validates and copies the content. */
  public TableCell {
    content = Values.list(content, "content");
  }

  /** A cell of plain text (empty text gives an empty cell). */
  public static TableCell of(String text) {
    return new TableCell(text.isEmpty() ? List.of() : List.of(new Text(text)));
  }
}
