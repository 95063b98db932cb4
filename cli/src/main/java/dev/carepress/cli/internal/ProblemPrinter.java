package dev.carepress.cli.internal;

import dev.carepress.Problem;
import dev.carepress.batch.BatchProblems;
import dev.carepress.batch.FileProblems;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Prints a batch's problems the way compilers do, {@code file:line:column: error: message (hint)},
 * one a line, by file in the batch's order. A file with many warnings of one kind (a character no
 * font has, found on every line) shows the first few and a count of the rest, unless verbose; so
 * does a file with very many errors of one kind (a front matter of 100,000 unknown keys), after
 * more of them.
 */
final class ProblemPrinter {
  /** How many warnings of one kind a file shows before the rest are counted instead. */
  static final int SAME_WARNINGS_SHOWN = 5;
  /** How many errors of one kind a file shows before the rest are counted instead. */
  static final int SAME_ERRORS_SHOWN = 50;

  private final PrintWriter err;
  private final boolean color;
  private final boolean warnings;
  private final boolean verbose;

  /**
   * A printer.
   *
   * @param warnings whether to print warnings too
   * @param verbose whether to print every warning and the stack traces of failures
   */
  ProblemPrinter(PrintWriter err, boolean color, boolean warnings, boolean verbose) {
    this.err = err;
    this.color = color;
    this.warnings = warnings;
    this.verbose = verbose;
  }

  /** Prints every file's problems. */
  void print(BatchProblems problems) {
    print(problems, file -> List.of());
  }

  /** Prints every file's problems, each file's followed by the lines the trailer gives for it (a report on it). */
  void print(BatchProblems problems, Function<String, List<String>> trailer) {
    for (FileProblems file : problems.files()) {
      print(file);
      trailer.apply(file.file()).forEach(err::println);
    }
    err.flush();
  }

  private void print(FileProblems file) {
    Map<String, Integer> shown = new HashMap<>();
    Map<String, Problem> hidden = new LinkedHashMap<>();
    Map<String, Integer> hiddenCount = new HashMap<>();
    for (Problem problem : file.problems()) {
      if (problem.isError() || warnings) {
        // an error and a warning of the same code are counted apart
        String kind = problem.severity().label() + " " + problem.code();
        int count = shown.merge(kind, 1, Integer::sum);
        if (verbose || count <= (problem.isError() ? SAME_ERRORS_SHOWN : SAME_WARNINGS_SHOWN)) {
          err.println(format(problem, color));
        } else {
          hidden.putIfAbsent(kind, problem);
          hiddenCount.merge(kind, 1, Integer::sum);
        }
      }
      if (verbose) {
        file.cause(problem).ifPresent(this::printTrace);
      }
    }
    hidden.forEach((kind, first) -> err.println(first.source() + ": "
        + (first.isError() ? Console.red(first.severity().label(), color) : Console.yellow(first.severity().label(), color))
        + ": " + hiddenCount.get(kind) + " more like the above (" + first.code() + "); --verbose shows them all"));
  }

  private void printTrace(Throwable cause) {
    StringWriter trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    err.print(trace);
  }

  /** One problem in the form compilers use, with the severity coloured on a terminal. */
  static String format(Problem problem, boolean color) {
    String severity = problem.isError()
        ? Console.red(problem.severity().label(), color)
        : Console.yellow(problem.severity().label(), color);
    String text = problem.location() + ": " + severity + ": " + problem.message();
    return problem.hint().isEmpty() ? text : text + " (" + problem.hint() + ")";
  }
}
