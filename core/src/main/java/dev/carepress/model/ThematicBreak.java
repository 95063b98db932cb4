package dev.carepress.model;

/** A thematic break between blocks (Markdown {@code ---}). */
public record ThematicBreak() implements Block {
  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
