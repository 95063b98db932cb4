package dev.carepress.model;

/**
 * One method per {@link Inline} type.
 *
 * @param <R> what each visit returns ({@link Void} for side effects)
 */
public interface InlineVisitor<R> {
  /** Visits plain text. */
  R visit(Text text);

  /** Visits emphasis. */
  R visit(Emphasis emphasis);

  /** Visits strong emphasis. */
  R visit(Strong strong);

  /** Visits struck-through text. */
  R visit(Strikethrough strikethrough);

  /** Visits inline code. */
  R visit(Code code);

  /** Visits a link. */
  R visit(Link link);

  /** Visits a hard line break. */
  R visit(LineBreak lineBreak);

  /** Visits a footnote reference. */
  R visit(FootnoteReference reference);

  /** Visits a glossary term. */
  R visit(GlossaryTerm term);
}
