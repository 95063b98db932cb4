package dev.carepress.render.epub.internal;

import dev.carepress.model.Article;
import dev.carepress.render.RenderException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prepares chapters a few articles ahead on one background thread while the caller compresses and
 * writes the previous ones, so rendering and deflating use two cores. At most {@link #AHEAD}
 * prepared chapters wait at any time, so memory stays bounded however long the book. Results come
 * back strictly in article order, so the output does not depend on timing. With one core, or a
 * short book, everything runs on the caller's thread.
 */
final class ChapterPipeline implements AutoCloseable {
  static final int AHEAD = 4;
  private static final int MIN_ARTICLES = 8;

  /** Prepares one chapter; called in article order, from one thread at a time. */
  @FunctionalInterface
  interface Step<T> {
    T prepare(Article article, int index) throws IOException;
  }

  private final Iterator<Article> articles;
  private final int count;
  private final Step<?> step;
  private final ExecutorService executor;
  private final Deque<Future<?>> pending = new ArrayDeque<>();
  private int submitted;
  private int taken;

  /**
   * @param articles the articles, taken from the caller's thread as they are needed
   * @param count how many chapters will be asked for: the iterator must have that many articles
   */
  <T> ChapterPipeline(Iterator<Article> articles, int count, Step<T> step) {
    this.articles = articles;
    this.count = count;
    this.step = step;
    boolean parallel = count >= MIN_ARTICLES && Runtime.getRuntime().availableProcessors() > 1;
    this.executor = parallel
        ? Executors.newSingleThreadExecutor(r -> {
          Thread thread = new Thread(r, "carepress-epub-chapters");
          thread.setDaemon(true);
          return thread;
        })
        : null;
  }

  /** The next chapter, in article order. */
  @SuppressWarnings("unchecked")
  <T> T next() throws IOException {
    if (taken >= count) {
      throw new IllegalStateException("no more chapters");
    }
    int index = taken++;
    if (executor == null) {
      submitted++;
      return (T) step.prepare(nextArticle(), index);
    }
    while (submitted < count && submitted < index + 1 + AHEAD) {
      Article article = nextArticle();
      int i = submitted++;
      pending.add(executor.submit(() -> {
        try {
          return step.prepare(article, i);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
    }
    try {
      return (T) pending.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while rendering a chapter");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException) {
        throw ((UncheckedIOException) cause).getCause();
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause; // ContentException and other unchecked failures, as they are
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new RenderException("rendering a chapter failed: " + cause, cause);
    }
  }

  /** The next article; an iterator that ends early had an article go missing since it was counted. */
  private Article nextArticle() {
    if (!articles.hasNext()) {
      throw new IllegalStateException("the book gave " + submitted + " articles where it had " + count);
    }
    return articles.next();
  }

  /** Stops the background thread, abandoning chapters not taken (after an error). */
  @Override
  public void close() {
    if (executor != null) {
      pending.forEach(f -> f.cancel(true));
      executor.shutdownNow();
    }
  }
}
