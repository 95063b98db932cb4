package dev.carepress.read;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a reader made of its input: the value, present when there were no errors, and every
 * {@link Problem} found (errors and warnings), in the order of the source.
 *
 * <pre>{@code
 * ReadResult<Article> result = MarkdownArticleReader.create().parse(Path.of("asthma.md"));
 * result.warnings().forEach(System.err::println);
 * Article article = result.orThrow(); // a ContentException listing every problem if there were errors
 * }</pre>
 *
 * @param <T> the type of value read
 */
public final class ReadResult<T> {
  private final Optional<T> value;
  private final List<Problem> problems;

  private ReadResult(Optional<T> value, List<Problem> problems) {
    this.value = value;
    this.problems = List.copyOf(problems);
  }

  /**
   * A result holding the value and the problems found; the value is dropped if any problem is an
   * error, so that a value is present exactly when there were no errors.
   */
  public static <T> ReadResult<T> of(T value, List<Problem> problems) {
    Objects.requireNonNull(value, "value");
    boolean failed = problems.stream().anyMatch(Problem::isError);
    return new ReadResult<>(failed ? Optional.empty() : Optional.of(value), problems);
  }

  /**
   * A result without a value.
   *
   * @throws IllegalArgumentException if none of the problems is an error
   */
  public static <T> ReadResult<T> failure(List<Problem> problems) {
    if (problems.stream().noneMatch(Problem::isError)) {
      throw new IllegalArgumentException("a failed read needs at least one error");
    }
    return new ReadResult<>(Optional.empty(), problems);
  }

  /**
   * This result as strict reading gives it, for CI: unchanged when it has no warning; otherwise
   * without a value, every warning made an error with the same code, position, message and hint.
   */
  public ReadResult<T> strict() {
    if (warnings().isEmpty()) {
      return this;
    }
    List<Problem> strict = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      strict.add(p.isError() ? p : Problem.error(p.code(), p.source(), p.line(), p.column(), p.message(), p.hint()));
    }
    return failure(strict);
  }

  /** The value read; empty when there were errors. */
  public Optional<T> value() {
    return value;
  }

  /** Every problem, errors and warnings, in the order of the source. */
  public List<Problem> problems() {
    return problems;
  }

  /** The errors only. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** The warnings only. */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** Whether the input had errors (and so there is no value). */
  public boolean hasErrors() {
    return value.isEmpty();
  }

  /**
   * The value.
   *
   * @throws ContentException listing every problem, errors and warnings, if there were errors
   */
  public T orThrow() {
    if (value.isEmpty()) {
      throw new ContentException(problems);
    }
    return value.get();
  }

  /** A result with the value transformed and the same problems. */
  public <U> ReadResult<U> map(Function<? super T, ? extends U> mapper) {
    return new ReadResult<>(value.map(mapper), problems);
  }

  @Override
  public String toString() {
    return "ReadResult[" + (value.isPresent() ? "value" : "no value") + ", " + problems.size() + " problems]";
  }
}
