package dev.carepress.batch.internal;

import dev.carepress.batch.BatchListener;
import dev.carepress.batch.BatchPlan;
import dev.carepress.batch.BatchResult;
import dev.carepress.batch.InputReader;
import dev.carepress.batch.OutputFolderException;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run of a render batch: reads the inputs while the renderers are made, renders every article
 * in every format, the site and the book in parallel, each into a staging batch of its own, and
 * moves into the output folder the files of each article as soon as it rendered in all its formats
 * (so a run killed part way keeps what it finished; its site page too, {@link EarlyPages}), then the
 * site and the book.
 */
public final class RenderRun {
  private final BatchPlan plan;
  private final InputReader reader;
  private final FormatRenderers formats;
  private final BatchListener listener;
  private final boolean incremental;
  private final ProblemLog log = new ProblemLog();
  private final Attempts attempts;
  private final Set<Staging.Batch> committed = ConcurrentHashMap.newKeySet();
  /** Of an incremental run, once planned: where articles in place are journalled. */
  private volatile Optional<Incremental> journal = Optional.empty();

  private RenderRun(BatchPlan plan, InputReader reader, FormatRenderers formats, BatchListener listener,
      boolean incremental) {
    this.plan = plan;
    this.reader = reader;
    this.formats = formats;
    this.listener = listener;
    this.incremental = incremental;
    this.attempts = new Attempts(log, plan.out());
  }

  /**
   * Runs the plan.
   *
   * @throws OutputFolderException if the output folder cannot be written at all
   * @throws UncheckedIOException if the staging folder fails part way
   */
  public static BatchResult run(BatchPlan plan, InputReader reader, FormatRenderers formats,
      BatchListener listener) {
    return run(plan, reader, formats, listener, false);
  }

  /**
   * Runs the plan; incrementally (see {@link Incremental}) if asked, keeping a manifest in the
   * output folder.
   *
   * @throws OutputFolderException if the output folder cannot be written at all
   * @throws UncheckedIOException if the staging folder fails part way
   */
  public static BatchResult run(BatchPlan plan, InputReader reader, FormatRenderers formats,
      BatchListener listener, boolean incremental) {
    return new RenderRun(plan, reader, formats, listener, incremental).run();
  }

  /**
   * What was read: the articles to render, every article input's name, the book if it can be
   * rendered, and the inputs an incremental run found unchanged and did not read (their entries
   * hold stand-ins).
   */
  private record Inputs(List<Entry> entries, List<String> articleNames, Optional<Book> book, Set<String> standIns) {}

  private BatchResult run() {
    if (StreamedBookRun.fits(plan, incremental)) { // only a book: its articles are read as it is written
      try (Tasks tasks = new Tasks(plan.jobs()); Staging staging = stagingIn(plan.out())) {
        return new StreamedBookRun(plan, reader, log, listener).run(formats::get, tasks, staging);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // an incremental run does not read a file that is as the manifest records it (not with a book,
    // whose reader reads its articles; nor with a reader that might read more than the file); the
    // manifest is read while the input files are found
    Optional<UnchangedInputs> unchanged = incremental && plan.book().isEmpty()
        && Fingerprints.reader(reader).isPresent() ? UnchangedInputs.in(plan.out()) : Optional.empty();
    InputFiles.Found found = InputFiles.expand(plan.inputs(), Optional.of(plan.out()));
    found.files().forEach(f -> log.open(f.toString()));
    found.problems().forEach(p -> log.add(p.source(), ProblemLog.READ, p));
    int fileCount = found.files().size() + (plan.book().isPresent() ? 1 : 0);
    try (Tasks tasks = new Tasks(plan.jobs())) {
      listener.started(BatchListener.Phase.READING, fileCount);
      // a run without a book or a manifest may stream (if it has no site either): it reads only a
      // window ahead; else it reads every input first. So does the first incremental run into a
      // folder when the articles' models would not fit the heap together: it then writes the manifest
      boolean firstStreamed = incremental && plan.book().isEmpty() && !Manifest.present(plan.out())
          && StreamedSite.streams(found.files().size());
      int window = readAhead(plan.jobs());
      Optional<ReadAhead> ahead = (!incremental || firstStreamed) && plan.book().isEmpty()
          ? Optional.of(ReadAhead.start(reader, tasks, found.files(), window, 4 * window)) : Optional.empty();
      InputReading reading = ahead.isPresent() ? null : unchanged.isPresent()
          ? InputReading.start(reader, tasks, listener, found, unchanged.get())
          : InputReading.start(reader, tasks, listener, found, plan.book());
      // making the renderers (the PDF one loads fonts) overlaps with reading on the other threads
      Map<String, Renderer> made = formats.get();
      Optional<String> siteFormat = plan.formatIds().stream().filter(id -> made.get(id).rendersSite()).findFirst();
      Optional<String> manifest = firstStreamed ? Optional.of(Fingerprints.run(plan, made, reader)) : Optional.empty();
      if (ahead.isPresent() && siteFormat.isEmpty()) {
        return streamed(ahead.get(), made, tasks, found, manifest);
      }
      if (ahead.isPresent() && StreamedSite.streams(found.files().size())) {
        return streamedSite(ahead.get(), made, siteFormat.get(), tasks, found, manifest);
      }
      Inputs inputs = inputs(ahead.isPresent() ? ReadAhead.inputs(ahead.get().collect(log, listener))
          : reading.finish(log), siteFormat);
      try (Staging staging = stagingIn(plan.out())) {
        // only an incremental run uses it (made cold, on a one-handout run's critical path, it cost ~10 ms)
        String runFingerprint = incremental ? Fingerprints.run(plan, made, reader) : "";
        Optional<Incremental> changes = !incremental ? Optional.empty()
            : Optional.of(unchanged.map(u -> Incremental.start(plan.out(), runFingerprint, u.manifest()))
                .orElseGet(() -> Incremental.start(plan.out(), runFingerprint)));
        Renders.Work work = Renders.Work.ALL;
        if (changes.isPresent()) {
          Incremental.Plan planned = plan(changes.get(), inputs, made, siteFormat, unchanged);
          if (!planned.toRead().isEmpty()) { // the real articles are needed after all
            inputs = readStandIns(inputs, planned.toRead(), tasks, found);
            planned = plan(changes.get(), inputs, made, siteFormat, unchanged);
          }
          work = planned.work();
        }
        List<Entry> entries = inputs.entries();
        journal = changes; // an incremental run journals each article's files and page as they go into place
        EarlyPages early = siteFormat
            .map(id -> new EarlyPages(entries, made.get(id).format().extension(), log, incremental,
                name -> journal.ifPresent(c -> c.pageInPlace(name))))
            .orElseGet(() -> EarlyPages.none(log));
        Renders renders = new Renders(plan, made, siteFormat, staging, tasks, log, listener, this::commitEarly, early);
        Renders.Staged staged = renders.render(inputs.entries(), inputs.book(), work);
        if (changes.isPresent() && !work.unrendered().isEmpty() && renderedOneFailed(inputs, work)) {
          // the site is made without the failed article, so any page may link otherwise: make it all again
          staged.site().flatMap(SiteRender.Result::files).ifPresent(Staging.Batch::drop);
          inputs = readStandIns(inputs, inputs.standIns(), tasks, found);
          changes.get().wholeSite();
          Set<String> all = new LinkedHashSet<>();
          inputs.entries().forEach(e -> all.add(e.name()));
          Renders.Staged site = renders.render(inputs.entries(), inputs.book(), new Renders.Work(all, true, false,
              Set.of(), Optional.empty()));
          staged = new Renders.Staged(staged.jobs(), staged.book(), site.site());
        }
        return commit(staged, inputs, work, changes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * How many articles a streamed run reads ahead of those rendered and in place, for this many
   * worker threads: enough that no thread waits for a read, few enough that the models held (about
   * 18 KB a 600-word article) stay well under a megabyte a thread. Four times as many are read
   * while the renderers are made.
   */
  static int readAhead(int jobs) {
    return 16 * jobs;
  }

  // A run without a site or a book: each article is rendered and put into place as it is read. With
  // the run's fingerprint, an incremental one: the manifest is written from what went into place.
  private BatchResult streamed(ReadAhead ahead, Map<String, Renderer> made, Tasks tasks, InputFiles.Found found,
      Optional<String> manifest) {
    try (Staging staging = stagingIn(plan.out())) {
      StreamedRenders.Result result = new StreamedRenders(plan, made, staging, tasks, log, listener, ahead,
          manifest.isPresent()).render(found.files());
      if (manifest.isPresent()) {
        StreamedManifest.write(plan.out(), manifest.get(), StreamedManifest.standIns(found.files(), result.facts()),
            result.files(), Optional.empty(), Optional.empty());
      }
      List<Path> written = new ArrayList<>(result.written());
      written.sort(PathOrder.BY_TEXT);
      ShardMembers members = new ShardMembers(plan);
      long articles = found.files().stream().filter(f -> members.contains(f.toString())).count();
      return new BatchResult((int) articles, result.rendered(), BatchResult.BookOutcome.NONE, written, log.snapshot(),
          0, List.of());
    }
  }

  // A run with a big site: read twice, rendered a chunk of articles at a time (StreamedSite). With the
  // run's fingerprint, an incremental one: the manifest is written from what went into place.
  private BatchResult streamedSite(ReadAhead ahead, Map<String, Renderer> made, String siteFormat, Tasks tasks,
      InputFiles.Found found, Optional<String> manifest) {
    try (Staging staging = stagingIn(plan.out())) {
      StreamedSite.Result result = new StreamedSite(plan, reader, made, siteFormat, staging, tasks, log, listener)
          .render(found.files(), ahead);
      if (manifest.isPresent()) {
        boolean site = Renders.makesSite(Optional.of(siteFormat), result.entries(), Optional.empty());
        StreamedManifest.write(plan.out(), manifest.get(), result.entries(), result.files(),
            site ? Optional.of(made.get(siteFormat).format().extension()) : Optional.empty(), result.siteFiles());
      }
      ShardMembers members = new ShardMembers(plan);
      long articles = found.files().stream().filter(f -> members.contains(f.toString())).count();
      return new BatchResult((int) articles, result.rendered(), BatchResult.BookOutcome.NONE, result.written(),
          log.snapshot(), 0, List.of());
    }
  }

  private Inputs inputs(InputReading.Inputs inputs, Optional<String> siteFormat) {
    List<Entry> read = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Set<String> standIns = new LinkedHashSet<>();
    for (InputReading.Item item : inputs.items()) {
      names.add(item.name());
      item.article().ifPresent(article -> read.add(new Entry(item.name(), article)));
      if (item.standIn()) {
        standIns.add(item.name());
      }
    }
    List<Entry> entries = SlugClashes.unique(read, plan.out(), log);
    Set<String> slugs = new LinkedHashSet<>(); // the articles' own files, which the book's must not overwrite
    if (!plan.bookOnly()) {
      entries.forEach(e -> slugs.add(e.article().slug()));
    }
    boolean bookFormats = plan.formatIds().stream().anyMatch(id -> !siteFormat.equals(Optional.of(id)));
    String bookName = bookName();
    Optional<Book> book = inputs.book()
        .filter(b -> SlugClashes.bookSlugIsFree(b, bookName, slugs, bookFormats, plan.out(), log));
    return new Inputs(entries, names, book, standIns);
  }

  private boolean renderedOneFailed(Inputs inputs, Renders.Work work) {
    return inputs.entries().stream().anyMatch(e -> !work.skip().contains(e.name()) && log.hasErrors(e.name()));
  }

  // Reads the stand-ins named and puts their articles in their place (one that cannot be read now
  // leaves the run, its problems logged).
  private Inputs readStandIns(Inputs inputs, Set<String> names, Tasks tasks, InputFiles.Found found) {
    List<Path> files = found.files().stream().filter(f -> names.contains(f.toString())).toList();
    InputReading reading = InputReading.start(reader, tasks, BatchListener.none(),
        new InputFiles.Found(files, List.of()), Optional.empty());
    Map<String, Optional<Article>> read = new HashMap<>();
    reading.finish(log).items().forEach(item -> read.put(item.name(), item.article()));
    List<Entry> entries = new ArrayList<>();
    for (Entry entry : inputs.entries()) {
      Optional<Article> article = read.getOrDefault(entry.name(), Optional.of(entry.article()));
      article.ifPresent(a -> entries.add(new Entry(entry.name(), a)));
    }
    Set<String> standIns = new LinkedHashSet<>(inputs.standIns());
    standIns.removeAll(read.keySet());
    return new Inputs(entries, inputs.articleNames(), inputs.book(), standIns);
  }

  private Incremental.Plan plan(Incremental changes, Inputs inputs, Map<String, Renderer> made,
      Optional<String> siteFormat, Optional<UnchangedInputs> unchanged) {
    boolean site = Renders.makesSite(siteFormat, inputs.entries(), inputs.book());
    List<String> articleExtensions = new ArrayList<>();
    List<String> bookExtensions = new ArrayList<>();
    made.forEach((id, renderer) -> {
      boolean isSite = siteFormat.equals(Optional.of(id));
      if (!(site && isSite)) {
        articleExtensions.add(renderer.format().extension());
      }
      if (!isSite) {
        bookExtensions.add(renderer.format().extension());
      }
    });
    Optional<String> siteExtension = site ? siteFormat.map(id -> made.get(id).format().extension()) : Optional.empty();
    return changes.plan(inputs.entries(), inputs.standIns(), unchanged, articleExtensions, siteExtension, plan.book(),
        inputs.book(), bookExtensions);
  }

  private static Staging stagingIn(Path out) {
    try {
      return Staging.in(out);
    } catch (IOException e) {
      throw new OutputFolderException(out, InputFiles.reason(e), e);
    }
  }

  // Called on the worker thread that finished the article's last render: its files go into place now.
  // An incremental run records them in its journal (and its site page when in place, EarlyPages), so
  // that the next run does not render them again if this one is killed.
  private void commitEarly(Renders.Job job) {
    String name = job.entry().name();
    if (!log.hasErrors(name) && commit(job.files(), name, new ArrayList<>(), false)) {
      committed.add(job.files());
      journal.ifPresent(c -> c.finished(name, job.files().files()));
    }
  }

  // An article's files stay in the output folder only if all its formats rendered, the site's page
  // too: one that the site's render found at fault later is taken out again.
  private BatchResult commit(Renders.Staged staged, Inputs inputs, Renders.Work work, Optional<Incremental> changes)
      throws IOException {
    List<Path> written = new ArrayList<>();
    int rendered = 0;
    for (Renders.Job job : staged.jobs()) {
      String name = job.entry().name();
      if (log.hasErrors(name)) {
        if (committed.contains(job.files())) {
          withdraw(job.files(), name);
        }
        changes.ifPresent(c -> c.withdrawn(name));
        continue;
      }
      boolean early = committed.contains(job.files());
      if (early) {
        job.files().files().forEach(f -> written.add(plan.out().resolve(f)));
      }
      if (early || commit(job.files(), name, written, false)) {
        rendered++;
        changes.ifPresent(c -> c.wrote(name, job.files().files()));
      }
    }
    work.skip().forEach(name -> changes.ifPresent(c -> c.kept(name)));
    Optional<Staging.Batch> site = staged.site().flatMap(SiteRender.Result::files);
    if (site.isPresent() && commit(site.get(), plan.out().toString(), written, changes.isPresent())) {
      changes.ifPresent(c -> c.wrote(Manifest.SITE, site.get().files()));
    } else if (!work.site()) {
      changes.ifPresent(c -> c.kept(Manifest.SITE));
    }
    BatchResult.BookOutcome book = BatchResult.BookOutcome.NONE;
    if (plan.book().isPresent() && inputs.book().isPresent() && !work.book()) {
      book = BatchResult.BookOutcome.UP_TO_DATE;
      changes.ifPresent(c -> c.kept(Manifest.BOOK));
    } else if (plan.book().isPresent() && plan.shard().holdsShared()) {
      boolean done = staged.book().isPresent() && !log.hasErrors(bookName())
          && commit(staged.book().get(), bookName(), written, false);
      book = done ? BatchResult.BookOutcome.RENDERED : BatchResult.BookOutcome.NOT_RENDERED;
      if (done) {
        changes.ifPresent(c -> c.wrote(Manifest.BOOK, staged.book().get().files()));
      }
    }
    written.sort(PathOrder.BY_TEXT);
    List<Path> removed = changes.isPresent() ? changes.get().finish() : List.of();
    ShardMembers members = new ShardMembers(plan);
    long articles = plan.bookOnly() ? 0 : inputs.articleNames().stream().filter(members::contains).count();
    return new BatchResult((int) articles, rendered, book, written, log.snapshot(), work.skip().size(), removed);
  }

  private void withdraw(Staging.Batch files, String group) {
    for (String file : files.files()) {
      try {
        Files.deleteIfExists(plan.out().resolve(file));
      } catch (IOException e) {
        log.add(group, ProblemLog.READ, attempts.writeProblem(group, "", e), e);
      }
    }
  }

  // Only the changed files when asked (an incremental run's site, of which most pages are the same).
  private boolean commit(Staging.Batch files, String group, List<Path> written, boolean onlyChanged) {
    try {
      List<String> moved = onlyChanged ? files.commitChanged() : commitAll(files);
      moved.forEach(f -> written.add(plan.out().resolve(f)));
      return true;
    } catch (IOException e) {
      log.add(group, ProblemLog.READ, attempts.writeProblem(group, "", e), e);
      return false;
    }
  }

  private static List<String> commitAll(Staging.Batch files) throws IOException {
    files.commit();
    return files.files();
  }

  private String bookName() {
    return plan.book().map(Path::toString).orElse("");
  }
}
