package dev.carepress.model;

import java.util.List;

/**
 * A block quote (a Markdown {@code >} block that is not a callout).
 *
 * @param blocks the quoted content, not empty
 */
public record Quote(List<Block> blocks) implements Block {
  /** Validates and copies the blocks. */
  public Quote {
    blocks = Values.list(blocks, "blocks");
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("a quote needs content");
    }
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
