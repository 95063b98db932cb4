package dev.carepress.model;

import java.util.Arrays;
import java.util.List;

/**
 * An unordered list.
 *
 * @param items the items, not empty
 */
public record BulletList(List<ListItem> items) implements Block {
  /** Validates and copies the items. */
  public BulletList {
    items = Values.list(items, "items");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a list needs at least one item");
    }
  }

  /** A list of plain-text items. */
  public static BulletList of(String... items) {
    return new BulletList(Arrays.stream(items).map(ListItem::of).toList());
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
