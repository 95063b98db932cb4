package dev.carepress.cli.internal;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place on standard error: {@code rendering [█████░░░░░] 37/120}.
 * Drawn only when standard error is a terminal, the run is not {@code --quiet} and there is enough
 * work to wait for; otherwise every call does nothing. Thread-safe.
 */
public final class Progress implements AutoCloseable {
  /** Fewer steps than this finish too fast for a bar to help. */
  public static final int THRESHOLD = 10;
  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 80_000_000L;

  private final Console console;
  private String label;
  private final boolean enabled;
  private int total;
  private int done;
  private long lastDraw;
  private boolean drawn;

  private final Thread interrupted;

  private Progress(Console console, String label, int total, boolean enabled) {
    this.console = console;
    this.label = label;
    this.total = total;
    this.enabled = enabled;
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
    if (enabled) {
      Runtime.getRuntime().addShutdownHook(interrupted);
    }
  }

  /**
   * Starts a bar.
   *
   * @param articles how many articles the run has (the bar shows from {@link #THRESHOLD} on)
   * @param steps how many steps will be counted
   */
  public static Progress start(Console console, boolean quiet, String label, int articles, int steps) {
    return new Progress(console, label, steps, console.errIsTerminal() && !quiet && articles >= THRESHOLD);
  }

  /** Starts the next phase: a new label, a new number of steps, none done. */
  public synchronized void phase(String newLabel, int steps) {
    label = newLabel;
    total = steps;
    done = 0;
    lastDraw = 0;
  }

  /** Counts more steps to do (a step found to be needed on the way). */
  public synchronized void add(int steps) {
    total += steps;
  }

  /** Counts one step done. */
  public synchronized void step() {
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
