package dev.carepress.model;

import java.util.List;

/**
 * Emphasised content, usually shown in italics.
 *
 * @param content the inlines inside, not empty
 */
public record Emphasis(List<Inline> content) implements Inline {
  /** Validates and copies the content. */
  public Emphasis {
    content = Values.list(content, "content");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("emphasis needs content");
    }
  }

  /** Wraps plain text. */
  public static Emphasis of(String text) {
    return new Emphasis(List.of(new Text(text)));
  }

  /** Wraps the given inlines. */
  public static Emphasis of(Inline... content) {
    return new Emphasis(List.of(content));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
