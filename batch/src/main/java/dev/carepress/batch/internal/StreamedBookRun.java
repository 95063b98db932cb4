package dev.carepress.batch.internal;

import dev.carepress.ContentException;
import dev.carepress.batch.BatchListener;
import dev.carepress.batch.BatchPlan;
import dev.carepress.batch.BatchResult;
import dev.carepress.batch.InputReader;
import dev.carepress.model.StreamedBook;
import dev.carepress.read.ReadResult;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * A run that renders only a book (no article files, no site, not incremental): the book file is
 * read, and each format renders the book from a {@link StreamedBook} whose articles are read when
 * needed — the EPUB in two passes holding a few articles at a time, other formats by collecting
 * them ({@link Renderer#renderBook(StreamedBook, java.io.OutputStream, RenderContext)}). The
 * outputs are those of reading the whole book first: the same files with the same bytes. An
 * article's problems are the book's, as when the book is read at once; a format that fails part
 * way (an article changed or vanished while it was read) leaves no file.
 */
final class StreamedBookRun {
  /**
   * The system property that sets up to how many articles a book is read whole (0: always stream).
   * By default, books whose models fit the {@link HeapBudget} are read once, whole, before they are
   * rendered, as before books streamed: reading each article twice (the EPUB's two passes) costs
   * ~1.5 ms of CPU an article, 40 % more for a 1,000-article book. Longer books stream.
   */
  static final String READ_WHOLE_PROPERTY = "carepress.bookReadWholeUpTo";

  private final BatchPlan plan;
  private final InputReader reader;
  private final ProblemLog log;
  private final BatchListener listener;

  StreamedBookRun(BatchPlan plan, InputReader reader, ProblemLog log, BatchListener listener) {
    this.plan = plan;
    this.reader = reader;
    this.log = log;
    this.listener = listener;
  }

  /** Whether the plan is one this run renders: only a book, from no other input. */
  static boolean fits(BatchPlan plan, boolean incremental) {
    return plan.bookOnly() && !incremental && plan.book().isPresent() && plan.inputs().isEmpty();
  }

  /** Reads the book file, then renders the book in each format that is not a site, in parallel. */
  BatchResult run(Supplier<Map<String, Renderer>> formats, Tasks tasks, Staging staging) throws IOException {
    String bookName = plan.book().get().toString();
    log.open(bookName);
    listener.started(BatchListener.Phase.READING, 1);
    ReadResult<StreamedBook> read = read(plan.book().get(), bookName);
    log.addAll(bookName, ProblemLog.READ, read.problems());
    // a short book is read whole while the renderers are made
    int readWholeUpTo = HeapBudget.articles(READ_WHOLE_PROPERTY);
    Optional<Future<Optional<StreamedBook>>> whole = read.value().filter(b -> b.size() <= readWholeUpTo)
        .map(b -> tasks.submit(() -> readWhole(b, bookName)));
    Map<String, Renderer> made = formats.get();
    Optional<StreamedBook> book = whole.isPresent() ? Tasks.join(whole.get()) : read.value();
    listener.stepDone();
    Optional<String> siteFormat = plan.formatIds().stream().filter(id -> made.get(id).rendersSite()).findFirst();
    List<String> ids = plan.formatIds().stream().filter(id -> !siteFormat.equals(Optional.of(id))).toList();
    boolean renders = book.isPresent() && plan.shard().holdsShared();
    listener.started(BatchListener.Phase.RENDERING, renders ? ids.size() : 0);
    if (!renders) {
      BatchResult.BookOutcome outcome = plan.shard().holdsShared()
          ? BatchResult.BookOutcome.NOT_RENDERED : BatchResult.BookOutcome.NONE;
      return new BatchResult(0, 0, outcome, List.of(), log.snapshot(), 0, List.of());
    }
    Staging.Batch files = staging.batch();
    Attempts attempts = new Attempts(log, plan.out());
    List<Future<?>> work = new ArrayList<>();
    for (String id : ids) {
      int step = Renders.BOOK_STEP + plan.formatIds().indexOf(id) + 1;
      work.add(tasks.submit(() -> {
        render(book.get(), made.get(id), files, attempts, bookName, step);
        listener.stepDone();
        return null;
      }));
    }
    work.forEach(Tasks::join);
    return result(files, attempts, bookName);
  }

  private void render(StreamedBook book, Renderer renderer, Staging.Batch files, Attempts attempts, String bookName,
      int step) {
    RenderContext context = RenderContext.defaults().withWarnings(p -> log.add(bookName, step, p));
    String file = book.metadata().slug() + "." + renderer.format().extension();
    attempts.attempt(bookName, step, renderer.format().id() + " book",
        () -> files.write(file, stream -> renderer.renderBook(book, stream, context)));
  }

  // The book's files go into place only if every format rendered.
  private BatchResult result(Staging.Batch files, Attempts attempts, String bookName) {
    List<Path> written = new ArrayList<>();
    boolean done = !log.hasErrors(bookName);
    if (done) {
      try {
        files.commit();
        files.files().forEach(f -> written.add(plan.out().resolve(f)));
      } catch (IOException e) {
        log.add(bookName, ProblemLog.READ, attempts.writeProblem(bookName, "", e), e);
        done = false;
      }
    }
    written.sort(PathOrder.BY_TEXT);
    BatchResult.BookOutcome outcome = done ? BatchResult.BookOutcome.RENDERED : BatchResult.BookOutcome.NOT_RENDERED;
    return new BatchResult(0, 0, outcome, written, log.snapshot(), 0, List.of());
  }

  // Every article read into memory (its problems logged as the book's), and streamed from there.
  private Optional<StreamedBook> readWhole(StreamedBook book, String bookName) {
    try {
      return Optional.of(StreamedBook.of(book.collect()));
    } catch (ContentException e) {
      log.addAll(bookName, ProblemLog.READ, e.problems());
      return Optional.empty();
    }
  }

  // Warnings of the articles come once, when a renderer has read them all; they are the book's, as on reading it whole.
  private ReadResult<StreamedBook> read(Path file, String bookName) {
    try {
      return reader.streamedBook(file, p -> log.add(bookName, ProblemLog.READ, p));
    } catch (RuntimeException | StackOverflowError e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return ReadResult.failure(List.of(dev.carepress.Problem.error("read-failed", bookName, 0, 0,
          "the reader failed: " + message, "this is a bug: please report it with this file")));
    }
  }
}
