package dev.carepress.cli.internal;

import dev.carepress.batch.Batch;
import dev.carepress.batch.BatchListener;
import dev.carepress.batch.BatchResult;
import dev.carepress.batch.FormatSettings;
import dev.carepress.batch.OutputFolderException;
import dev.carepress.batch.Shard;
import dev.carepress.render.Renderer;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code carepress render}: articles to files, one per article and format, plus the site and the book. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    header = "Render articles to HTML, PDF and EPUB.",
    description = {
      "Each article becomes one file per format in the output folder, named by its slug: asthma.html,"
          + " asthma.pdf, asthma.epub. With two or more articles (or a --book) the HTML is a static site: a page per article,"
          + " index.html, a page per category and the shared stylesheet, related articles linked.",
      "",
      "--book BOOK.yaml also renders the book as a whole (an EPUB and a PDF booklet named by the book's"
          + " slug) and adds its articles to the inputs (a file listed twice is read once).",
      "",
      "Folders are searched for *.md, *.markdown and *.json in sorted order, skipping hidden files and"
          + " the output folder; links are followed only to files inside the folder.",
      "",
      "An article with errors is reported as file:line:column: error: message (hint) and leaves no file"
          + " behind, not even the formats that worked; the others are still rendered. The output is the"
          + " same, byte for byte, whatever --jobs is."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  # the bundled examples: HTML site, PDF handouts, EPUB and PDF book",
      "  carepress render examples/articles --book examples/book.yaml",
      "",
      "  # one large-print handout on US Letter paper, into handouts/",
      "  carepress render asthma.md -f pdf --page-size LETTER --large-print -o handouts",
      "",
      "  # a setting for one format, and one for every format that has it",
      "  carepress render articles/ --set epub.tocDepth=1 --set pageSize=LETTER",
      "",
      "  # the second quarter of a large library (run 1/4 to 4/4 on four machines, same --out)",
      "  carepress render library/ --shard 2/4 -o site",
      "",
      "  # handouts with the clinic's name, phone, logo and \"Call us if...\" from its file",
      "  carepress render articles/ -f pdf --clinic clinic.yaml",
      "",
      "  # one bilingual handout, English beside Spanish: out/hand-washing.en-es.pdf",
      "  carepress render hand-washing.md --bilingual lavarse-las-manos.md",
      "",
      "Exit status: 0 all rendered; 2 bad usage, or an article could not be read",
      "or rendered (its problems are listed, the others are written)."
    })
public final class RenderCommand implements Callable<Integer> {

  /** The page sizes {@code --page-size} offers (the PDF renderer checks the value). */
  public enum PageSize {
    /** ISO A4, 210 × 297 mm. */
    A4,
    /** US Letter, 8.5 × 11 in. */
    LETTER
  }

  @ParentCommand CarepressCommand parent;

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Article files (.md, .markdown, .json) and folders of them.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
      description = "A format to render: html, pdf, epub or another one on the class path;"
          + " repeatable. Default: every format found (see carepress formats).")
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
      description = "The folder to write to, created if needed. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--book", paramLabel = "BOOK.yaml",
      description = "Also render this book as a whole (EPUB, PDF booklet) and add its articles to the inputs.")
  Path book;

  @Option(names = "--bilingual", paramLabel = "OTHER.md",
      description = "Pair the one ARTICLE with its translation OTHER.md in one bilingual PDF handout, each"
          + " section beside its translation (section after section in large print), written as"
          + " <slug>.<lang>-<other lang>.pdf (e.g. hand-washing.en-es.pdf). PDF only; not with a folder or --book.")
  Path bilingual;

  @Option(names = "--page-size", paramLabel = "SIZE",
      description = "Paper size of PDF handouts: ${COMPLETION-CANDIDATES}. Default: A4.")
  PageSize pageSize;

  @Option(names = "--large-print", description = "Large-print handouts (bigger type, same content).")
  boolean largePrint;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "The URL the site is published at: canonical links in HTML, the footer of PDF handouts.")
  String baseUrl;

  @Option(names = "--set", paramLabel = "[FORMAT.]KEY=VALUE",
      description = "A renderer setting: FORMAT.KEY=VALUE for one format, KEY=VALUE for every format"
          + " rendered that has KEY; repeatable. carepress formats lists them.")
  List<String> settings = new ArrayList<>();

  @Option(names = "--clinic", paramLabel = "CLINIC.yaml",
      description = "The clinic's details (name, phone, address, web, logo, callUs) for every format that shows"
          + " them: the PDF handout's box and footer, the HTML page's publisher, the EPUB's title page."
          + " A --set of the same key wins.")
  Path clinic;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "The title of the site's index page when there is no --book. Default: Health articles.")
  String title;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Render N articles at a time. Default: the number of processors (${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--incremental",
      description = "Render only what changed since the last --incremental run into the same folder (a manifest,"
          + " .carepress-manifest, records each output's inputs); remove the files of deleted articles.")
  boolean incremental;

  @Option(names = "--strict",
      description = "Fail an article or book that has a warning, as if it were an error (for CI).")
  boolean strict;

  @Option(names = "--shard", paramLabel = "K/N",
      description = "Render only part K of N (1 <= K <= N), chosen by a hash of each input's path, so that N"
          + " machines can share a batch: shard 1 also writes the site's index, category pages, stylesheet,"
          + " images and the book. The N parts together are the files of the whole run. Not with --incremental.")
  String shard;

  @Mixin OutputOptions output;

  /** Made by picocli. */
  public RenderCommand() {}

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    if (jobs < 1) {
      throw new UsageException("--jobs " + jobs + ": give 1 or more");
    }
    Context context = parent.context();
    Renderers renderers = context.renderers();
    if (bilingual != null) {
      return bilingual(context, renderers);
    }
    Map<String, Settings> formatSettings =
        settings(renderers, FormatChoice.select(renderers, formats), context.console());
    if (inputs.isEmpty() && book == null) {
      throw new UsageException("nothing to render: give article files or folders, or --book BOOK.yaml");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out " + out + ": this is a file, not a folder");
    }
    // normalized: the book reader compares article paths with the book's folder lexically
    Optional<Path> bookFile = Optional.ofNullable(book).map(Path::normalize);
    bookFile.ifPresent(b -> {
      if (!Files.isRegularFile(b)) {
        throw new UsageException("--book " + b + ": " + (Files.exists(b) ? "not a file" : "no such file"));
      }
    });
    Batch.Builder batch = Batch.builder().inputs(inputs).out(out).jobs(jobs).renderers(renderers)
        .reader(strict ? context.reading().strict() : context.reading()).incremental(incremental).shard(shard());
    bookFile.ifPresent(batch::book);
    Optional.ofNullable(title).ifPresent(batch::siteTitle);
    formatSettings.forEach(batch::format);
    BatchResult result = run(batch.build(), context.console());
    new RenderSummary(context.console(), output).print(result, start);
    return result.hasErrors() ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private int bilingual(Context context, Renderers renderers) throws IOException {
    BilingualRender.checkUsage(inputs, bilingual, formats, book, shard);
    List<RendererProvider> pdf = FormatChoice.select(renderers, List.of(BilingualRender.PDF));
    Settings pdfSettings = settings(renderers, pdf, context.console())
        .getOrDefault(BilingualRender.PDF, Settings.empty());
    Renderer renderer;
    try {
      renderer = renderers.require(BilingualRender.PDF, pdfSettings);
    } catch (SettingsException e) {
      throw new UsageException(e.getMessage());
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out " + out + ": this is a file, not a folder");
    }
    return new BilingualRender(context.console(), output, strict)
        .run(strict ? context.reading().strict() : context.reading(), inputs.get(0), bilingual, renderer, out);
  }

  private Shard shard() {
    try {
      if (shard != null && incremental) {
        throw new UsageException("--shard " + shard + " and --incremental: an incremental run keeps one manifest"
            + " of the whole output folder, so shards are rendered in full; drop one of the two");
      }
      return shard == null ? Shard.ALL : Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--shard " + shard + ": " + e.getMessage());
    }
  }

  // The keys are checked here, before anything is read; the values when the batch makes the renderers.
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
      if (baseUrl != null) {
        chosen.flag("--base-url " + baseUrl, "baseUrl", baseUrl);
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

  private BatchResult run(Batch batch, Console console) throws IOException {
    try (Progress progress = new Progress(console, output.quiet(), PROGRESS_LABELS)) {
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
