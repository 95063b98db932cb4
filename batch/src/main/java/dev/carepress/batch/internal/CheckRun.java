package dev.carepress.batch.internal;

import dev.carepress.Problem;
import dev.carepress.batch.BatchListener;
import dev.carepress.batch.CheckBatchResult;
import dev.carepress.batch.CheckPlan;
import dev.carepress.batch.CheckedInput;
import dev.carepress.batch.InputReader;
import dev.carepress.check.LiteracyReport;
import dev.carepress.io.AtomicFiles;
import dev.carepress.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * One run of a check batch: reads the inputs, checks each valid article on the worker threads,
 * and writes the HTML reports if asked.
 */
public final class CheckRun {
  /** The step of a report that could not be written: after reading and checking. */
  private static final int REPORT_STEP = 2;

  private final CheckPlan plan;
  private final ProblemLog log = new ProblemLog();
  // every input by name, in the order of the problem log's groups
  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

  /** One input's outcome, filled in as the run goes. */
  private static final class Outcome {
    final String name;
    boolean book;
    Optional<Article> article = Optional.empty();
    Optional<LiteracyReport> report = Optional.empty();

    Outcome(String name) {
      this.name = name;
    }

    CheckedInput value() {
      return new CheckedInput(name, book, article, report);
    }
  }

  private CheckRun(CheckPlan plan) {
    this.plan = plan;
  }

  /** Runs the plan. */
  public static CheckBatchResult run(CheckPlan plan, InputReader reader, BatchListener listener) {
    return new CheckRun(plan).run(reader, listener);
  }

  private CheckBatchResult run(InputReader reader, BatchListener listener) {
    InputFiles.Found found = InputFiles.expand(plan.inputs(), Optional.empty());
    found.problems().forEach(p -> {
      outcomes.computeIfAbsent(p.source(), Outcome::new);
      log.add(p.source(), ProblemLog.READ, p);
    });
    found.files().forEach(f -> {
      outcomes.put(f.toString(), new Outcome(f.toString()));
      log.open(f.toString());
    });
    int total = found.files().size() + (plan.book().isPresent() ? 1 : 0);
    try (Tasks tasks = new Tasks(plan.jobs())) {
      listener.started(BatchListener.Phase.READING, total);
      read(InputReading.start(reader, tasks, listener, found, plan.book()));
      listener.started(BatchListener.Phase.CHECKING,
          (int) outcomes.values().stream().filter(o -> o.article.isPresent()).count());
      List<Future<?>> reviews = new ArrayList<>();
      for (Outcome outcome : outcomes.values()) {
        outcome.article.ifPresent(article -> reviews.add(tasks.submit(() -> {
          outcome.report = Optional.of(plan.checks().check(article));
          listener.stepDone();
          return null;
        })));
      }
      reviews.forEach(Tasks::join);
    }
    plan.htmlReports().ifPresent(this::writeHtmlReports);
    List<CheckedInput> inputs = new ArrayList<>();
    outcomes.values().forEach(o -> inputs.add(o.value()));
    return new CheckBatchResult(inputs, log.snapshot());
  }

  private void read(InputReading reading) {
    InputReading.Inputs read = reading.finish(log);
    plan.book().ifPresent(b -> outcomes.computeIfAbsent(b.toString(), Outcome::new).book = true);
    for (InputReading.Item item : read.items()) {
      outcomes.computeIfAbsent(item.name(), Outcome::new).article = item.article();
    }
  }

  private void writeHtmlReports(Path folder) {
    for (Outcome outcome : outcomes.values()) {
      if (outcome.report.isEmpty()) {
        continue;
      }
      LiteracyReport report = outcome.report.get();
      Path file = folder.resolve(report.slug() + ".check.html");
      try {
        AtomicFiles.write(file, out -> out.write(report.toHtml().getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        log.add(outcome.name, REPORT_STEP, Problem.error("write-failed", outcome.name, 0, 0,
            "cannot write " + file + ": " + InputFiles.reason(e), "check that " + folder + " is writable"));
      }
    }
  }
}
