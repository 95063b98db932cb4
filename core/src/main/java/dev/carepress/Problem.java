package dev.carepress;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an input, located in its source: the file (or another source name), the
 * 1-based line and column, what is wrong and what to change.
 *
 * <p>Line and column are {@code 0} when the position is unknown (for example for an article built
 * in code). {@link #toString()} gives the form compilers use:
 *
 * <pre>{@code asthma.md:3:8: error: 'views' must be a whole number ≥ 0, not "many" (write views: 2348)}</pre>
 *
 * @param severity error or warning
 * @param code a short stable identifier of the kind of problem, e.g. {@code unknown-key}
 * @param source the file name or other source name, e.g. {@code articles/asthma.md}
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param message what is wrong
 * @param hint what to change; may be empty
 */
public record Problem(
    Severity severity, String code, String source, int line, int column, String message, String hint) {

  /** Validates the components. */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0, not " + line + ":" + column);
    }
  }

  /** An error at a position. */
  public static Problem error(String code, String source, int line, int column, String message, String hint) {
    return new Problem(Severity.ERROR, code, source, line, column, message, hint);
  }

  /** A warning at a position. */
  public static Problem warning(String code, String source, int line, int column, String message, String hint) {
    return new Problem(Severity.WARNING, code, source, line, column, message, hint);
  }

  /**
   * This problem placed at the first place in {@code text}, the text of its source file, that holds
   * {@code subject}: for a renderer's problem, which works on the model and knows no positions (the
   * image it could not find, the link it left out), so that it still names the line to change.
   * Itself when it has a line already, or the text does not hold the subject. Columns count
   * characters (code points) from 1, as the readers' do.
   */
  public Problem locatedAt(String text, String subject) {
    int at = line > 0 || subject.isEmpty() ? -1 : text.indexOf(subject);
    if (at < 0) {
      return this;
    }
    int lineNumber = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        lineNumber++;
        lineStart = i + 1;
      }
    }
    return new Problem(severity, code, source, lineNumber, text.codePointCount(lineStart, at) + 1, message, hint);
  }

  /** Whether this is an error (as opposed to a warning). */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The hint, if there is one. */
  public Optional<String> hintIfAny() {
    return hint.isEmpty() ? Optional.empty() : Optional.of(hint);
  }

  /** {@code source:line:column}, leaving out what is unknown. */
  public String location() {
    if (line == 0) {
      return source;
    }
    return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
  }

  @Override
  public String toString() {
    String text = location() + ": " + severity.label() + ": " + message;
    return hint.isEmpty() ? text : text + " (" + hint + ")";
  }
}
