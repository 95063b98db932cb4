package dev.carepress.model;

/** A hard line break inside a paragraph. */
public record LineBreak() implements Inline {
  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
