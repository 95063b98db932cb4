package dev.carepress.render.html.internal;

import dev.carepress.Problem;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * A site's pages rendered as tasks on an executor and written, with their warnings, on the site's
 * thread in the order they were added — so the files, their bytes and the order of the warnings
 * are those of a serial render. At most a few pages per core wait in memory. A page the executor
 * has not started when its turn comes is rendered on the site's thread (a busy pool, a rejecting
 * one, or {@code Runnable::run} for a serial render), and while the oldest page renders elsewhere
 * the site's thread renders later ones no thread has started. One per site being written.
 */
final class OrderedPages {
  /** One page's work: its bytes, its warnings told to the consumer. */
  @FunctionalInterface
  interface Render {
    byte[] render(Consumer<Problem> warnings) throws IOException;
  }

  /** Where a finished page goes, on the site's thread. */
  @FunctionalInterface
  interface Write {
    void write(String file, byte[] bytes) throws IOException;
  }

  private record Rendered(byte[] bytes, List<Problem> warnings) {}

  private record Pending(String file, FutureTask<Rendered> task) {}

  private static final int WINDOW = 4 * Runtime.getRuntime().availableProcessors();

  private final Executor executor;
  private final Consumer<Problem> warnings;
  private final Write write;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();

  OrderedPages(Executor executor, Consumer<Problem> warnings, Write write) {
    this.executor = executor;
    this.warnings = warnings;
    this.write = write;
  }

  /** Starts the page's render; writes the oldest pages when too many wait. */
  void add(String file, Render render) throws IOException {
    FutureTask<Rendered> task = new FutureTask<>(() -> {
      List<Problem> seen = new ArrayList<>();
      byte[] bytes = render.render(seen::add);
      return new Rendered(bytes, seen);
    });
    pending.addLast(new Pending(file, task));
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      // rendered on this thread when its turn comes
    }
    while (pending.size() > WINDOW) {
      writeOldest();
    }
  }

  /** Writes every page still waiting, in order. */
  void finish() throws IOException {
    while (!pending.isEmpty()) {
      writeOldest();
    }
  }

  /** Stops the pages still waiting (the site failed): none of them is written. */
  void abandon() {
    pending.forEach(p -> p.task().cancel(false));
    pending.clear();
  }

  private void writeOldest() throws IOException {
    Pending page = pending.removeFirst();
    page.task().run(); // does nothing when the page is rendering or rendered elsewhere
    for (Pending later : pending) {
      if (page.task().isDone()) {
        break;
      }
      later.task().run(); // help while the oldest renders elsewhere: a page no thread has started
    }
    Rendered rendered;
    try {
      rendered = page.task().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandon();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      abandon();
      throw rethrown(e.getCause());
    }
    rendered.warnings().forEach(warnings);
    write.write(page.file(), rendered.bytes());
  }

  // The page's own exception, as a serial render would have thrown it.
  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(cause);
  }
}
