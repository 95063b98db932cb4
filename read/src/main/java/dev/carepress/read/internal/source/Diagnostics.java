package dev.carepress.read.internal.source;

import dev.carepress.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one source; positions are 1-based in the original file. */
public final class Diagnostics {
  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  public Diagnostics(String source) {
    this.source = source;
  }

  public String source() {
    return source;
  }

  public void error(String code, int line, int column, String message, String hint) {
    problems.add(Problem.error(code, source, line, column, message, hint));
  }

  public void warning(String code, int line, int column, String message, String hint) {
    problems.add(Problem.warning(code, source, line, column, message, hint));
  }

  public void error(String code, Pos pos, String message, String hint) {
    error(code, pos.line(), pos.column(), message, hint);
  }

  public void warning(String code, Pos pos, String message, String hint) {
    warning(code, pos.line(), pos.column(), message, hint);
  }

  public void add(Problem problem) {
    problems.add(problem);
  }

  /** A new collector for the same source holding the problems found so far. */
  public Diagnostics copy() {
    Diagnostics copy = new Diagnostics(source);
    copy.problems.addAll(problems);
    return copy;
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public int size() {
    return problems.size();
  }

  /** The problems sorted by position (stable, so equal positions keep the order they were found in). */
  public List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
    return copy;
  }
}
