package dev.carepress.batch.internal;

import dev.carepress.batch.BatchListener;
import dev.carepress.batch.BatchPlan;
import dev.carepress.model.Book;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rendering phase of a run: every article in every format and the book in every format in
 * parallel, each into its own staging batch; then the site of the articles that rendered
 * everywhere. Nothing is moved into the output folder here.
 */
final class Renders {
  /** The step of the book's problems: after every article's and the site's. */
  static final int BOOK_STEP = 2000;

  /**
   * One article and the staging batch its files go to; {@code pending} counts its renders not
   * done yet, and the one that finishes last hands the job to the {@link Finisher}.
   */
  record Job(Entry entry, Staging.Batch files, AtomicInteger pending) {}

  /** Takes an article whose every render is done (on the worker thread that did the last one). */
  @FunctionalInterface
  interface Finisher {
    void finished(Job job);
  }

  /**
   * What to render: every article but those skipped, whether the site and the book, the site's
   * files not to render, and, when known, the only site files to render (an incremental run skips
   * what is up to date: the pages of unchanged articles when the rest of the site is the same, and
   * also the index, the category pages, the stylesheet and the images when no article's title,
   * summary or other listed fact changed either).
   */
  record Work(java.util.Set<String> skip, boolean site, boolean book, java.util.Set<String> unrendered,
      Optional<java.util.Set<String>> only) {
    /** Everything. */
    static final Work ALL = new Work(java.util.Set.of(), true, true, java.util.Set.of(), Optional.empty());

    Work {
      skip = java.util.Set.copyOf(skip);
      unrendered = java.util.Set.copyOf(unrendered);
      only = only.map(java.util.Set::copyOf);
    }

    /** Whether the site's file of this name is rendered. */
    boolean renders(String file) {
      return !unrendered.contains(file) && only.map(o -> o.contains(file)).orElse(true);
    }
  }

  /** What was rendered: each article's files, the book's and the site. */
  record Staged(List<Job> jobs, Optional<Staging.Batch> book, Optional<SiteRender.Result> site) {}

  private final BatchPlan plan;
  private final Map<String, Renderer> made;
  private final Optional<String> siteFormat;
  private final Staging staging;
  private final Tasks tasks;
  private final ProblemLog log;
  private final BatchListener listener;
  private final Attempts attempts;
  private final Finisher finisher;
  private final ShardMembers members;
  private final EarlyPages early;

  Renders(BatchPlan plan, Map<String, Renderer> made, Optional<String> siteFormat, Staging staging, Tasks tasks,
      ProblemLog log, BatchListener listener, Finisher finisher, EarlyPages early) {
    this.finisher = finisher;
    this.early = early;
    this.members = new ShardMembers(plan);
    this.plan = plan;
    this.made = made;
    this.siteFormat = siteFormat;
    this.staging = staging;
    this.tasks = tasks;
    this.log = log;
    this.listener = listener;
    this.attempts = new Attempts(log, plan.out());
  }

  /** Whether these inputs make a site: a site format, and two or more articles or a book. */
  static boolean makesSite(Optional<String> siteFormat, List<Entry> entries, Optional<Book> book) {
    return siteFormat.isPresent() && (entries.size() >= 2 || book.isPresent());
  }

  /**
   * Renders the work and waits for it; a site is made of two or more articles, or of a book, and
   * when rendered holds every article of {@code entries} (those an incremental run skips too). Of
   * a shard, only its articles get their own files and site pages; the site is still made of every
   * article, so that its index and links are those of the whole batch. With only the book to
   * render there is neither.
   */
  Staged render(List<Entry> entries, Optional<Book> allOfBook, Work work) throws IOException {
    List<String> ids = plan.formatIds();
    boolean makesSite = makesSite(siteFormat, entries, allOfBook);
    boolean site = !plan.bookOnly() && makesSite && work.site();
    List<Entry> mine = plan.bookOnly() ? List.of()
        : entries.stream().filter(e -> members.contains(e.name()) && !work.skip().contains(e.name())).toList();
    Optional<Book> theBook = allOfBook.filter(b -> work.book() && plan.shard().holdsShared());
    List<String> articleFormats = ids.stream().filter(id -> !(makesSite && isSiteFormat(id))).toList();
    long bookFormats = ids.stream().filter(id -> !isSiteFormat(id)).count();
    listener.started(BatchListener.Phase.RENDERING, (int) (mine.size() * articleFormats.size() + (site ? 1 : 0)
        + (theBook.isPresent() ? bookFormats : 0)));
    List<Future<?>> renders = new ArrayList<>();
    List<Job> jobs = new ArrayList<>();
    for (Entry entry : mine) {
      Job job = new Job(entry, staging.batch(), new AtomicInteger(articleFormats.size()));
      jobs.add(job);
      if (articleFormats.isEmpty()) {
        early.articleDone(entry.name()); // only the site's page: it goes into place once written
      }
      for (String id : articleFormats) {
        Renderer renderer = made.get(id);
        int step = ids.indexOf(id) + 1;
        renders.add(submit(() -> {
          renderArticle(job, renderer, step);
          if (job.pending().decrementAndGet() == 0) {
            finisher.finished(job);
            early.articleDone(entry.name());
          }
        }));
      }
    }
    Optional<Staging.Batch> bookFiles = theBook.isPresent() ? Optional.of(staging.batch()) : Optional.empty();
    for (int i = 0; i < ids.size() && theBook.isPresent(); i++) {
      if (!isSiteFormat(ids.get(i))) {
        Renderer renderer = made.get(ids.get(i));
        int step = BOOK_STEP + i + 1;
        renders.add(submit(() -> renderBook(theBook.get(), bookFiles.get(), renderer, step)));
      }
    }
    Optional<SiteRender.Result> settled =
        site ? Optional.of(site(entries, allOfBook, renders, work)) : Optional.empty();
    renders.forEach(Tasks::join);
    return new Staged(jobs, bookFiles, settled);
  }

  // The site's first render runs beside the others; it is settled once they are all done.
  private SiteRender.Result site(List<Entry> entries, Optional<Book> book, List<Future<?>> renders, Work work) {
    Renderer renderer = made.get(siteFormat.get());
    java.util.function.Predicate<String> shardFiles = ShardFiles.filter(members, entries, renderer.format().extension());
    SiteRender siteRender = new SiteRender(renderer, book, plan.siteTitle(), staging, log, plan.out(), listener,
        file -> work.renders(file) && shardFiles.test(file), early::fileWritten,
        tasks.executor());
    List<Entry> inSite = List.copyOf(entries);
    Future<SiteRender.Result> first = tasks.submit(() -> {
      SiteRender.Result result = siteRender.render(inSite);
      listener.stepDone();
      return result;
    });
    renders.forEach(Tasks::join);
    return siteRender.settle(inSite, Tasks.join(first));
  }

  private boolean isSiteFormat(String id) {
    return siteFormat.isPresent() && siteFormat.get().equals(id);
  }

  private Future<?> submit(Runnable work) {
    return tasks.submit(() -> {
      work.run();
      listener.stepDone();
      return null;
    });
  }

  private void renderArticle(Job job, Renderer renderer, int step) {
    renderArticle(attempts, log, job, renderer, step);
  }

  /** Renders the job's article in one format, at this step, into its staging batch. */
  static void renderArticle(Attempts attempts, ProblemLog log, Job job, Renderer renderer, int step) {
    String name = job.entry().name();
    RenderContext context = RenderContext.defaults().withWarnings(p -> log.add(name, step, p));
    // into the job's files: a renderer may write more than the article's own file (a lone HTML
    // page's images and linked stylesheet)
    attempts.attempt(name, step, renderer.format().id(),
        () -> renderer.render(job.entry().article(), job.files().sink(), context));
  }

  private void renderBook(Book book, Staging.Batch files, Renderer renderer, int step) {
    String name = plan.book().map(Path::toString).orElse("");
    RenderContext context = RenderContext.defaults().withWarnings(p -> log.add(name, step, p));
    String file = book.metadata().slug() + "." + renderer.format().extension();
    attempts.attempt(name, step, renderer.format().id() + " book",
        () -> files.write(file, stream -> renderer.renderBook(book, stream, context)));
  }
}
