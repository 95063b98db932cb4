package dev.carepress.preview.testing;

import dev.carepress.preview.PreviewEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A listener that keeps the preview's events, for tests to wait on. */
public final class Events implements Consumer<PreviewEvent> {
  /** How long a test waits for a rebuild: long, since the build machine may be busy. */
  public static final Duration PATIENCE = Duration.ofSeconds(60);

  private final LinkedBlockingQueue<PreviewEvent> queue = new LinkedBlockingQueue<>();
  private final List<PreviewEvent> all = new ArrayList<>();

  @Override
  public void accept(PreviewEvent event) {
    synchronized (all) {
      all.add(event);
    }
    queue.add(event);
  }

  /** Waits for the next event that matches, dropping those before it. */
  public PreviewEvent next(Predicate<PreviewEvent> wanted) {
    long end = System.nanoTime() + PATIENCE.toNanos();
    try {
      while (System.nanoTime() < end) {
        PreviewEvent e = queue.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (e != null && wanted.test(e)) {
          return e;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError("no such event in " + PATIENCE.toSeconds() + " s; events so far: " + all());
  }

  /** Waits for the rebuild after a change to the file ({@code articles/x.md}, relative to the folder). */
  public PreviewEvent rebuiltAfter(String file) {
    return next(e -> e.kind() == PreviewEvent.Kind.REBUILT && e.files().contains(file));
  }

  /** Forgets the events not waited for yet. */
  public void clear() {
    queue.clear();
  }

  /** Every event so far. */
  public List<PreviewEvent> all() {
    synchronized (all) {
      return List.copyOf(all);
    }
  }
}
