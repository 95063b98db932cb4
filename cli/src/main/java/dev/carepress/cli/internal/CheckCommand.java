package dev.carepress.cli.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
          + " Writes no file: the report goes to standard output, as text or, with --json, as JSON."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  carepress check examples/articles",
      "  carepress check handouts/ --book handouts/book.yaml --json > report.json",
      "",
      "Exit status: 0 every article passed; 1 an article fell short of a check;",
      "2 bad usage, or an article could not be read or is invalid."
    })
public final class CheckCommand implements Callable<Integer> {
  @ParentCommand CarepressCommand parent;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Article files (.md, .markdown, .json) and folders of them.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--book", paramLabel = "BOOK.yaml", description = "Also check this book and its articles.")
  Path book;

  @Option(names = "--json", description = "Print the report as JSON for machines.")
  boolean json;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Read N articles at a time. Default: the number of processors (${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Mixin OutputOptions output;

  /** Made by picocli. */
  public CheckCommand() {}

  /** One article's outcome. */
  private static final class Outcome {
    final String name;
    boolean book;
    Optional<Article> article = Optional.empty();
    Optional<Review.Verdict> verdict = Optional.empty();

    Outcome(String name) {
      this.name = name;
    }
  }

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
    long start = System.nanoTime();
    Context context = parent.context();
    Console console = context.console();
    Review review = Review.none();
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
        Progress progress = Progress.start(console, output.quiet() || json, "checking", total, total)) {
      Future<Loaded<Book>> bookRead = book == null ? null : tasks.submit(() -> {
        Loaded<Book> loaded = Reads.book(context.reading(), book);
        progress.step();
        return loaded;
      });
      List<Future<Loaded<Article>>> reads = new ArrayList<>();
      for (Path file : found.files()) {
        reads.add(tasks.submit(() -> {
          Loaded<Article> loaded = Reads.article(context.reading(), file);
          progress.step();
          return loaded;
        }));
      }
      Set<Path> seen = new LinkedHashSet<>();
      for (int i = 0; i < reads.size(); i++) {
        Path file = found.files().get(i);
        Loaded<Article> loaded = Tasks.join(reads.get(i));
        InputFiles.realPath(file).ifPresent(seen::add);
        log.addAll(file.toString(), ProblemLog.READ, loaded.problems());
        outcomes.get(file.toString()).article = loaded.hasErrors() ? Optional.empty() : loaded.value();
      }
      if (bookRead != null) {
        Loaded<Book> loaded = Tasks.join(bookRead);
        log.addAll(book.toString(), ProblemLog.READ, loaded.problems());
        outcomes.computeIfAbsent(book.toString(), Outcome::new).book = true;
        if (loaded.value().isPresent()) {
          for (Article article : loaded.value().get().articles()) {
            Optional<Path> real = article.source().flatMap(InputFiles::realPath);
            if (real.isEmpty() || seen.add(real.get())) {
              String name = article.source().map(Path::toString).orElse(book + "#" + article.slug());
              outcomes.computeIfAbsent(name, Outcome::new).article = Optional.of(article);
            }
          }
        }
      }
      List<Future<?>> reviews = new ArrayList<>();
      for (Outcome outcome : outcomes.values()) {
        outcome.article.ifPresent(article -> reviews.add(tasks.submit(() -> {
          outcome.verdict = review.review(article);
          outcome.verdict.ifPresent(v -> log.addAll(outcome.name, 1, v.findings()));
          return null;
        })));
      }
      reviews.forEach(Tasks::join);
    }

    int articles = 0;
    int invalid = 0;
    int fellShort = 0;
    for (Outcome outcome : outcomes.values()) {
      if (outcome.book) {
        continue;
      }
      articles++;
      if (log.hasErrors(outcome.name)) {
        invalid++;
      } else if (outcome.verdict.isPresent() && !outcome.verdict.get().passed()) {
        fellShort++;
      }
    }
    if (json) {
      printJson(console.out(), outcomes, log, articles, invalid, fellShort);
    } else {
      printText(console, outcomes, log, articles, invalid, fellShort, start);
    }
    return log.errors() > 0 ? ExitCodes.INVALID : fellShort > 0 ? ExitCodes.FELL_SHORT : ExitCodes.OK;
  }

  private void printText(Console console, Map<String, Outcome> outcomes, ProblemLog log, int articles,
      int invalid, int fellShort, long start) {
    // the report is the result of this command: standard output, so it can be piped and saved
    PrintWriter out = console.out();
    log.print(out, console.colorOut(), !output.quiet(), output.verbose());
    for (Outcome outcome : outcomes.values()) {
      outcome.verdict.ifPresent(v -> {
        if (!v.text().isEmpty() && (!output.quiet() || !v.passed())) {
          out.println(v.text().stripTrailing());
        }
      });
    }
    if (!output.quiet()) {
      int passed = articles - invalid - fellShort;
      StringBuilder line = new StringBuilder(Words.count(articles, "article")).append(" checked: ");
      List<String> parts = new ArrayList<>();
      parts.add(passed + " passed");
      if (fellShort > 0) {
        parts.add(fellShort + " fell short");
      }
      if (invalid > 0) {
        parts.add(invalid + " invalid");
      }
      line.append(String.join(", ", parts));
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
      List<Problem> problems = log.problems(outcome.name);
      boolean valid = problems.stream().noneMatch(Problem::isError);
      json.beginObject().field("file", outcome.name);
      outcome.article.ifPresent(a -> json.field("slug", a.slug()).field("title", a.title()));
      json.field("valid", valid)
          .field("passed", valid && outcome.verdict.map(Review.Verdict::passed).orElse(true))
          .problems("problems", problems);
      outcome.verdict.ifPresent(v -> json.name("review").raw(v.json()));
      json.endObject();
    }
    json.endArray()
        .name("summary").beginObject()
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
