package dev.carepress.batch.internal;

import dev.carepress.batch.BatchListener;
import dev.carepress.batch.BatchPlan;
import dev.carepress.batch.BatchResult;
import dev.carepress.batch.InputReader;
import dev.carepress.batch.OutputFolderException;
import dev.carepress.model.Book;
import dev.carepress.render.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
 * (so a run killed part way keeps what it finished), then the site and the book.
 */
public final class RenderRun {
  private final BatchPlan plan;
  private final InputReader reader;
  private final FormatRenderers formats;
  private final BatchListener listener;
  private final ProblemLog log = new ProblemLog();
  private final Attempts attempts;
  private final Set<Staging.Batch> committed = ConcurrentHashMap.newKeySet();

  private RenderRun(BatchPlan plan, InputReader reader, FormatRenderers formats, BatchListener listener) {
    this.plan = plan;
    this.reader = reader;
    this.formats = formats;
    this.listener = listener;
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
    return new RenderRun(plan, reader, formats, listener).run();
  }

  /** What was read: the articles to render, every article input's name, and the book if it can be rendered. */
  private record Inputs(List<Entry> entries, List<String> articleNames, Optional<Book> book) {}

  private BatchResult run() {
    InputFiles.Found found = InputFiles.expand(plan.inputs(), Optional.of(plan.out()));
    found.files().forEach(f -> log.open(f.toString()));
    found.problems().forEach(p -> log.add(p.source(), ProblemLog.READ, p));
    int fileCount = found.files().size() + (plan.book().isPresent() ? 1 : 0);
    try (Tasks tasks = new Tasks(plan.jobs())) {
      listener.started(BatchListener.Phase.READING, fileCount);
      InputReading reading = InputReading.start(reader, tasks, listener, found, plan.book());
      // making the renderers (the PDF one loads fonts) overlaps with reading on the other threads
      Map<String, Renderer> made = formats.get();
      Optional<String> siteFormat = plan.formatIds().stream().filter(id -> made.get(id).rendersSite()).findFirst();
      Inputs inputs = inputs(reading.finish(log), siteFormat);
      try (Staging staging = stagingIn(plan.out())) {
        Renders renders = new Renders(plan, made, siteFormat, staging, tasks, log, listener, this::commitEarly);
        Renders.Staged staged = renders.render(inputs.entries(), inputs.book());
        return commit(staged, inputs);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Inputs inputs(InputReading.Inputs inputs, Optional<String> siteFormat) {
    List<Entry> read = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (InputReading.Item item : inputs.items()) {
      names.add(item.name());
      item.article().ifPresent(article -> read.add(new Entry(item.name(), article)));
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
    return new Inputs(entries, names, book);
  }

  private static Staging stagingIn(Path out) {
    try {
      return Staging.in(out);
    } catch (IOException e) {
      throw new OutputFolderException(out, InputFiles.reason(e), e);
    }
  }

  // Called on the worker thread that finished the article's last render: its files go into place now.
  private void commitEarly(Renders.Job job) {
    String name = job.entry().name();
    if (!log.hasErrors(name) && commit(job.files(), name, new ArrayList<>())) {
      committed.add(job.files());
    }
  }

  // An article's files stay in the output folder only if all its formats rendered, the site's page
  // too: one that the site's render found at fault later is taken out again.
  private BatchResult commit(Renders.Staged staged, Inputs inputs) {
    List<Path> written = new ArrayList<>();
    int rendered = 0;
    for (Renders.Job job : staged.jobs()) {
      String name = job.entry().name();
      if (log.hasErrors(name)) {
        if (committed.contains(job.files())) {
          withdraw(job.files(), name);
        }
      } else if (committed.contains(job.files())) {
        job.files().files().forEach(f -> written.add(plan.out().resolve(f)));
        rendered++;
      } else if (commit(job.files(), name, written)) {
        rendered++;
      }
    }
    staged.site().flatMap(SiteRender.Result::files).ifPresent(files -> commit(files, plan.out().toString(), written));
    BatchResult.BookOutcome book = BatchResult.BookOutcome.NONE;
    if (plan.book().isPresent() && plan.shard().holdsShared()) {
      boolean done = staged.book().isPresent() && !log.hasErrors(bookName())
          && commit(staged.book().get(), bookName(), written);
      book = done ? BatchResult.BookOutcome.RENDERED : BatchResult.BookOutcome.NOT_RENDERED;
    }
    written.sort(Comparator.comparing(Path::toString));
    ShardMembers members = new ShardMembers(plan);
    long articles = plan.bookOnly() ? 0 : inputs.articleNames().stream().filter(members::contains).count();
    return new BatchResult((int) articles, rendered, book, written, log.snapshot());
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

  private boolean commit(Staging.Batch files, String group, List<Path> written) {
    try {
      files.commit();
      files.files().forEach(f -> written.add(plan.out().resolve(f)));
      return true;
    } catch (IOException e) {
      log.add(group, ProblemLog.READ, attempts.writeProblem(group, "", e), e);
      return false;
    }
  }

  private String bookName() {
    return plan.book().map(Path::toString).orElse("");
  }
}
