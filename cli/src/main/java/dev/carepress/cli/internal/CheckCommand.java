package dev.carepress.cli.internal;

import dev.carepress.Problem;
import dev.carepress.check.LiteracyChecks;
import dev.carepress.check.LiteracyReport;
import dev.carepress.model.Article;
import dev.carepress.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code carepress check}: is every article valid, and plain enough for patients? */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    header = "Check that articles are valid and plain enough for patients.",
    description = {
      "Reads every article and reports each problem as file:line:column: severity: message (hint)."
          + " Then checks each valid article's health literacy: its reading grade (Flesch-Kincaid and"
          + " SMOG; Fernandez-Huerta and INFLESZ for Spanish) and the structure checks of PEMAT-P and"
          + " the CDC Clear Communication Index.",
      "",
      "Each article gets one line: passed or fell short, with its reading level, then a line for each"
          + " check that failed: 'fail' for a required check (the article fell short), 'advice' for an"
          + " advisory one. --details prints the whole report: every check, its threshold, where the"
          + " threshold comes from and each place found. The report goes to standard output."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  carepress check examples/articles",
      "  carepress check handout.md --max-grade 6 --details",
      "  carepress check articles/ --html-report reports/     # a page per article",
      "  carepress check articles/ --json > report.json",
      "",
      "Exit status: 0 every article passed; 1 an article fell short of a required",
      "check; 2 bad usage, or an article could not be read or is invalid."
    })
public final class CheckCommand implements Callable<Integer> {
  @ParentCommand CarepressCommand parent;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Article files (.md, .markdown, .json) and folders of them.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--book", paramLabel = "BOOK.yaml", description = "Also check this book and its articles.")
  Path book;

  @Option(names = "--max-grade", paramLabel = "N",
      description = "The highest reading grade allowed (Flesch-Kincaid and SMOG). Default: 8, the NIH advice"
          + " for patient materials; 6 follows the AMA and AAFP.")
  Double maxGrade;

  @Option(names = "--strict", description = "Make every check required, so advice fails the article too.")
  boolean strict;

  @Option(names = "--details", description = "Print each article's whole report, not one line per check.")
  boolean details;

  @Option(names = "--html-report", paramLabel = "DIR",
      description = "Also write an HTML report per article, DIR/<slug>.check.html: the article with its"
          + " long sentences and hard words marked.")
  Path htmlReports;

  @Option(names = "--json", description = "Print the report as JSON for machines.")
  boolean json;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Check N articles at a time. Default: the number of processors (${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Mixin OutputOptions output;

  /** Made by picocli. */
  public CheckCommand() {}

  /** One input's outcome. */
  private static final class Outcome {
    final String name;
    boolean book;
    Optional<Article> article = Optional.empty();
    Optional<LiteracyReport> report = Optional.empty();

    Outcome(String name) {
      this.name = name;
    }
  }

  @Override
  public Integer call() throws IOException {
    if (inputs.isEmpty() && book == null) {
      throw new UsageException("nothing to check: give article files or folders, or --book BOOK.yaml");
    }
    if (jobs < 1) {
      throw new UsageException("--jobs " + jobs + ": give 1 or more");
    }
    if (book != null && !Files.isRegularFile(book)) {
      throw new UsageException("--book " + book + ": " + (Files.exists(book) ? "not a file" : "no such file"));
    }
    if (htmlReports != null && Files.exists(htmlReports) && !Files.isDirectory(htmlReports)) {
      throw new UsageException("--html-report " + htmlReports + ": this is a file, not a folder");
    }
    // normalized: the book reader compares article paths with the book's folder lexically
    book = book == null ? null : book.normalize();
    LiteracyChecks checks = literacyChecks();
    long start = System.nanoTime();
    Context context = parent.context();
    Console console = context.console();
    ProblemLog log = new ProblemLog();

    InputFiles.Found found = InputFiles.expand(inputs, Optional.empty());
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    found.problems().forEach(p -> {
      outcomes.computeIfAbsent(p.source(), Outcome::new);
      log.add(p.source(), ProblemLog.READ, p);
    });
    found.files().forEach(f -> {
      outcomes.put(f.toString(), new Outcome(f.toString()));
      log.open(f.toString());
    });
    int total = found.files().size() + (book != null ? 1 : 0);
    try (Tasks tasks = new Tasks(jobs);
        Progress progress = Progress.start(console, output.quiet() || json, "reading ", total, total)) {
      read(context, tasks, progress, found, outcomes, log);
      progress.phase("checking", (int) outcomes.values().stream().filter(o -> o.article.isPresent()).count());
      List<Future<?>> reviews = new ArrayList<>();
      for (Outcome outcome : outcomes.values()) {
        outcome.article.ifPresent(article -> {
          reviews.add(tasks.submit(() -> {
            outcome.report = Optional.of(checks.check(article));
            progress.step();
            return null;
          }));
        });
      }
      reviews.forEach(Tasks::join);
    }
    if (htmlReports != null) {
      writeHtmlReports(outcomes, log);
    }

    int articles = 0;
    int invalid = 0;
    int fellShort = 0;
    for (Outcome outcome : outcomes.values()) {
      if (!outcome.book) {
        articles++;
        if (log.hasErrors(outcome.name)) {
          invalid++;
        } else if (outcome.report.isPresent() && !outcome.report.get().passed()) {
          fellShort++;
        }
      }
    }
    if (json) {
      printJson(console.out(), outcomes, log, articles, invalid, fellShort);
    } else {
      printText(console, outcomes, log, articles, invalid, fellShort, start);
    }
    return log.errors() > 0 ? ExitCodes.INVALID : fellShort > 0 ? ExitCodes.FELL_SHORT : ExitCodes.OK;
  }

  private LiteracyChecks literacyChecks() {
    LiteracyChecks.Builder builder = LiteracyChecks.builder().strict(strict);
    if (maxGrade != null) {
      try {
        builder.maxGrade(maxGrade);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--max-grade " + formatGrade(maxGrade) + ": give a grade above 0 and up to 20");
      }
    }
    return builder.build();
  }

  private static String formatGrade(double grade) {
    return grade == Math.rint(grade) ? Long.toString((long) grade) : Double.toString(grade);
  }

  private void read(Context context, Tasks tasks, Progress progress, InputFiles.Found found,
      Map<String, Outcome> outcomes, ProblemLog log) {
    Optional<Path> bookFile = Optional.ofNullable(book);
    InputReading.Inputs read = InputReading.start(context.reading(), tasks, progress, found, bookFile).finish(log);
    bookFile.ifPresent(b -> outcomes.computeIfAbsent(b.toString(), Outcome::new).book = true);
    for (InputReading.Item item : read.items()) {
      outcomes.computeIfAbsent(item.name(), Outcome::new).article = item.article();
    }
  }

  private void writeHtmlReports(Map<String, Outcome> outcomes, ProblemLog log) {
    for (Outcome outcome : outcomes.values()) {
      if (outcome.report.isEmpty()) {
        continue;
      }
      LiteracyReport report = outcome.report.get();
      Path file = htmlReports.resolve(report.slug() + ".check.html");
      try {
        AtomicFiles.write(file, out -> out.write(report.toHtml().getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        log.add(outcome.name, 2, Problem.error("write-failed", outcome.name, 0, 0,
            "cannot write " + file + ": " + InputFiles.reason(e), "check that " + htmlReports + " is writable"));
      }
    }
  }

  private void printText(Console console, Map<String, Outcome> outcomes, ProblemLog log, int articles,
      int invalid, int fellShort, long start) {
    // the report is the result of this command: standard output, so it can be piped and saved
    PrintWriter out = console.out();
    boolean color = console.colorOut();
    log.print(out, color, !output.quiet(), output.verbose(), name -> {
      Outcome outcome = outcomes.get(name);
      if (outcome == null || outcome.report.isEmpty() || (output.quiet() && outcome.report.get().passed())) {
        return List.of();
      }
      LiteracyReport report = outcome.report.get();
      return details ? List.of(name + ":", report.toText().stripTrailing(), "") : LiteracyText.summary(name, report, color);
    });
    if (!output.quiet()) {
      List<String> parts = new ArrayList<>();
      parts.add((articles - invalid - fellShort) + " passed");
      if (fellShort > 0) {
        parts.add(fellShort + " fell short");
      }
      if (invalid > 0) {
        parts.add(invalid + " invalid");
      }
      StringBuilder line = new StringBuilder(Words.count(articles, "article")).append(" checked: ")
          .append(String.join(", ", parts));
      String problems = Words.problems(log.errors(), log.warnings());
      if (!problems.isEmpty()) {
        line.append("; ").append(problems);
      }
      line.append(" in ").append(Words.duration(System.nanoTime() - start));
      out.println(line);
    }
    out.flush();
  }

  private void printJson(PrintWriter out, Map<String, Outcome> outcomes, ProblemLog log, int articles,
      int invalid, int fellShort) {
    Json json = new Json().beginObject()
        .field("version", 1)
        .name("articles").beginArray();
    for (Outcome outcome : outcomes.values()) {
      if (outcome.book) {
        continue;
      }
      List<Problem> problems = log.problems(outcome.name);
      boolean valid = problems.stream().noneMatch(Problem::isError);
      json.beginObject().field("file", outcome.name);
      outcome.article.ifPresent(a -> json.field("slug", a.slug()).field("title", a.title()));
      json.field("valid", valid)
          .field("passed", valid && outcome.report.map(LiteracyReport::passed).orElse(true))
          .problems("problems", problems);
      outcome.report.ifPresent(r -> json.name("literacy").raw(r.toJson()));
      json.endObject();
    }
    json.endArray();
    Optional<Outcome> bookOutcome = outcomes.values().stream().filter(o -> o.book).findFirst();
    bookOutcome.ifPresent(b -> json.name("book").beginObject()
        .field("file", b.name)
        .field("valid", !log.hasErrors(b.name))
        .problems("problems", log.problems(b.name))
        .endObject());
    json.name("summary").beginObject()
        .field("articles", articles)
        .field("passed", articles - invalid - fellShort)
        .field("fellShort", fellShort)
        .field("invalid", invalid)
        .field("errors", log.errors())
        .field("warnings", log.warnings())
        .endObject()
        .endObject();
    out.println(json);
    out.flush();
  }
}
