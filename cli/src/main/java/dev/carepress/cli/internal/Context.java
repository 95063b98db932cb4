package dev.carepress.cli.internal;

import dev.carepress.batch.InputReader;
import dev.carepress.render.Renderers;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the commands work with: the console, the renderers (found on first use, so that {@code
 * --help} does not load them) and the readers.
 */
public final class Context {
  private final Console console;
  private final Supplier<Renderers> renderers;
  private final InputReader reading;
  private Renderers found;

  /** A context; {@code renderers} is called at most once. */
  public Context(Console console, Supplier<Renderers> renderers, InputReader reading) {
    this.console = Objects.requireNonNull(console, "console");
    this.renderers = Objects.requireNonNull(renderers, "renderers");
    this.reading = Objects.requireNonNull(reading, "reading");
  }

  /** Where to write. */
  public Console console() {
    return console;
  }

  /** The renderers available. */
  public synchronized Renderers renderers() {
    if (found == null) {
      found = renderers.get();
    }
    return found;
  }

  /** How the inputs are read. */
  public InputReader reading() {
    return reading;
  }
}
