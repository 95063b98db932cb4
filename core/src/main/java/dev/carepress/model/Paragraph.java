package dev.carepress.model;

import java.util.List;

/**
 * A paragraph of inline content.
 *
 * @param content the inlines, not empty
 */
public record Paragraph(List<Inline> content) implements Block {
  /** Validates and copies the content. */
  public Paragraph {
    content = Values.list(content, "content");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a paragraph needs content");
    }
  }

  /** A paragraph of plain text. */
  public static Paragraph of(String text) {
    return new Paragraph(List.of(new Text(text)));
  }

  /** A paragraph of the given inlines. */
  public static Paragraph of(Inline... content) {
    return new Paragraph(List.of(content));
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
