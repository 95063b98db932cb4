package dev.carepress.batch.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** A pool of worker threads, one a job; daemon threads, so a stuck render cannot keep the JVM alive. */
final class Tasks implements AutoCloseable {
  private final ExecutorService pool;

  Tasks(int threads) {
    AtomicInteger count = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "carepress-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  <T> Future<T> submit(Callable<T> task) {
    return pool.submit(task);
  }

  /** The pool as an executor, for work a task splits further (a site's pages). */
  Executor executor() {
    return pool;
  }

  /** The task's result; its unchecked exception or error is thrown again as it was. */
  static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
