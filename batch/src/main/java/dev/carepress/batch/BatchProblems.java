package dev.carepress.batch;

import dev.carepress.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every problem of a batch, by input, in a stable order whatever order the parallel work finished
 * in: the inputs in the order they were given (those a book adds after it), and the problems of
 * each as {@link FileProblems} orders them. Immutable.
 */
public final class BatchProblems {
  private final List<FileProblems> files;
  private final Map<String, FileProblems> byFile = new LinkedHashMap<>();

  /**
   * The problems of these inputs.
   *
   * @param files the inputs that have problems, or that were read (an input without problems has
   *     an empty list), in order
   */
  public BatchProblems(List<FileProblems> files) {
    this.files = List.copyOf(files);
    this.files.forEach(f -> byFile.putIfAbsent(f.file(), f));
  }

  /** Each input's problems, in order. */
  public List<FileProblems> files() {
    return files;
  }

  /** The problems of one input, if it has an entry. */
  public Optional<FileProblems> of(String file) {
    return Optional.ofNullable(byFile.get(file));
  }

  /** The problems of one input; empty if it has none. */
  public List<Problem> problems(String file) {
    return of(file).map(FileProblems::problems).orElse(List.of());
  }

  /** Whether the input has an error. */
  public boolean hasErrors(String file) {
    return of(file).map(FileProblems::hasErrors).orElse(false);
  }

  /** Every problem, in order. */
  public List<Problem> all() {
    return files.stream().flatMap(f -> f.problems().stream()).toList();
  }

  /** The number of errors. */
  public int errors() {
    return (int) files.stream().flatMap(f -> f.problems().stream()).filter(Problem::isError).count();
  }

  /** The number of warnings. */
  public int warnings() {
    return (int) files.stream().flatMap(f -> f.problems().stream()).filter(p -> !p.isError()).count();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BatchProblems && files.equals(((BatchProblems) other).files);
  }

  @Override
  public int hashCode() {
    return files.hashCode();
  }

  @Override
  public String toString() {
    return "BatchProblems" + files;
  }
}
