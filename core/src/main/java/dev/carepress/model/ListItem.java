package dev.carepress.model;

import java.util.List;

/**
 * One item of a {@link BulletList} or {@link OrderedList}. Its blocks may include further lists,
 * which is how lists nest.
 *
 * @param blocks the item's content, not empty
 */
public record ListItem(List<Block> blocks) {
  /** Validates and copies the blocks. */
  public ListItem {
    blocks = Values.list(blocks, "blocks");
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("a list item needs content");
    }
  }

  /** An item holding one paragraph of plain text. */
  public static ListItem of(String text) {
    return new ListItem(List.of(Paragraph.of(text)));
  }

  /** An item holding the given blocks. */
  public static ListItem of(Block... blocks) {
    return new ListItem(List.of(blocks));
  }
}
