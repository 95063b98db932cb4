package dev.carepress.batch;

import dev.carepress.batch.internal.FormatRenderers;
import dev.carepress.batch.internal.RenderRun;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a set of articles, and a book, in several formats into a folder, as {@code carepress
 * render} does: every article in every format, in parallel; with two or more articles (or a book)
 * a format that makes sites (HTML) makes one site of them all; the book in each other format.
 *
 * <pre>{@code
 * BatchResult result = Batch.builder()
 *     .input(Path.of("articles"))
 *     .format("html").format("pdf", Settings.of(Map.of("pageSize", "LETTER")))
 *     .out(Path.of("site"))
 *     .build()
 *     .run();
 * result.problems().all().forEach(p -> System.err.println(p.location() + ": " + p.message()));
 * }</pre>
 *
 * <p>Everything is written into a hidden staging folder inside the output folder first; an
 * article's files are moved into place, one atomic move a file, as soon as it rendered in all its
 * formats, so a batch killed part way keeps every article it finished, a failed article leaves no
 * file behind, and no file is ever half-written. (The site's pages are one render, moved into
 * place at the end; an article that another format's failure, found later, takes out of the site
 * has its files removed again.) The same plan and inputs give
 * the same files, byte for byte, whatever {@code jobs} is.
 *
 * <p>Renderers are found through the {@link Renderers} given (by default those on the class path)
 * and made on the first {@link #run()}, while the inputs are read; a batch keeps them for later
 * runs, so running it again (after a file changed) costs only the reading and rendering. A batch
 * is immutable apart from that and may be run from several threads.
 */
public final class Batch {
  private final BatchPlan plan;
  private final Renderers registry;
  private final InputReader reader;
  private final FormatRenderers renderers;
  private final boolean incremental;

  private Batch(BatchPlan plan, Renderers renderers, InputReader reader, boolean incremental) {
    this.plan = plan;
    this.registry = renderers;
    this.reader = reader;
    this.incremental = incremental;
    this.renderers = new FormatRenderers(renderers, plan.formats());
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this batch's plan, renderers and reader, to make a batch that differs a little. */
  public Builder toBuilder() {
    Builder builder = builder().inputs(plan.inputs()).out(plan.out()).jobs(plan.jobs()).renderers(registry)
        .reader(reader).incremental(incremental);
    plan.book().ifPresent(builder::book);
    plan.siteTitle().ifPresent(builder::siteTitle);
    plan.formats().forEach(f -> builder.format(f.formatId(), f.settings()));
    return builder.shard(plan.shard()).bookOnly(plan.bookOnly());
  }

  /** What the batch does. */
  public BatchPlan plan() {
    return plan;
  }

  /**
   * Runs the batch.
   *
   * @throws dev.carepress.render.UnknownFormatException if a format of the plan has no renderer
   * @throws dev.carepress.render.SettingsException if a format's settings cannot be used
   * @throws OutputFolderException if the output folder cannot be written at all
   */
  public BatchResult run() {
    return run(BatchListener.none());
  }

  /** Runs the batch, telling the listener how far it is; throws as {@link #run()} does. */
  public BatchResult run(BatchListener listener) {
    return RenderRun.run(plan, reader, renderers, Objects.requireNonNull(listener, "listener"), incremental);
  }

  /** Whether the batch renders only what changed since its last run into the same folder. */
  public boolean incremental() {
    return incremental;
  }

  /** Builds a {@link Batch}. Not thread-safe. */
  public static final class Builder {
    private final List<Path> inputs = new ArrayList<>();
    private Optional<Path> book = Optional.empty();
    private final List<FormatPlan> formats = new ArrayList<>();
    private Path out;
    private int jobs = Runtime.getRuntime().availableProcessors();
    private Optional<String> siteTitle = Optional.empty();
    private Renderers renderers;
    private InputReader reader = InputReader.standard();
    private boolean incremental;
    private Shard shard = Shard.ALL;
    private boolean bookOnly;

    private Builder() {}

    /** Adds an article file or a folder of them. */
    public Builder input(Path input) {
      inputs.add(Objects.requireNonNull(input, "input"));
      return this;
    }

    /** Adds article files and folders of them. */
    public Builder inputs(Collection<Path> more) {
      more.forEach(this::input);
      return this;
    }

    /** A book to render as a whole, whose articles are added to the inputs. Default: none. */
    public Builder book(Path bookFile) {
      this.book = Optional.of(bookFile);
      return this;
    }

    /** Adds a format, with its default settings. Default: every format of the renderers. */
    public Builder format(String formatId) {
      return format(formatId, Settings.empty());
    }

    /** Adds a format with these settings. */
    public Builder format(String formatId, Settings settings) {
      formats.add(FormatPlan.of(formatId, settings));
      return this;
    }

    /** The folder to write to, created if needed. Required. */
    public Builder out(Path folder) {
      this.out = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /** How many articles are read and rendered at a time. Default: the number of processors. */
    public Builder jobs(int threads) {
      this.jobs = threads;
      return this;
    }

    /**
     * The title of the site's index page when there is no book. Default: "Health articles", in the
     * articles' language when they share one.
     */
    public Builder siteTitle(String title) {
      this.siteTitle = Optional.of(title);
      return this;
    }

    /** Renders only this part of the batch (see {@link Shard}). Default: {@link Shard#ALL}. */
    public Builder shard(Shard part) {
      this.shard = Objects.requireNonNull(part, "part");
      return this;
    }

    /**
     * Whether only the book is rendered, in each format that is not a site: no article's own file,
     * no site. Needs a {@link #book(Path)}. Default: false.
     */
    public Builder bookOnly(boolean only) {
      this.bookOnly = only;
      return this;
    }

    /** Where renderers are found. Default: {@link Renderers#discover()}, when the batch is built. */
    public Builder renderers(Renderers registry) {
      this.renderers = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /** How inputs are read. Default: {@link InputReader#standard()}. */
    public Builder reader(InputReader inputReader) {
      this.reader = Objects.requireNonNull(inputReader, "inputReader");
      return this;
    }

    /**
     * Whether to render only what changed since the last incremental run into the same folder.
     * Default: false, everything is rendered.
     *
     * <p>An incremental run keeps a manifest, {@code .carepress-manifest}, in the output folder: the
     * fingerprint (checksums) of each article file and its local images, of the book, of the settings,
     * the reader and the Carepress and renderer versions, the files each wrote, and what the site's
     * other pages need of each article (slug, title, language, category, summary, image sources).
     * The next incremental run does not read an article file that is unchanged (with the standard
     * reader, strict or not, and no book), so its warnings are not repeated; it renders only articles
     * whose fingerprint changed or whose files are missing; of the site, when only articles' content
     * changed, just their pages and the index, category pages, stylesheet and images (from the other
     * articles' records), and the whole site, every article read, when the order, slugs, categories,
     * languages or images of its articles changed; the book when it or an article of it changed, and
     * everything when a setting or a version changed. It writes only the site files whose bytes
     * differ and removes the files of articles that are gone. Its output folder then holds exactly
     * the files a full run into an empty folder would, and {@link BatchResult#nothingChanged()} says
     * when it had nothing to do.
     *
     * <p>The manifest is written at the end of the run; meanwhile each article whose files are in
     * place is appended to a journal, {@code .carepress-manifest.journal}, so that after a run
     * killed part way the next one renders only what the killed one had not finished. An
     * incremental batch cannot be a {@link #shard(Shard)} other than {@link Shard#ALL}, nor
     * {@link #bookOnly(boolean)}: the manifest describes the whole output folder.
     */
    public Builder incremental(boolean onlyChanges) {
      this.incremental = onlyChanges;
      return this;
    }

    /**
     * The batch.
     *
     * @throws IllegalArgumentException if there is nothing to render, no output folder, no format
     *     (and no renderer to take every format from), fewer than one job, only the book to
     *     render and no book, or an incremental batch that is a shard or renders only the book
     */
    public Batch build() {
      if (out == null) {
        throw new IllegalArgumentException("no output folder: call out(Path)");
      }
      Renderers registry = renderers != null ? renderers : Renderers.discover();
      List<FormatPlan> planned = new ArrayList<>(formats);
      if (planned.isEmpty()) {
        registry.formatIds().forEach(id -> planned.add(FormatPlan.of(id)));
      }
      if (incremental && !shard.isAll()) {
        throw new IllegalArgumentException("an incremental batch cannot be a shard (" + shard
            + "): the manifest records the whole output folder; render the shards in full");
      }
      if (incremental && bookOnly) {
        throw new IllegalArgumentException(
            "an incremental batch cannot render only the book: the manifest records the whole output folder");
      }
      return new Batch(new BatchPlan(inputs, book, planned, out, jobs, siteTitle, shard, bookOnly), registry, reader,
          incremental);
    }
  }
}
