package dev.carepress.batch.internal;

import dev.carepress.batch.BatchListener;
import dev.carepress.batch.InputReader;
import dev.carepress.model.Article;
import dev.carepress.read.ReadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Reads a batch's article files in order on the worker threads, never more than a window of them
 * ahead of what is done with them: each read takes a place in the window, and gives it back when
 * its consumer {@link #release}s it (the article rendered, its files in place), so a streaming run
 * holds at most a window of articles at once whatever the number of files. Before the consumer is
 * known (while the renderers are made, which takes the PDF one ~0.1-0.2 s) a larger first window is
 * read, so that the workers are not idle meanwhile; streaming then waits until no more than a window
 * is left of it. A run that turns out to need every article at once ({@link #collect}) reads the
 * rest without a window. Reads are started half a window at a time, when that many places are free.
 */
final class ReadAhead {
  /** One file read: its place among the files, the file, and what was read. */
  record Read(int index, Path file, ReadResult<Article> result) {}

  private final InputReader reader;
  private final Tasks tasks;
  private final List<Path> files;
  private final int window;
  private final int first;
  private final Semaphore places;
  // the reads of the first window, and of every file when collected; a streamed read is not kept
  private final List<Future<Read>> reads = new ArrayList<>();
  private int submitted;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  // reads done before the consumer was known; null once it is
  private List<Read> waiting = new ArrayList<>();
  private Consumer<Read> consumer;

  private ReadAhead(InputReader reader, Tasks tasks, List<Path> files, int window, int first) {
    this.reader = reader;
    this.tasks = tasks;
    this.files = List.copyOf(files);
    this.window = window;
    this.first = Math.max(window, first);
    this.places = new Semaphore(this.first);
  }

  /**
   * Starts reading the first {@code first} files (without waiting); once streaming, at most
   * {@code window} articles are read and not released.
   */
  static ReadAhead start(InputReader reader, Tasks tasks, List<Path> files, int window, int first) {
    ReadAhead ahead = new ReadAhead(reader, tasks, files, window, first);
    while (ahead.submitted < ahead.files.size() && ahead.places.tryAcquire()) {
      ahead.reads.add(ahead.submit(ahead.submitted));
    }
    return ahead;
  }

  /**
   * Hands every read to the consumer (on a worker thread, or on this one for the reads done
   * already), reading the rest as places come free, and returns when every read was released. The
   * consumer must {@link #release} each read exactly once, however it ends.
   *
   * @throws CancellationException if interrupted
   */
  void stream(Consumer<Read> consumer) {
    List<Read> done;
    synchronized (this) {
      this.consumer = consumer;
      done = waiting;
      waiting = null;
    }
    reads.clear();
    done.forEach(read -> hand(consumer, read));
    acquire(first - window); // held to the end: what is left of the first window is the window
    // reads go in bursts of half the window, so a worker reads a run of articles, then renders a run
    // (the two codes taking turns article by article cost a few per cent more CPU in one test)
    int burst = Math.max(1, window / 2);
    while (submitted < files.size()) {
      int next = Math.min(burst, files.size() - submitted);
      acquire(next);
      for (int i = 0; i < next; i++) {
        submit(submitted);
      }
    }
    acquire(window); // every place back: every read released
    places.release(first);
    Throwable failed = failure.get();
    if (failed instanceof RuntimeException) {
      throw (RuntimeException) failed;
    }
    if (failed instanceof Error) {
      throw (Error) failed;
    }
  }

  /** Gives a read's place back: what was read of it is done with. */
  void release() {
    places.release();
  }

  /** Records a failure of a task working on a read (thrown again by {@link #stream}). */
  void fail(Throwable e) {
    failure.compareAndSet(null, e);
  }

  /**
   * Reads the rest of the files without a window and waits for every read: the reads in order,
   * their problems logged and each counted as a step done.
   */
  List<Read> collect(ProblemLog log, BatchListener listener) {
    while (submitted < files.size()) {
      reads.add(submit(submitted));
    }
    List<Read> all = new ArrayList<>();
    for (Future<Read> read : reads) {
      Read done = Tasks.join(read);
      log.addAll(done.file().toString(), ProblemLog.READ, done.result().problems());
      listener.stepDone();
      all.add(done);
    }
    return all;
  }

  /** The articles of the reads, by name, as a run that is not streamed takes them. */
  static InputReading.Inputs inputs(List<Read> reads) {
    List<InputReading.Item> items = new ArrayList<>();
    reads.forEach(r -> items.add(new InputReading.Item(r.file().toString(), r.result().value())));
    return new InputReading.Inputs(items, Optional.empty());
  }

  // The read is kept (the future's value) only while no consumer takes it.
  private Future<Read> submit(int index) {
    Path file = files.get(index);
    submitted++;
    return tasks.submit(() -> {
      Read read;
      try {
        read = new Read(index, file, Reads.article(reader, file));
      } catch (RuntimeException | Error e) { // Reads turns a reader's failure into a problem: this is worse
        fail(e);
        release();
        throw e;
      }
      Consumer<Read> to;
      synchronized (this) {
        to = consumer;
        if (to == null) {
          waiting.add(read);
        }
      }
      if (to == null) {
        return read;
      }
      hand(to, read);
      return null;
    });
  }

  private void hand(Consumer<Read> consumer, Read read) {
    try {
      consumer.accept(read);
    } catch (RuntimeException | Error e) {
      fail(e);
      release();
    }
  }

  private void acquire(int count) {
    try {
      places.acquire(count);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    }
  }
}
