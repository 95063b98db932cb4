package dev.carepress.batch;

import dev.carepress.Problem;
import java.util.List;
import java.util.Optional;

/**
 * Every problem of a batch, by input, in a stable order whatever order the parallel work finished
 * in: the inputs in the order they were given (those a book adds after it), and the problems of
 * each as {@link FileProblems} orders them.
 *
 * @param files the inputs that have problems, or that were read (an input without problems has an
 *     empty list)
 */
public record BatchProblems(List<FileProblems> files) {
  /** Copies the list. */
  public BatchProblems {
    files = List.copyOf(files);
  }

  /** The problems of one input, if it has an entry. */
  public Optional<FileProblems> of(String file) {
    return files.stream().filter(f -> f.file().equals(file)).findFirst();
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
    return (int) all().stream().filter(Problem::isError).count();
  }

  /** The number of warnings. */
  public int warnings() {
    return (int) all().stream().filter(p -> !p.isError()).count();
  }
}
