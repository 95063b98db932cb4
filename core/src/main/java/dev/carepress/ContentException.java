package dev.carepress;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input: an article, book or setting that cannot be used as it is. Carries every
 * {@link Problem} found, not just the first, so a writer can fix them in one pass.
 */
public class ContentException extends CarepressException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** Creates an exception listing the problems; at least one must be given. */
  public ContentException(List<Problem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  /** Creates an exception for a single problem. */
  public ContentException(Problem problem) {
    this(List.of(problem));
  }

  /** Every problem found, errors and warnings, in the order of the source. */
  public List<Problem> problems() {
    return problems;
  }

  /** The errors only. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).collect(Collectors.toUnmodifiableList());
  }

  private static String describe(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ContentException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    long errors = problems.stream().filter(Problem::isError).count();
    String head = errors + (errors == 1 ? " error" : " errors") + " in " + problems.get(0).source() + ":";
    return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
  }
}
