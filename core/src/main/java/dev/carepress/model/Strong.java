package dev.carepress.model;

import java.util.List;

/**
 * Strongly emphasised content, usually shown in bold.
 *
 * @param content the inlines inside, not empty
 */
public record Strong(List<Inline> content) implements Inline {
  /** Validates and copies the content. */
  public Strong {
    content = Values.list(content, "content");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("strong needs content");
    }
  }

  /** Wraps plain text. */
  public static Strong of(String text) {
    return new Strong(List.of(new Text(text)));
  }

  /** Wraps the given inlines. */
  public static Strong of(Inline... content) {
    return new Strong(List.of(content));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
