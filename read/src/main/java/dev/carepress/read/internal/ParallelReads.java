package dev.carepress.read.internal;

import dev.carepress.model.Article;
import dev.carepress.read.ArticleReader;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a book's articles on as many threads as there are processors, the results in the order of
 * the files whatever order the threads finish in. Each article is read on its own (readers share
 * nothing but immutable parsers), so the results are those of reading the files one after the
 * other; so is a failure: the first file in order that cannot be read is the one reported.
 */
final class ParallelReads {
  /** Fewer articles than this are read on the calling thread: starting threads would cost more. */
  private static final int MIN_PARALLEL = 4;

  private ParallelReads() {}

  /**
   * Each file's result, in order.
   *
   * @throws IOException the first (in file order) that reading a file threw
   */
  static List<ReadResult<Article>> parse(List<Path> files, ArticleReader reader) throws IOException {
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
    if (threads < 2 || files.size() < MIN_PARALLEL) {
      List<ReadResult<Article>> results = new ArrayList<>(files.size());
      for (Path file : files) {
        results.add(reader.parse(file));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Daemons());
    try {
      List<Future<ReadResult<Article>>> futures = new ArrayList<>(files.size());
      for (Path file : files) {
        futures.add(pool.submit(() -> reader.parse(file)));
      }
      List<ReadResult<Article>> results = new ArrayList<>(files.size());
      for (Future<ReadResult<Article>> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while reading the book's articles");
      interrupted.initCause(e);
      throw interrupted;
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } finally {
      pool.shutdownNow(); // after a failure, the articles after it are not needed
    }
  }

  /** What a reading thread threw, to throw again on the caller's thread. */
  private static IOException rethrown(Throwable cause) {
    if (cause instanceof IOException) {
      return (IOException) cause;
    }
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    throw new UncheckedIOException(new IOException(cause));
  }

  /** Daemon threads, so that a reader never keeps a program from exiting. */
  private static final class Daemons implements ThreadFactory {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final int pool = POOLS.incrementAndGet();
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "carepress-read-" + pool + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
