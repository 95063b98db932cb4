package dev.carepress.model;

import java.util.Arrays;
import java.util.List;

/**
 * A numbered list.
 *
 * @param start the number of the first item, 0 or more (usually 1)
 * @param items the items, not empty
 */
public record OrderedList(int start, List<ListItem> items) implements Block {
  /** Validates and copies the items. */
  public OrderedList {
    if (start < 0) {
      throw new IllegalArgumentException("start must be >= 0, not " + start);
    }
    items = Values.list(items, "items");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a list needs at least one item");
    }
  }

  /** A list of plain-text items numbered from 1. */
  public static OrderedList of(String... items) {
    return new OrderedList(1, Arrays.stream(items).map(ListItem::of).toList());
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
