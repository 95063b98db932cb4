package dev.carepress.batch.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.render.RenderException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one render and turns every way it can fail into problems of the input it belongs to: a
 * {@link ContentException} carries them, anything else becomes one error, with the exception kept
 * for a stack trace. Thread-safe.
 */
final class Attempts {
  private final ProblemLog log;
  private final Path out;

  Attempts(ProblemLog log, Path out) {
    this.log = log;
    this.out = out;
  }

  /** Something that writes output and may fail. */
  @FunctionalInterface
  interface Work {
    void run() throws IOException;
  }

  /**
   * Runs the work.
   *
   * @param group the input whose problems these are
   * @param step the step, for the order of the problems
   * @param what what is rendered, for messages: a format id, or "pdf book"
   */
  void attempt(String group, int step, String what, Work work) {
    try {
      work.run();
    } catch (ContentException e) {
      List<Problem> problems = e.problems();
      log.addAll(group, step, problems);
      if (problems.stream().noneMatch(Problem::isError)) {
        log.add(group, step, Problem.error("render-failed", group, 0, 0, what + " could not be rendered", ""), e);
      }
    } catch (IOException e) {
      log.add(group, step, writeProblem(group, what, e), e);
    } catch (RuntimeException | StackOverflowError e) {
      log.add(group, step, Problem.error("render-failed", group, 0, 0,
          "the " + what + " renderer failed: " + message(e), hintFor(e)), e);
    }
  }

  /** The error of an output that could not be written. */
  Problem writeProblem(String group, String what, IOException e) {
    return Problem.error("write-failed", group, 0, 0, "cannot write the " + what + " output: " + InputFiles.reason(e),
        "check that " + out + " is writable and has free space");
  }

  /** The exception's message, or its kind when it has none. */
  static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** What to do about a renderer's failure: a RenderException is expected; anything else is a bug. */
  static String hintFor(Throwable e) {
    return e instanceof RenderException
        ? "run with --verbose for the details"
        : "this is a bug in the renderer: please report it with the output of --verbose";
  }
}
