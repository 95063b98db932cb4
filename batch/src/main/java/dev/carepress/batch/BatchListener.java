package dev.carepress.batch;

/**
 * Follows a batch as it runs, to show progress: each phase starts with the number of steps it
 * will take, and each step done is counted. Called from the batch's worker threads, so an
 * implementation must be thread-safe; it should return quickly.
 *
 * <pre>{@code
 * BatchResult result = batch.run(new BatchListener() {
 *   public void stepDone() { done.incrementAndGet(); }
 * });
 * }</pre>
 */
public interface BatchListener {

  /** What a batch is doing, in order: reading, then rendering or checking. */
  enum Phase {
    /** Reading the article files and the book: one step a file. */
    READING,
    /** Rendering: one step an article and format, one for the site, one a format of the book. */
    RENDERING,
    /** Checking: one step an article read without errors. */
    CHECKING
  }

  /** A listener that does nothing. */
  static BatchListener none() {
    return new BatchListener() {};
  }

  /** A phase starts, with the number of steps it will take (none done yet). */
  default void started(Phase phase, int steps) {}

  /** The current phase found that it needs more steps (the site rendered again without an article that failed). */
  default void added(int steps) {}

  /** One step of the current phase is done. */
  default void stepDone() {}
}
