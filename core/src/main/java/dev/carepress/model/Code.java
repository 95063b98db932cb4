package dev.carepress.model;

/**
 * Inline code, shown in a monospaced face.
 *
 * @param code the characters, not empty
 */
public record Code(String code) implements Inline {
  /** Validates the code. */
  public Code {
    Values.present(code, "code");
    if (code.isEmpty()) {
      throw new IllegalArgumentException("code must not be empty");
    }
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
