package dev.carepress.cli.internal;

import dev.carepress.Problem;
import dev.carepress.importer.FieldSource;
import dev.carepress.importer.HtmlArticleImporter;
import dev.carepress.importer.ImportResult;
import dev.carepress.importer.MissingField;
import dev.carepress.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code carepress import}: existing health web pages into Carepress articles. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    header = "Import saved health web pages as Carepress articles.",
    description = {
      "Reads each HTML page (saved from a browser or exported from a CMS) and writes it as an article,"
          + " DIR/<slug>.md (Markdown with front matter) or with --json DIR/<slug>.json. Metadata is taken"
          + " from JSON-LD, microdata, Open Graph and citation/Dublin Core meta tags, then the page itself;"
          + " navigation, ads, cookie notices, share buttons, comments and footers are left out.",
      "",
      "For each page a report says which fields were found and where, which were guessed, and which are"
          + " missing (e.g. 'no review date: add lastReviewed'). Images next to the page are copied beside"
          + " the article; images on the web stay links and are fetched only with --fetch-images."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  carepress import saved/asthma.html --out articles",
      "  carepress import saved/ --out articles --base-url https://health.example.org/asthma",
      "  carepress import page.html --out articles && carepress render articles",
      "",
      "Exit status: 0 every page was imported; 2 bad usage, or a page could not be read."
    })
public final class ImportCommand implements Callable<Integer> {
  @ParentCommand CarepressCommand parent;

  @Parameters(paramLabel = "PAGE", arity = "1..*", description = "HTML pages (.html, .htm) and folders of them.")
  List<Path> pages = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Where to write the articles.")
  Path out;

  @Option(names = "--json", description = "Write JSON (the model itself) instead of Markdown.")
  boolean json;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "The page's address on the web, for its relative links (a saved page has lost it).")
  String baseUrl;

  @Option(names = "--fetch-images", description = "Download images that are on the web into DIR (default: keep them as links).")
  boolean fetchImages;

  @Option(names = "--max-size", paramLabel = "MB",
      description = "Refuse a page larger than MB megabytes (MiB) rather than read it. Default: ${DEFAULT-VALUE}.")
  int maxSize = 16;

  @Mixin OutputOptions output;

  /** Made by picocli. */
  public ImportCommand() {}

  @Override
  public Integer call() throws IOException {
    if (baseUrl != null && !baseUrl.matches("(?i)https?://[^\\s/]+.*")) {
      throw new UsageException("--base-url " + baseUrl + ": give an absolute http or https address");
    }
    if (maxSize < 1 || maxSize > 1024) {
      throw new UsageException("--max-size " + maxSize + ": give a size from 1 to 1024 (megabytes)");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out " + out + ": this is a file, not a folder");
    }
    Console console = parent.context().console();
    PrintWriter report = console.out();
    PrintWriter err = console.err();
    HtmlArticleImporter importer = HtmlArticleImporter.builder().maxBytes((long) maxSize << 20).build();
    ImportWriting writing = new ImportWriting(out, json, fetchImages);
    int failed = 0;
    int done = 0;
    Set<String> slugs = new HashSet<>();
    for (Path page : expand(err)) {
      ImportResult result;
      try {
        result = importer.importPage(page, Optional.ofNullable(baseUrl));
      } catch (IOException e) {
        err.println(page + ": error: cannot read the page: " + CommandLines.reason(e));
        failed++;
        continue;
      }
      result.problems().stream().filter(p -> p.isError() || !output.quiet()).forEach(p -> err.println(p));
      if (result.article().isEmpty()) {
        failed++;
        continue;
      }
      try {
        ImportWriting.Written written = writing.write(result, page, slugs);
        written.problems().stream().filter(p -> p.isError() || !output.quiet()).forEach(p -> err.println(p));
        if (!output.quiet()) {
          report(report, page, written.file(), result);
        }
        done++;
      } catch (IOException e) {
        err.println(page + ": error: cannot write the article: " + CommandLines.reason(e));
        failed++;
      }
    }
    if (!output.quiet()) {
      err.println(Words.count(done, "page") + " imported" + (failed > 0 ? ", " + failed + " failed" : "") + " into " + out);
    }
    report.flush();
    err.flush();
    return failed > 0 || done == 0 ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private List<Path> expand(PrintWriter err) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : pages) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          files.addAll(walk.filter(Files::isRegularFile).filter(ImportCommand::isPage).sorted().collect(Collectors.toList()));
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        throw new UsageException(input + ": " + (Files.exists(input) ? "not a file"
            : Files.isSymbolicLink(input) ? "a symbolic link to nothing (or a loop of links)" : "no such file or folder"));
      }
    }
    return files;
  }

  private static boolean isPage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".html") || name.endsWith(".htm")) && !name.startsWith(".");
  }

  private static void report(PrintWriter out, Path page, Path file, ImportResult result) {
    out.println(page + " \u2192 " + file);
    List<FieldSource> stated = result.fields().stream().filter(f -> !f.guessed()).toList();
    if (!stated.isEmpty()) {
      out.println("  found:   " + stated.stream().map(f -> f.field() + " (" + f.origin().label() + ")")
          .collect(Collectors.joining(", ")));
    }
    if (!result.guessed().isEmpty()) {
      out.println("  guessed: " + result.guessed().stream().map(f -> f.field() + " (from " + f.detail() + ")")
          .collect(Collectors.joining(", ")) + " \u2014 check these");
    }
    for (MissingField missing : result.missing()) {
      out.println("  missing: " + missing.advice());
    }
  }


}
