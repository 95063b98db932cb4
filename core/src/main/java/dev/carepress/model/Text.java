package dev.carepress.model;

/**
 * Plain text, exactly as written (renderers escape it).
 *
 * @param text the characters, not empty
 */
public record Text(String text) implements Inline {
  /** Validates the text. */
  public Text {
    Values.present(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("text must not be empty");
    }
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
