package dev.carepress.model;

import java.util.Optional;

/**
 * Preformatted text shown in a monospaced face, e.g. a fenced code block.
 *
 * @param language the info string's language, if given (e.g. {@code json})
 * @param code the text, lines separated by {@code \n}, without a final newline
 */
public record CodeBlock(Optional<String> language, String code) implements Block {
  /** Validates the components. */
  public CodeBlock {
    Values.present(language, "language");
    Values.present(code, "code");
  }

  /** A code block without a language. */
  public static CodeBlock of(String code) {
    return new CodeBlock(Optional.empty(), code);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
