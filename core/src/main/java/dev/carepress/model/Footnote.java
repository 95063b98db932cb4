package dev.carepress.model;

import java.util.List;

/**
 * A footnote, referred to from the text by {@link FootnoteReference}s with the same label.
 *
 * @param label the label as written, e.g. {@code 1} for {@code [^1]: …}
 * @param blocks the note's content, not empty
 */
public record Footnote(String label, List<Block> blocks) {
  /** Validates and copies the components. */
  public Footnote {
    Values.text(label, "label");
    blocks = Values.list(blocks, "blocks");
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("a footnote needs content");
    }
  }

  /** A footnote of one plain-text paragraph. */
  public static Footnote of(String label, String text) {
    return new Footnote(label, List.of(Paragraph.of(text)));
  }
}
