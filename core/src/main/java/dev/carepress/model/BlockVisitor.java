package dev.carepress.model;

/**
 * One method per {@link Block} type. Adding a block type adds a method here, so every renderer
 * that must handle it stops compiling until it does.
 *
 * @param <R> what each visit returns ({@link Void} for side effects)
 */
public interface BlockVisitor<R> {
  /** Visits a paragraph. */
  R visit(Paragraph paragraph);

  /** Visits a bullet list. */
  R visit(BulletList list);

  /** Visits an ordered list. */
  R visit(OrderedList list);

  /** Visits a block quote. */
  R visit(Quote quote);

  /** Visits a callout. */
  R visit(Callout callout);

  /** Visits a figure. */
  R visit(Figure figure);

  /** Visits a table. */
  R visit(Table table);

  /** Visits a code block. */
  R visit(CodeBlock codeBlock);

  /** Visits a thematic break. */
  R visit(ThematicBreak thematicBreak);
}
