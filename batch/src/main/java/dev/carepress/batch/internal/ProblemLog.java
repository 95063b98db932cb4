package dev.carepress.batch.internal;

import dev.carepress.Problem;
import dev.carepress.Severity;
import dev.carepress.batch.BatchProblems;
import dev.carepress.batch.FileProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The problems of a run, grouped by file in a stable order whatever order the parallel tasks
 * finished in: groups in the order they were opened (the order of the inputs), and within a group
 * by the step that found them (reading first, then each format in turn). The same problem found by
 * two steps (an image without alt text, found by every renderer) counts once, and so does one kind
 * of problem two formats' steps report at the same place in their own words (an image neither can
 * use): the wording of the first step in order is kept. A renderer's problem without a
 * position is given one where it can be ({@link ProblemPositions}). Thread-safe.
 */
public final class ProblemLog {
  /** Step of reading the file. */
  public static final int READ = 0;

  // group -> step -> problems, each failure's exception right after its problem
  private final Map<String, Map<Integer, List<Object>>> groups = new LinkedHashMap<>();

  /** Opens a group (a file) so that it comes in this position even if its problems come later. */
  public synchronized void open(String group) {
    groups.computeIfAbsent(group, g -> new TreeMap<>());
  }

  /**
   * Adds a problem found by a step for a file. A problem whose source is another open group (an
   * article's problem reported while reading its book) goes to that group.
   */
  public synchronized void add(String group, int step, Problem problem) {
    Problem placed = step == READ ? problem : ProblemPositions.locate(problem);
    entries(route(group, placed), step).add(placed);
  }

  /** Adds problems found by a step for a file, each routed as by {@link #add(String, int, Problem)}. */
  public synchronized void addAll(String group, int step, List<Problem> problems) {
    problems.forEach(p -> add(group, step, p));
  }

  /** Adds an error and the exception behind it (for a stack trace). */
  public synchronized void add(String group, int step, Problem problem, Throwable cause) {
    List<Object> list = entries(group, step);
    list.add(step == READ ? problem : ProblemPositions.locate(problem));
    list.add(cause);
  }

  /**
   * Forgets what the steps after this one found for a group (an article a streamed run rendered
   * before it found another with its slug: a run that reads first never renders it).
   */
  public synchronized void forgetAfter(String group, int step) {
    Map<Integer, List<Object>> steps = groups.get(group);
    if (steps != null) {
      steps.keySet().removeIf(s -> s > step);
    }
  }

  /** The problems of the group, in order, without duplicates. */
  public synchronized List<Problem> problems(String group) {
    List<Problem> result = new ArrayList<>();
    for (Object entry : distinct(groups.getOrDefault(group, Map.of()))) {
      if (entry instanceof Problem) {
        result.add((Problem) entry);
      }
    }
    return result;
  }

  /** Whether the group has an error. */
  public synchronized boolean hasErrors(String group) {
    return problems(group).stream().anyMatch(Problem::isError);
  }

  /** Every group and its problems, as they stand. */
  public synchronized BatchProblems snapshot() {
    List<FileProblems> files = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, List<Object>>> group : groups.entrySet()) {
      List<Problem> problems = new ArrayList<>();
      Map<Problem, Throwable> causes = new HashMap<>();
      Problem last = null;
      for (Object entry : distinct(group.getValue())) {
        if (entry instanceof Problem) {
          last = (Problem) entry;
          problems.add(last);
        } else if (last != null) {
          causes.putIfAbsent(last, (Throwable) entry);
        }
      }
      files.add(new FileProblems(group.getKey(), problems, causes));
    }
    return new BatchProblems(files);
  }

  private String route(String group, Problem problem) {
    return !problem.source().equals(group) && groups.containsKey(problem.source()) ? problem.source() : group;
  }

  private List<Object> entries(String group, int step) {
    return groups.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(step, s -> new ArrayList<>());
  }

  /**
   * The entries of the steps in step order, each once; a renderer's problem of the kind and place of
   * one an earlier step reported is left out, with its exception.
   */
  private static Set<Object> distinct(Map<Integer, List<Object>> steps) {
    Set<Object> result = new LinkedHashSet<>();
    Map<Place, Integer> stepOfPlace = new HashMap<>();
    for (Map.Entry<Integer, List<Object>> step : steps.entrySet()) {
      boolean skipping = false;
      for (Object entry : step.getValue()) {
        if (entry instanceof Problem) {
          Problem problem = (Problem) entry;
          skipping = step.getKey() != READ && problem.line() > 0
              && stepOfPlace.computeIfAbsent(Place.of(problem), p -> step.getKey()) != step.getKey().intValue();
        }
        if (!skipping) {
          result.add(entry);
        }
      }
    }
    return result;
  }

  /** The kind and place of a problem: two steps' problems alike in these are one. */
  private record Place(Severity severity, String code, String source, int line, int column) {
    static Place of(Problem p) {
      return new Place(p.severity(), p.code(), p.source(), p.line(), p.column());
    }
  }
}
