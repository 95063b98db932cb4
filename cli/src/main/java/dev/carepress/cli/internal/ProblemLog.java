package dev.carepress.cli.internal;

import dev.carepress.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The problems of a run, grouped by file and printed in a stable order whatever order the parallel
 * tasks finished in: groups in the order they were opened (the order of the inputs), and within a
 * group by the step that found them (reading first, then each format in turn). The same problem
 * found by two steps (an image without alt text, found by every renderer) is printed once.
 * Thread-safe.
 */
public final class ProblemLog {
  /** Step of reading the file. */
  public static final int READ = 0;

  private final Map<String, Map<Integer, List<Object>>> groups = new LinkedHashMap<>();

  /** Opens a group (a file) so that it prints in this position even if its problems come later. */
  public synchronized void open(String group) {
    groups.computeIfAbsent(group, g -> new TreeMap<>());
  }

  /**
   * Adds a problem found by a step for a file. A problem whose source is another open group (an
   * article's problem reported while reading its book) goes to that group.
   */
  public synchronized void add(String group, int step, Problem problem) {
    entries(route(group, problem), step).add(problem);
  }

  /** Adds problems found by a step for a file, each routed as by {@link #add(String, int, Problem)}. */
  public synchronized void addAll(String group, int step, List<Problem> problems) {
    problems.forEach(p -> add(group, step, p));
  }

  private String route(String group, Problem problem) {
    return !problem.source().equals(group) && groups.containsKey(problem.source()) ? problem.source() : group;
  }

  /** Adds an error and the exception behind it (its stack trace shows with {@code --verbose}). */
  public synchronized void add(String group, int step, Problem problem, Throwable cause) {
    List<Object> list = entries(group, step);
    list.add(problem);
    list.add(cause);
  }

  /** The problems of the group, in print order, without duplicates. */
  public synchronized List<Problem> problems(String group) {
    List<Problem> result = new ArrayList<>();
    for (Object entry : distinct(groups.getOrDefault(group, Map.of()))) {
      if (entry instanceof Problem) {
        result.add((Problem) entry);
      }
    }
    return result;
  }

  /** Every problem, in print order, without duplicates. */
  public synchronized List<Problem> all() {
    List<Problem> result = new ArrayList<>();
    groups.keySet().forEach(g -> result.addAll(problems(g)));
    return result;
  }

  /** Whether the group has an error. */
  public synchronized boolean hasErrors(String group) {
    return problems(group).stream().anyMatch(Problem::isError);
  }

  /** The number of errors. */
  public synchronized int errors() {
    return (int) all().stream().filter(Problem::isError).count();
  }

  /** The number of warnings. */
  public synchronized int warnings() {
    return (int) all().stream().filter(p -> !p.isError()).count();
  }

  /**
   * Prints the problems as {@code file:line:column: error: message (hint)}, one per line.
   *
   * @param warnings whether to print warnings too
   * @param verbose whether to print the stack traces of failures
   */
  public synchronized void print(PrintWriter err, boolean color, boolean warnings, boolean verbose) {
    print(err, color, warnings, verbose, group -> List.of());
  }

  /**
   * Prints as {@link #print(PrintWriter, boolean, boolean, boolean)}, each group followed by the lines
   * the trailer gives for it (a report on the file).
   */
  public synchronized void print(PrintWriter err, boolean color, boolean warnings, boolean verbose,
      java.util.function.Function<String, List<String>> trailer) {
    for (Map.Entry<String, Map<Integer, List<Object>>> group : groups.entrySet()) {
      print(err, color, warnings, verbose, group.getValue());
      trailer.apply(group.getKey()).forEach(err::println);
    }
    err.flush();
  }

  private void print(PrintWriter err, boolean color, boolean warnings, boolean verbose, Map<Integer, List<Object>> steps) {
    {
      // a file with many warnings of one kind (a character no font has, found on every line) shows
      // the first few of them and a count of the rest, unless --verbose
      Map<String, Integer> shown = new java.util.HashMap<>();
      Map<String, Problem> hidden = new java.util.LinkedHashMap<>();
      Map<String, Integer> hiddenCount = new java.util.HashMap<>();
      for (Object entry : distinct(steps)) {
        if (entry instanceof Problem) {
          Problem problem = (Problem) entry;
          if (problem.isError()) {
            err.println(format(problem, color));
          } else if (warnings) {
            int count = shown.merge(problem.code(), 1, Integer::sum);
            if (verbose || count <= SAME_WARNINGS_SHOWN) {
              err.println(format(problem, color));
            } else {
              hidden.putIfAbsent(problem.code(), problem);
              hiddenCount.merge(problem.code(), 1, Integer::sum);
            }
          }
        } else if (verbose) {
          StringWriter trace = new StringWriter();
          ((Throwable) entry).printStackTrace(new PrintWriter(trace));
          err.print(trace);
        }
      }
      hidden.forEach((code, first) -> err.println(first.source() + ": " + Console.yellow("warning", color) + ": "
          + hiddenCount.get(code) + " more like the above (" + code + "); --verbose shows them all"));
    }
  }

  /** How many warnings of one kind a file shows before the rest are counted instead. */
  static final int SAME_WARNINGS_SHOWN = 5;

  /** One problem in the form compilers use, with the severity coloured on a terminal. */
  public static String format(Problem problem, boolean color) {
    String severity = problem.isError()
        ? Console.red(problem.severity().label(), color)
        : Console.yellow(problem.severity().label(), color);
    String text = problem.location() + ": " + severity + ": " + problem.message();
    return problem.hint().isEmpty() ? text : text + " (" + problem.hint() + ")";
  }

  private List<Object> entries(String group, int step) {
    return groups.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(step, s -> new ArrayList<>());
  }

  private static Set<Object> distinct(Map<Integer, List<Object>> steps) {
    Set<Object> result = new LinkedHashSet<>();
    steps.values().forEach(result::addAll);
    return result;
  }
}
