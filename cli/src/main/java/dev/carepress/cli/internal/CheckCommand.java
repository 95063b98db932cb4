package dev.carepress.cli.internal;

import dev.carepress.batch.BatchListener;
import dev.carepress.batch.CheckBatch;
import dev.carepress.batch.CheckBatchResult;
import dev.carepress.batch.CheckedInput;
import dev.carepress.check.LiteracyChecks;
import dev.carepress.check.LiteracyReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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

  @Override
  public Integer call() {
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
    CheckBatch.Builder batch = CheckBatch.builder().inputs(inputs).checks(literacyChecks()).jobs(jobs)
        .reader(parent.context().reading());
    Optional.ofNullable(book).ifPresent(batch::book);
    Optional.ofNullable(htmlReports).ifPresent(batch::htmlReports);
    long start = System.nanoTime();
    Console console = parent.context().console();
    CheckBatchResult result;
    try (Progress progress = new Progress(console, output.quiet() || json, PROGRESS_LABELS)) {
      result = batch.build().run(progress);
    }
    if (json) {
      console.out().println(CheckJson.write(result));
      console.out().flush();
    } else {
      printText(console, result, start);
    }
    return result.problems().errors() > 0 ? ExitCodes.INVALID
        : result.fellShort() > 0 ? ExitCodes.FELL_SHORT : ExitCodes.OK;
  }

  private static final Map<BatchListener.Phase, String> PROGRESS_LABELS =
      Map.of(BatchListener.Phase.READING, "reading ", BatchListener.Phase.CHECKING, "checking");

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

  // The report is the result of this command: standard output, so it can be piped and saved.
  private void printText(Console console, CheckBatchResult result, long start) {
    PrintWriter out = console.out();
    boolean color = console.colorOut();
    Map<String, CheckedInput> byName = new HashMap<>();
    result.inputs().forEach(i -> byName.put(i.file(), i));
    new ProblemPrinter(out, color, !output.quiet(), output.verbose()).print(result.problems(), name -> {
      Optional<LiteracyReport> report = Optional.ofNullable(byName.get(name)).flatMap(CheckedInput::report);
      if (report.isEmpty() || (output.quiet() && report.get().passed())) {
        return List.of();
      }
      return details ? List.of(name + ":", report.get().toText().stripTrailing(), "")
          : LiteracyText.summary(name, report.get(), color);
    });
    if (!output.quiet()) {
      out.println(closingLine(result, start));
    }
    out.flush();
  }

  private static String closingLine(CheckBatchResult result, long start) {
    List<String> parts = new ArrayList<>();
    parts.add(result.passed() + " passed");
    if (result.fellShort() > 0) {
      parts.add(result.fellShort() + " fell short");
    }
    if (result.invalid() > 0) {
      parts.add(result.invalid() + " invalid");
    }
    StringBuilder line = new StringBuilder(Words.count(result.articles(), "article")).append(" checked: ")
        .append(String.join(", ", parts));
    String problems = Words.problems(result.problems().errors(), result.problems().warnings());
    if (!problems.isEmpty()) {
      line.append("; ").append(problems);
    }
    return line.append(" in ").append(Words.duration(System.nanoTime() - start)).toString();
  }
}
