package dev.carepress.cli.internal;

import dev.carepress.batch.BatchListener;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;

/**
 * A one-line progress bar redrawn in place on standard error: {@code rendering [█████░░░░░] 37/120}.
 * Drawn only when standard error is a terminal, the run is not {@code --quiet} and there is enough
 * work to wait for (decided when the first phase starts); otherwise every call does nothing.
 * Thread-safe: the batch's worker threads count the steps.
 */
public final class Progress implements BatchListener, AutoCloseable {
  /** Fewer steps than this (files to read) finish too fast for a bar to help. */
  public static final int THRESHOLD = 10;
  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 80_000_000L;

  private final Console console;
  private final boolean quiet;
  private final Map<Phase, String> labels;
  private boolean started;
  private boolean enabled;
  private String label = "";
  private int total;
  private int done;
  private long lastDraw;
  private boolean drawn;

  private final Thread interrupted;

  /**
   * A bar, not drawn until the batch starts.
   *
   * @param labels each phase's label, padded to one width so the bars line up
   */
  public Progress(Console console, boolean quiet, Map<Phase, String> labels) {
    this.console = console;
    this.quiet = quiet;
    this.labels = new EnumMap<>(labels);
    // Ctrl-C: leave the terminal on a clean line that says what happened
    this.interrupted = new Thread(() -> {
      synchronized (this) {
        if (drawn) {
          console.err().print("\r\033[K");
          console.err().println(label.strip() + " interrupted at " + done + "/" + total);
          console.err().flush();
        }
      }
    }, "carepress-progress");
  }

  /** Starts the next phase: its label, its number of steps, none done. */
  @Override
  public synchronized void started(Phase phase, int steps) {
    if (!started) {
      started = true;
      enabled = console.errIsTerminal() && !quiet && steps >= THRESHOLD;
      if (enabled) {
        Runtime.getRuntime().addShutdownHook(interrupted);
      }
    }
    label = labels.getOrDefault(phase, phase.name().toLowerCase(java.util.Locale.ROOT));
    total = steps;
    done = 0;
    lastDraw = 0;
  }

  /** Counts more steps to do (a step found to be needed on the way). */
  @Override
  public synchronized void added(int steps) {
    total += steps;
  }

  /** Counts one step done. */
  @Override
  public synchronized void stepDone() {
    done++;
    long now = System.nanoTime();
    if (enabled && (done == total || now - lastDraw >= REDRAW_NANOS)) {
      lastDraw = now;
      draw();
    }
  }

  /** Clears the bar so that the next line starts on a clean line. */
  @Override
  public synchronized void close() {
    if (enabled && drawn) {
      PrintWriter err = console.err();
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
    if (enabled) {
      enabled = false;
      try {
        Runtime.getRuntime().removeShutdownHook(interrupted);
      } catch (IllegalStateException e) {
        // shutting down already: the hook runs
      }
    }
  }

  private void draw() {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String full = console.unicode() ? "█" : "#";
    String empty = console.unicode() ? "░" : ".";
    PrintWriter err = console.err();
    err.print("\r" + label + " [" + full.repeat(filled) + empty.repeat(WIDTH - filled) + "] " + done + "/" + total + "\033[K");
    err.flush();
    drawn = true;
  }
}
