package dev.carepress.model;

/**
 * Inline content: text, emphasis, strong, strikethrough, code, a link, a line break, a footnote
 * reference or a glossary term. Dispatch with {@link #accept(InlineVisitor)}.
 */
public sealed interface Inline
    permits Text, Emphasis, Strong, Strikethrough, Code, Link, LineBreak, FootnoteReference, GlossaryTerm {

  /** Calls the visitor method for this inline's type and returns its result. */
  <R> R accept(InlineVisitor<R> visitor);
}
