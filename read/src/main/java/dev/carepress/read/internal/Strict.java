package dev.carepress.read.internal;

import dev.carepress.Problem;
import dev.carepress.read.ReadResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict reading, for CI: every warning of a result becomes an error (same code, position, message
 * and hint), so that a read with warnings fails and gives no value. Stateless.
 */
public final class Strict {
  private Strict() {}

  /** The result unchanged when it has no warning; otherwise without a value, its warnings made errors. */
  public static <T> ReadResult<T> apply(ReadResult<T> result) {
    if (result.warnings().isEmpty()) {
      return result;
    }
    List<Problem> problems = new ArrayList<>(result.problems().size());
    for (Problem p : result.problems()) {
      problems.add(p.isError() ? p : Problem.error(p.code(), p.source(), p.line(), p.column(), p.message(), p.hint()));
    }
    return ReadResult.failure(problems);
  }
}
