package dev.carepress.cli.internal;

import dev.carepress.batch.BatchResult;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What {@code carepress render} and {@code book} print when the batch is done, on standard error: the problems,
 * the files written if verbose, and one closing line unless quiet:
 * {@code 7 articles and the book → 21 files in 1.2 s; 2 warnings}.
 */
final class RenderSummary {
  private final Console console;
  private final OutputOptions output;

  RenderSummary(Console console, OutputOptions output) {
    this.console = console;
    this.output = output;
  }

  /** Prints the result of a batch that started at {@code start} ({@link System#nanoTime()}). */
  void print(BatchResult result, long start) {
    PrintWriter err = console.err();
    new ProblemPrinter(err, console.color(), !output.quiet(), output.verbose()).print(result.problems());
    if (output.verbose()) {
      for (Path file : result.written()) {
        err.println("wrote " + file);
      }
      for (Path file : result.removed()) {
        err.println("removed " + file);
      }
    }
    if (!output.quiet()) {
      err.println(closingLine(result, start));
    }
    err.flush();
  }

  private String closingLine(BatchResult result, long start) {
    if (result.nothingChanged() && !result.hasErrors()) {
      return "nothing changed: " + Words.count(result.unchanged(), "article") + " up to date, no file written";
    }
    int articles = result.articles();
    StringBuilder line = new StringBuilder();
    if (articles == 0 && result.book() != BatchResult.BookOutcome.NONE) {
      line.append("the book"); // carepress book: the book alone
    } else {
      if (result.unchanged() > 0 && result.rendered() + result.unchanged() == articles) {
        line.append(Words.count(result.rendered(), "changed article"));
      } else {
        line.append(result.rendered() == articles
            ? Words.count(articles, "article")
            : result.rendered() + " of " + Words.count(articles, "article"));
      }
      if (result.book() == BatchResult.BookOutcome.RENDERED) {
        line.append(" and the book");
      }
    }
    line.append(' ').append(console.arrow()).append(' ').append(Words.count(result.written().size(), "file"))
        .append(" in ").append(Words.duration(System.nanoTime() - start));
    if (result.book() == BatchResult.BookOutcome.NOT_RENDERED) {
      line.append(" (the book was not rendered)");
    }
    if (result.unchanged() > 0) {
      line.append("; ").append(result.unchanged()).append(" up to date");
    }
    if (!result.removed().isEmpty()) {
      line.append("; ").append(Words.count(result.removed().size(), "file")).append(" removed");
    }
    String problems = Words.problems(result.problems().errors(), result.problems().warnings());
    if (!problems.isEmpty()) {
      line.append("; ").append(problems);
    }
    return line.toString();
  }
}
