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

/**
 * The rendering phase of a run: every article in every format and the book in every format in
 * parallel, each into its own staging batch; then the site of the articles that rendered
 * everywhere. Nothing is moved into the output folder here.
 */
final class Renders {
  /** The step of the book's problems: after every article's and the site's. */
  static final int BOOK_STEP = 2000;

  /** One article and the staging batch its files go to. */
  record Job(Entry entry, Staging.Batch files) {}

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

  Renders(BatchPlan plan, Map<String, Renderer> made, Optional<String> siteFormat, Staging staging, Tasks tasks,
      ProblemLog log, BatchListener listener) {
    this.plan = plan;
    this.made = made;
    this.siteFormat = siteFormat;
    this.staging = staging;
    this.tasks = tasks;
    this.log = log;
    this.listener = listener;
    this.attempts = new Attempts(log, plan.out());
  }

  /** Renders everything and waits for it; a site is made of two or more articles, or of a book. */
  Staged render(List<Entry> entries, Optional<Book> book) throws IOException {
    List<String> ids = plan.formatIds();
    boolean site = siteFormat.isPresent() && (entries.size() >= 2 || book.isPresent());
    long bookFormats = ids.stream().filter(id -> !isSiteFormat(id)).count();
    long articleFormats = site ? bookFormats : ids.size();
    listener.started(BatchListener.Phase.RENDERING, (int) (entries.size() * articleFormats + (site ? 1 : 0)
        + (book.isPresent() ? bookFormats : 0)));
    List<Future<?>> renders = new ArrayList<>();
    List<Job> jobs = new ArrayList<>();
    for (Entry entry : entries) {
      Job job = new Job(entry, staging.batch());
      jobs.add(job);
      for (int i = 0; i < ids.size(); i++) {
        if (!(site && isSiteFormat(ids.get(i)))) {
          Renderer renderer = made.get(ids.get(i));
          int step = i + 1;
          renders.add(submit(() -> renderArticle(job, renderer, step)));
        }
      }
    }
    Optional<Staging.Batch> bookFiles = Optional.empty();
    if (book.isPresent()) {
      Staging.Batch files = staging.batch();
      bookFiles = Optional.of(files);
      for (int i = 0; i < ids.size(); i++) {
        if (!isSiteFormat(ids.get(i))) {
          Renderer renderer = made.get(ids.get(i));
          int step = BOOK_STEP + i + 1;
          renders.add(submit(() -> renderBook(book.get(), files, renderer, step)));
        }
      }
    }
    Optional<SiteRender> siteRender = site
        ? Optional.of(new SiteRender(made.get(siteFormat.get()), book, plan.siteTitle(), staging, log, plan.out(),
            listener))
        : Optional.empty();
    List<Entry> inSite = List.copyOf(entries);
    Optional<Future<SiteRender.Result>> first = siteRender.map(s -> tasks.submit(() -> {
      SiteRender.Result result = s.render(inSite);
      listener.stepDone();
      return result;
    }));
    renders.forEach(Tasks::join);
    Optional<SiteRender.Result> settled = siteRender.map(s -> s.settle(inSite, Tasks.join(first.get())));
    return new Staged(jobs, bookFiles, settled);
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
    String name = job.entry().name();
    RenderContext context = RenderContext.defaults().withWarnings(p -> log.add(name, step, p));
    String file = job.entry().article().slug() + "." + renderer.format().extension();
    attempts.attempt(name, step, renderer.format().id(),
        () -> job.files().write(file, stream -> renderer.render(job.entry().article(), stream, context)));
  }

  private void renderBook(Book book, Staging.Batch files, Renderer renderer, int step) {
    String name = plan.book().map(Path::toString).orElse("");
    RenderContext context = RenderContext.defaults().withWarnings(p -> log.add(name, step, p));
    String file = book.metadata().slug() + "." + renderer.format().extension();
    attempts.attempt(name, step, renderer.format().id() + " book",
        () -> files.write(file, stream -> renderer.renderBook(book, stream, context)));
  }
}
