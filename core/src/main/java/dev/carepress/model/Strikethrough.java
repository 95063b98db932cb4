package dev.carepress.model;

import java.util.List;

/**
 * Struck-through content (GFM {@code ~~text~~}).
 *
 * @param content the inlines inside, not empty
 */
public record Strikethrough(List<Inline> content) implements Inline {
  /** Validates and copies the content. */
  public Strikethrough {
    content = Values.list(content, "content");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("strikethrough needs content");
    }
  }

  /** Wraps plain text. */
  public static Strikethrough of(String text) {
    return new Strikethrough(List.of(new Text(text)));
  }

  /** Wraps the given inlines. */
  public static Strikethrough of(Inline... content) {
    return new Strikethrough(List.of(content));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
