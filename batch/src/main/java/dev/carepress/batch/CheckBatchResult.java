package dev.carepress.batch;

import java.util.List;
import java.util.Objects;

/**
 * What a check batch found: each input with its health-literacy report, and every problem by input.
 * An article is <em>invalid</em> when it has an error (it could not be read, or its HTML report
 * could not be written), and <em>fell short</em> when it is valid and its report did not pass.
 *
 * @param inputs every input, in the order of its problems: the articles, and the book if there was one
 * @param problems every problem, by input
 */
public record CheckBatchResult(List<CheckedInput> inputs, BatchProblems problems) {
  /** Validates and copies the components. */
  public CheckBatchResult {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(problems, "problems");
  }

  /** How many article inputs there were (not counting the book). */
  public int articles() {
    return (int) inputs.stream().filter(i -> !i.isBook()).count();
  }

  /** How many articles had errors. */
  public int invalid() {
    return (int) inputs.stream().filter(i -> !i.isBook() && problems.hasErrors(i.file())).count();
  }

  /** How many valid articles fell short of a required check. */
  public int fellShort() {
    return (int) inputs.stream()
        .filter(i -> !i.isBook() && !problems.hasErrors(i.file()) && i.report().map(r -> !r.passed()).orElse(false))
        .count();
  }

  /** How many articles were valid and passed. */
  public int passed() {
    return articles() - invalid() - fellShort();
  }
}
