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

/**
 * {@code carepress render}: articles to files, one per article and format, plus the site and the book.
 * Its options, help and parent are set by {@link CommandSpecs#render}.
 */
public final class RenderCommand implements Callable<Integer> {

  /** The page sizes {@code --page-size} offers (the PDF renderer checks the value). */
  public enum PageSize {
    /** ISO A4, 210 × 297 mm. */
    A4,
    /** US Letter, 8.5 × 11 in. */
    LETTER
  }

  // set by picocli from the command line (CommandSpecs#render)
  CarepressCommand parent;
  List<Path> inputs = new ArrayList<>();
  List<String> formats = new ArrayList<>();
  Path out;
  Path book;
  Path bilingual;
  PageSize pageSize;
  boolean largePrint;
  String baseUrl;
  List<String> settings = new ArrayList<>();
  Path clinic;
  String title;
  int jobs = Runtime.getRuntime().availableProcessors();
  boolean incremental;
  boolean strict;
  String shard;
  OutputOptions output;

  /** A command whose options {@link CommandSpecs#render} fills in. */
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
