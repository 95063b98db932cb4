package dev.carepress.maven.internal;

import dev.carepress.Problem;
import dev.carepress.batch.BatchProblems;
import dev.carepress.batch.FileProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Problems as the {@code carepress} command prints them, {@code file:line:column: error: message
 * (hint)}, so IDEs and CI logs link them to the article.
 */
public final class ProblemLines {
  private ProblemLines() {}

  /** One problem as one line. */
  public static String line(Problem problem) {
    String text = problem.location() + ": " + problem.severity().label() + ": " + problem.message();
    return problem.hint().isEmpty() ? text : text + " (" + problem.hint() + ")";
  }

  /** Sends each error to {@code errors} and each warning to {@code warnings}, by file in the batch's order. */
  public static void report(BatchProblems problems, Consumer<String> errors, Consumer<String> warnings) {
    for (FileProblems file : problems.files()) {
      for (Problem problem : file.problems()) {
        (problem.isError() ? errors : warnings).accept(line(problem));
      }
    }
  }

  /** The lines of the errors, in order. */
  public static List<String> errors(BatchProblems problems) {
    List<String> lines = new ArrayList<>();
    report(problems, lines::add, w -> { });
    return lines;
  }
}
