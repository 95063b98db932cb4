package dev.carepress.batch;

import dev.carepress.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The problems of one input of a batch, in the order to show them: those found reading it first,
 * then those of each format in turn, each problem once (an image without alt text, found by every
 * renderer, is one problem).
 *
 * @param file the input as named to the batch ({@code articles/asthma.md}); {@code BOOK#slug} for an
 *     article a book holds without a file of its own; the output folder for the site's own problems
 * @param problems errors and warnings, each with its line and column where known
 * @param causes the exception behind an error that was a failure rather than bad content (a
 *     renderer's bug, a full disk), for a stack trace
 */
public record FileProblems(String file, List<Problem> problems, Map<Problem, Throwable> causes) {
  /** Validates and copies the components. */
  public FileProblems {
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
    causes = Map.copyOf(causes);
  }

  /** The exception behind the problem, if it was a failure. */
  public Optional<Throwable> cause(Problem problem) {
    return Optional.ofNullable(causes.get(problem));
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
