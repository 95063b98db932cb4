package dev.carepress.cli.internal;

import dev.carepress.batch.Batch;
import dev.carepress.batch.BatchListener;
import dev.carepress.batch.BatchResult;
import dev.carepress.batch.FormatSettings;
import dev.carepress.batch.OutputFolderException;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code carepress book}: one book to an EPUB and/or a PDF booklet, and nothing else. */
@Command(
    name = "book",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    header = "Render a book as a whole: one EPUB, one PDF booklet.",
    description = {
      "Reads BOOK.yaml and its articles and writes the book alone, named by its slug: living-well.epub,"
          + " living-well.pdf. Unlike render --book it writes no article's own file and no site.",
      "",
      "An error in the book or any of its articles is reported as file:line:column: error: message (hint),"
          + " and no file is written."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # the example book as an EPUB and a PDF booklet, into out/",
      "  carepress book examples/book.yaml",
      "",
      "  # only the e-book, into books/",
      "  carepress book examples/book.yaml -f epub -o books",
      "",
      "Exit status: 0 the book was written; 2 bad usage, or the book could not be read or rendered."
    })
public final class BookCommand implements Callable<Integer> {
  private static final List<String> BOOK_FORMATS = List.of("epub", "pdf");

  @ParentCommand CarepressCommand parent;

  @Parameters(paramLabel = "BOOK.yaml", description = "The book: its metadata and the articles in order.")
  Path book;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
      description = "A format of the book: epub, pdf or another one on the class path that is not a site;"
          + " repeatable. Default: epub and pdf.")
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
      description = "The folder to write to, created if needed. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--page-size", paramLabel = "SIZE",
      description = "Paper size of the PDF booklet: ${COMPLETION-CANDIDATES}. Default: A4.")
  RenderCommand.PageSize pageSize;

  @Option(names = "--large-print", description = "A large-print booklet (bigger type, same content).")
  boolean largePrint;

  @Option(names = "--set", paramLabel = "[FORMAT.]KEY=VALUE",
      description = "A renderer setting, as for render; repeatable. carepress formats lists them.")
  List<String> settings = new ArrayList<>();

  @Option(names = "--clinic", paramLabel = "CLINIC.yaml",
      description = "The clinic's details (name, phone, address, web, logo, callUs), as for render: the PDF"
          + " booklet's footer line, the EPUB's title page. A --set of the same key wins.")
  Path clinic;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Read N articles at a time. Default: the number of processors (${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Mixin OutputOptions output;

  /** Made by picocli. */
  public BookCommand() {}

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    if (jobs < 1) {
      throw new UsageException("--jobs " + jobs + ": give 1 or more");
    }
    Context context = parent.context();
    Renderers renderers = context.renderers();
    List<RendererProvider> providers = FormatChoice.select(renderers, formats.isEmpty() ? defaults(renderers) : formats);
    rejectSites(renderers, providers);
    Map<String, Settings> formatSettings = settings(renderers, providers, context.console());
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out " + out + ": this is a file, not a folder");
    }
    Path bookFile = book.normalize();
    if (!Files.isRegularFile(bookFile)) {
      throw new UsageException(bookFile + ": " + (Files.exists(bookFile) ? "not a file" : "no such file"));
    }
    Batch.Builder batch = Batch.builder().book(bookFile).bookOnly(true).out(out).jobs(jobs).renderers(renderers)
        .reader(context.reading());
    formatSettings.forEach(batch::format);
    BatchResult result = run(batch.build());
    new RenderSummary(context.console(), output).print(result, start);
    return result.hasErrors() || result.book() != BatchResult.BookOutcome.RENDERED ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private static List<String> defaults(Renderers renderers) {
    List<String> found = BOOK_FORMATS.stream().filter(id -> renderers.formatIds().contains(id)).toList();
    if (found.isEmpty()) {
      throw new UsageException("no book format found (epub or pdf): give one with --format");
    }
    return found;
  }

  // A format that makes a site (HTML) has no one-file book; render --book makes the site of a book.
  private static void rejectSites(Renderers renderers, List<RendererProvider> providers) {
    for (RendererProvider provider : providers) {
      String id = provider.format().id();
      if (!BOOK_FORMATS.contains(id) && renderers.require(id, Settings.empty()).rendersSite()) {
        throw new UsageException("--format " + id + ": " + id + " makes a site, not one book file;"
            + " use carepress render --book for the book's site, or choose " + String.join(" or ", BOOK_FORMATS));
      }
    }
  }

  private Map<String, Settings> settings(Renderers renderers, List<RendererProvider> providers, Console console)
      throws IOException {
    FormatSettings chosen = new FormatSettings(renderers, providers);
    try {
      if (pageSize != null) {
        chosen.flag("--page-size " + pageSize, "pageSize", pageSize.name());
      }
      if (largePrint) {
        chosen.flag("--large-print", "largePrint", "true");
      }
      settings.forEach(chosen::set);
      if (clinic != null) {
        ClinicSettings.apply(ClinicSettings.read(clinic, console), settings, providers, chosen);
      }
      return chosen.build();
    } catch (SettingsException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private BatchResult run(Batch batch) throws IOException {
    try (Progress progress = new Progress(parent.context().console(), output.quiet(), PROGRESS_LABELS)) {
      return batch.run(progress);
    } catch (SettingsException e) {
      throw new UsageException(e.getMessage());
    } catch (OutputFolderException e) {
      throw new FailureException("cannot write to the output folder " + out + ": " + e.reason()
          + " (choose another with --out DIR)");
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static final Map<BatchListener.Phase, String> PROGRESS_LABELS =
      Map.of(BatchListener.Phase.READING, "reading  ", BatchListener.Phase.RENDERING, "rendering");
}
