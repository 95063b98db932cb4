package dev.carepress.model;

/**
 * A reference to one of the article's {@link Footnote}s. Renderers number footnotes in the order
 * of {@link Article#footnotes()}.
 *
 * @param label the footnote's label as written, e.g. {@code 1} for {@code [^1]}
 */
public record FootnoteReference(String label) implements Inline {
  /** Validates the label. */
  public FootnoteReference {
    Values.text(label, "label");
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
