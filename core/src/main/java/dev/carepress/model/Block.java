package dev.carepress.model;

/**
 * A block of body content: a paragraph, list, quote, callout, figure, table, code block or
 * thematic break. Dispatch with {@link #accept(BlockVisitor)}.
 */
public sealed interface Block
    permits Paragraph, BulletList, OrderedList, Quote, Callout, Figure, Table, CodeBlock, ThematicBreak {

  /** Calls the visitor method for this block's type and returns its result. */
  <R> R accept(BlockVisitor<R> visitor);
}
