package dev.carepress.cli.internal;

import dev.carepress.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one file gave: the value when it could be used, and every problem found (warnings
 * may come with a value; an error means there is none).
 *
 * @param value the article or book, absent when reading failed
 * @param problems errors and warnings in source order
 * @param <T> what was read
 */
public record Loaded<T>(Optional<T> value, List<Problem> problems) {
  /** Validates and copies the components. */
  public Loaded {
    Objects.requireNonNull(value, "value");
    problems = List.copyOf(problems);
  }

  /** A value read with these problems (warnings). */
  public static <T> Loaded<T> of(T value, List<Problem> problems) {
    return new Loaded<>(Optional.of(value), problems);
  }

  /** A failed read. */
  public static <T> Loaded<T> failed(List<Problem> problems) {
    return new Loaded<>(Optional.empty(), problems);
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
