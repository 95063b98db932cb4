package dev.carepress.cli.internal;

import dev.carepress.text.Suggestions;
import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Slugs;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * One {@code carepress render}: reads the inputs, renders every article in every format in
 * parallel into a staging folder, renders the site and the book, and moves into the output folder
 * the files of every article that rendered in all its formats.
 */
final class RenderRun {
  /** The format whose multi-article form is a site rather than a book. */
  private static final int SITE_STEP = 1000;
  private static final int BOOK_STEP = 2000;

  private final Context context;
  private final Console console;
  private final OutputOptions output;
  private final ProblemLog log = new ProblemLog();

  List<Path> inputs = List.of();
  List<String> formats = List.of();
  Path out;
  Optional<Path> book = Optional.empty();
  int jobs = 1;
  Optional<String> title = Optional.empty();
  List<String[]> flags = List.of();
  List<String> settings = List.of();

  RenderRun(Context context, OutputOptions output) {
    this.context = context;
    this.console = context.console();
    this.output = output;
  }

  /** One article to render. */
  private static final class Entry {
    final String name;
    final Article article;
    Staging.Batch batch;

    Entry(String name, Article article) {
      this.name = name;
      this.article = article;
    }
  }

  // set by the phases of run(), in order
  private List<RendererProvider> providers;
  private Map<String, Renderer> made;
  // the first format whose renderer makes a site of a folder (HTML), if one is rendered
  private String siteFormat;
  private InputFiles.Found found;
  private Tasks tasks;
  private Progress progress;
  private Staging staging;
  private List<Entry> entries = new ArrayList<>();
  private final Set<String> articleNames = new LinkedHashSet<>();
  private Optional<Book> theBook = Optional.empty();
  private String bookName = "";
  private Staging.Batch bookBatch;

  int run() throws IOException {
    long start = System.nanoTime();
    Renderers renderers = context.renderers();
    providers = selectFormats(renderers);
    Map<String, Settings> formatSettings = settingsOf(renderers, providers);
    if (inputs.isEmpty() && book.isEmpty()) {
      throw new UsageException("nothing to render: give article files or folders, or --book BOOK.yaml");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("--out " + out + ": this is a file, not a folder");
    }
    book.ifPresent(b -> {
      if (!Files.isRegularFile(b)) {
        throw new UsageException("--book " + b + ": " + (Files.exists(b) ? "not a file" : "no such file"));
      }
    });
    found = InputFiles.expand(inputs, Optional.of(out));
    found.files().forEach(f -> log.open(f.toString()));
    found.problems().forEach(p -> log.add(p.source(), ProblemLog.READ, p));
    int fileCount = found.files().size() + (book.isPresent() ? 1 : 0);
    try (Tasks pool = new Tasks(jobs);
        Progress bar = Progress.start(console, output.quiet(), "reading  ", fileCount, fileCount)) {
      tasks = pool;
      progress = bar;
      InputReading reading = InputReading.start(context.reading(), tasks, progress, found, book);
      // making the renderers (the PDF one loads fonts) overlaps with reading on the other threads
      made = makeRenderers(renderers, formatSettings);
      siteFormat = providers.stream().map(p -> p.format().id()).filter(id -> made.get(id).rendersSite())
          .findFirst().orElse(null);
      finishReading(reading);
      try (Staging stage = stagingIn(out)) {
        staging = stage;
        Optional<SiteResult> site = render();
        progress.close();
        commitAndReport(start, site);
      }
    }
    return log.errors() > 0 ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private static Staging stagingIn(Path out) {
    try {
      return Staging.in(out);
    } catch (IOException e) {
      throw new FailureException("cannot write to the output folder " + out + ": " + InputFiles.reason(e)
          + " (choose another with --out DIR)");
    }
  }

  private void finishReading(InputReading reading) {
    InputReading.Inputs inputs = reading.finish(log);
    for (InputReading.Item item : inputs.items()) {
      articleNames.add(item.name());
      item.article().ifPresent(article -> entries.add(new Entry(item.name(), article)));
    }
    theBook = inputs.book();
    bookName = book.map(Path::toString).orElse("");
    entries = withUniqueSlugs(entries);
    Set<String> slugs = new LinkedHashSet<>();
    entries.forEach(e -> slugs.add(e.article.slug()));
    theBook = theBook.filter(b -> bookSlugIsFree(b, slugs));
  }

  // Every article in every format and the book in parallel, each into its own staging batch; then
  // the site of the articles that rendered everywhere.
  private Optional<SiteResult> render() throws IOException {
    boolean site = siteFormat != null && (entries.size() >= 2 || theBook.isPresent());
    long bookFormats = providers.stream().filter(p -> !p.format().id().equals(siteFormat)).count();
    long articleFormats = site ? bookFormats : providers.size();
    progress.phase("rendering", (int) (entries.size() * articleFormats + (site ? 1 : 0)
        + (theBook.isPresent() ? bookFormats : 0)));
    List<Future<?>> renders = new ArrayList<>();
    for (Entry entry : entries) {
      entry.batch = staging.batch();
      int step = 0;
      for (RendererProvider provider : providers) {
        step++;
        if (site && provider.format().id().equals(siteFormat)) {
          continue;
        }
        Renderer renderer = made.get(provider.format().id());
        int formatStep = step;
        renders.add(submit(() -> renderArticle(entry, renderer, formatStep)));
      }
    }
    if (theBook.isPresent()) {
      bookBatch = staging.batch();
      int step = BOOK_STEP;
      for (RendererProvider provider : providers) {
        step++;
        if (!provider.format().id().equals(siteFormat)) {
          Renderer renderer = made.get(provider.format().id());
          int formatStep = step;
          renders.add(submit(() -> renderBook(theBook.get(), bookBatch, renderer, formatStep)));
        }
      }
    }
    Future<SiteResult> siteFuture = null;
    List<Entry> siteEntries = new ArrayList<>(entries);
    if (site) {
      Book siteBook = siteBook(siteEntries);
      siteFuture = tasks.submit(() -> {
        SiteResult result = renderSite(made.get(siteFormat), siteBook, siteEntries);
        progress.step();
        return result;
      });
    }
    renders.forEach(Tasks::join);
    if (!site) {
      return Optional.empty();
    }
    return Optional.of(settleSite(made.get(siteFormat), siteEntries, Tasks.join(siteFuture)));
  }

  private Future<?> submit(Runnable work) {
    return tasks.submit(() -> {
      work.run();
      progress.step();
      return null;
    });
  }

  // An article's files go into the output folder only if all its formats rendered.
  private void commitAndReport(long start, Optional<SiteResult> site) {
    List<String> written = new ArrayList<>();
    int rendered = 0;
    for (Entry entry : entries) {
      if (!log.hasErrors(entry.name) && commit(entry.batch, entry.name, written)) {
        rendered++;
      }
    }
    site.flatMap(s -> s.batch).ifPresent(batch -> commit(batch, out.toString(), written));
    boolean bookDone = theBook.isPresent() && !log.hasErrors(bookName) && commit(bookBatch, bookName, written);
    finish(start, rendered, articleNames.size(), bookDone, written);
  }

  // -- formats and settings

  private List<RendererProvider> selectFormats(Renderers renderers) {
    if (renderers.formatIds().isEmpty()) {
      throw new UsageException("no renderers found on the class path (add carepress-render-html, -pdf or -epub)");
    }
    if (formats.isEmpty()) {
      return renderers.providers();
    }
    Map<String, RendererProvider> chosen = new LinkedHashMap<>();
    for (String id : formats) {
      String format = id.strip().toLowerCase(java.util.Locale.ROOT);
      Optional<RendererProvider> provider = renderers.provider(format);
      if (provider.isEmpty()) {
        String suggestion = Suggestions.closest(format, renderers.formatIds()).map(s -> "; did you mean " + s + "?").orElse("");
        throw new UsageException("--format " + id + ": no such format" + suggestion
            + " (available: " + String.join(", ", renderers.formatIds()) + ")");
      }
      chosen.put(format, provider.get());
    }
    // the order of output and messages follows the format ids, not the order of the options
    return new ArrayList<>(new TreeMap<>(chosen).values());
  }

  // The keys are checked here, before anything is read; the values when the renderers are made.
  private Map<String, Settings> settingsOf(Renderers renderers, List<RendererProvider> providers) {
    FormatSettings formatSettings = new FormatSettings(renderers, providers);
    for (String[] flag : flags) {
      formatSettings.flag(flag[0], flag[1], flag[2]);
    }
    settings.forEach(formatSettings::set);
    return formatSettings.build();
  }

  private static Map<String, Renderer> makeRenderers(Renderers renderers, Map<String, Settings> formatSettings) {
    Map<String, Renderer> result = new LinkedHashMap<>();
    for (Map.Entry<String, Settings> e : formatSettings.entrySet()) {
      try {
        result.put(e.getKey(), renderers.require(e.getKey(), e.getValue()));
      } catch (SettingsException ex) {
        throw new UsageException(ex.getMessage());
      }
    }
    return result;
  }

  // -- inputs

  private List<Entry> withUniqueSlugs(List<Entry> entries) {
    Map<String, List<Entry>> bySlug = new HashMap<>();
    entries.forEach(e -> bySlug.computeIfAbsent(e.article.slug(), s -> new ArrayList<>()).add(e));
    List<Entry> unique = new ArrayList<>();
    for (Entry entry : entries) {
      List<Entry> same = bySlug.get(entry.article.slug());
      if (same.size() == 1) {
        unique.add(entry);
        continue;
      }
      List<String> others = new ArrayList<>();
      same.stream().filter(e -> e != entry).forEach(e -> others.add(e.name));
      log.add(entry.name, ProblemLog.READ, Problem.error("duplicate-slug", entry.name, 0, 0,
          "the slug '" + entry.article.slug() + "' is also the slug of " + String.join(", ", others)
              + "; both would be written to " + out.resolve(entry.article.slug()) + ".*",
          "give one of them another slug in its front matter (slug: ...)"));
    }
    return unique;
  }

  private boolean bookSlugIsFree(Book b, Set<String> slugs) {
    String slug = b.metadata().slug();
    boolean bookFormats = providers.stream().anyMatch(p -> !p.format().id().equals(siteFormat));
    if (bookFormats && slugs.contains(slug)) {
      log.add(bookName, ProblemLog.READ, Problem.error("duplicate-slug", bookName, 0, 0,
          "the book's slug '" + slug + "' is also the slug of one of its articles; both would be written to "
              + out.resolve(slug) + ".*",
          "give the book another slug in " + bookName + " (slug: ...)"));
      return false;
    }
    return true;
  }

  // -- rendering

  private void renderArticle(Entry entry, Renderer renderer, int step) {
    RenderContext renderContext = RenderContext.defaults().withWarnings(p -> log.add(entry.name, step, p));
    String file = entry.article.slug() + "." + renderer.format().extension();
    attempt(entry.name, step, renderer.format().id(),
        () -> entry.batch.write(file, stream -> renderer.render(entry.article, stream, renderContext)));
  }

  private void renderBook(Book b, Staging.Batch batch, Renderer renderer, int step) {
    RenderContext renderContext = RenderContext.defaults().withWarnings(p -> log.add(bookName, step, p));
    String file = b.metadata().slug() + "." + renderer.format().extension();
    attempt(bookName, step, renderer.format().id() + " book",
        () -> batch.write(file, stream -> renderer.renderBook(b, stream, renderContext)));
  }

  /** The site as rendered: its files, or the problems that stopped it. */
  private static final class SiteResult {
    Optional<Staging.Batch> batch = Optional.empty();
    List<Problem> problems = new ArrayList<>();
    Throwable failure;
  }

  private SiteResult renderSite(Renderer html, Book siteBook, List<Entry> siteEntries) {
    SiteResult result = new SiteResult();
    Map<String, String> groups = groupsBySource(siteEntries);
    Consumer<Problem> warnings = p -> log.add(groups.getOrDefault(p.source(), out.toString()), SITE_STEP, p);
    RenderContext renderContext = RenderContext.defaults().withWarnings(warnings);
    Staging.Batch batch;
    try {
      batch = staging.batch();
    } catch (IOException e) {
      result.problems.add(writeProblem(out.toString(), html.format().id(), e));
      return result;
    }
    try {
      html.renderSite(siteBook, batch.sink(), renderContext);
      result.batch = Optional.of(batch);
    } catch (ContentException e) {
      batch.drop();
      result.problems.addAll(e.problems());
      result.failure = e;
    } catch (IOException | RuntimeException e) {
      batch.drop();
      result.failure = e;
    }
    return result;
  }

  // The site holds every article that rendered in all formats. When it failed, or when an article in
  // it failed elsewhere, render it again without those articles; when it failed for no article we
  // can name, render each article's page alone to find the culprit.
  private SiteResult settleSite(Renderer html, List<Entry> siteEntries, SiteResult first) {
    SiteResult result = first;
    while (true) {
      Map<String, String> groups = groupsBySource(siteEntries);
      boolean blamed = false;
      for (Problem problem : result.problems) {
        String group = groups.get(problem.source());
        if (group != null) {
          log.add(group, SITE_STEP, problem);
          blamed = true;
        }
      }
      if (result.failure != null && !blamed) {
        blamed = probePages(html, siteEntries);
      }
      if (result.failure != null && !blamed) {
        Problem problem = result.problems.stream().findFirst()
            .orElse(Problem.error("render-failed", out.toString(), 0, 0,
                "the HTML site could not be rendered: " + message(result.failure), hintFor(result.failure)));
        log.add(out.toString(), SITE_STEP, problem, result.failure);
        return result;
      }
      List<Entry> remaining = new ArrayList<>();
      siteEntries.forEach(e -> {
        if (!log.hasErrors(e.name)) {
          remaining.add(e);
        }
      });
      if (remaining.size() == siteEntries.size() && result.failure == null) {
        return result;
      }
      result.batch.ifPresent(Staging.Batch::drop);
      siteEntries.clear();
      siteEntries.addAll(remaining);
      if (siteEntries.isEmpty()) {
        return new SiteResult();
      }
      progress.add(1);
      result = renderSite(html, siteBook(siteEntries), siteEntries);
      progress.step();
    }
  }

  private boolean probePages(Renderer html, List<Entry> siteEntries) {
    boolean blamed = false;
    for (Entry entry : siteEntries) {
      int before = log.problems(entry.name).size();
      attempt(entry.name, SITE_STEP, html.format().id(), () -> html.render(entry.article, OutputStream.nullOutputStream(),
          RenderContext.defaults()));
      blamed |= log.problems(entry.name).size() > before && log.hasErrors(entry.name);
    }
    return blamed;
  }

  private Book siteBook(List<Entry> siteEntries) {
    List<Article> articles = new ArrayList<>();
    siteEntries.forEach(e -> articles.add(e.article));
    BookMetadata metadata = theBook.map(Book::metadata).orElseGet(() -> {
      String siteTitle = title.orElse("Health articles");
      String language = articles.stream().map(Article::language).distinct().count() == 1
          ? articles.get(0).language() : "en";
      return new BookMetadata(siteTitle, Optional.empty(), Slugs.slugify(siteTitle), List.of(), Optional.empty(),
          language, Optional.empty(), Optional.empty());
    });
    return new Book(metadata, articles, theBook.flatMap(Book::source));
  }

  private static Map<String, String> groupsBySource(List<Entry> entries) {
    Map<String, String> groups = new HashMap<>();
    for (Entry entry : entries) {
      groups.put(entry.name, entry.name);
      entry.article.source().ifPresent(s -> groups.putIfAbsent(s.toString(), entry.name));
      groups.putIfAbsent(entry.article.slug(), entry.name);
    }
    return groups;
  }

  /** Something that writes output and may fail. */
  @FunctionalInterface
  private interface Work {
    void run() throws IOException;
  }

  // Runs one render, turning every failure into problems of the file: a ContentException carries
  // them, anything else becomes one error (with the stack trace for --verbose).
  private void attempt(String group, int step, String what, Work work) {
    try {
      work.run();
    } catch (ContentException e) {
      List<Problem> problems = e.problems();
      log.addAll(group, step, problems);
      if (problems.stream().noneMatch(Problem::isError)) {
        log.add(group, step, Problem.error("render-failed", group, 0, 0, what + " could not be rendered", ""), e);
      }
    } catch (IOException e) {
      log.add(group, step, writeProblem(group, what, e), e);
    } catch (RuntimeException | StackOverflowError e) {
      log.add(group, step, Problem.error("render-failed", group, 0, 0,
          "the " + what + " renderer failed: " + message(e), hintFor(e)), e);
    }
  }

  private Problem writeProblem(String group, String what, IOException e) {
    return Problem.error("write-failed", group, 0, 0, "cannot write the " + what + " output: " + InputFiles.reason(e),
        "check that " + out + " is writable and has free space");
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String hintFor(Throwable e) {
    return e instanceof dev.carepress.render.RenderException
        ? "run with --verbose for the details"
        : "this is a bug in the renderer: please report it with the output of --verbose";
  }

  // -- committing and the closing line

  private boolean commit(Staging.Batch batch, String group, List<String> written) {
    try {
      batch.commit();
      batch.files().forEach(f -> written.add(out.resolve(f).toString()));
      return true;
    } catch (IOException e) {
      log.add(group, ProblemLog.READ, writeProblem(group, "", e), e);
      return false;
    }
  }

  private void finish(long start, int rendered, int articles, boolean bookDone, List<String> written) {
    PrintWriter err = console.err();
    log.print(err, console.color(), !output.quiet(), output.verbose());
    if (output.verbose()) {
      written.stream().sorted().forEach(f -> err.println("wrote " + f));
    }
    if (output.quiet()) {
      err.flush();
      return;
    }
    StringBuilder line = new StringBuilder();
    line.append(rendered == articles ? Words.count(articles, "article") : rendered + " of " + Words.count(articles, "article"));
    if (book.isPresent() && bookDone) {
      line.append(" and the book");
    }
    line.append(' ').append(console.arrow()).append(' ').append(Words.count(written.size(), "file"))
        .append(" in ").append(Words.duration(System.nanoTime() - start));
    if (book.isPresent() && !bookDone) {
      line.append(" (the book was not rendered)");
    }
    String problems = Words.problems(log.errors(), log.warnings());
    if (!problems.isEmpty()) {
      line.append("; ").append(problems);
    }
    err.println(line);
    err.flush();
  }
}
