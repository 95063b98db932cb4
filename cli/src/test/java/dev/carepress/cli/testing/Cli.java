package dev.carepress.cli.testing;

import dev.carepress.batch.InputReader;
import dev.carepress.cli.internal.CommandLines;
import dev.carepress.cli.internal.Console;
import dev.carepress.cli.internal.Context;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import java.io.StringWriter;
import java.util.function.Supplier;

/** Runs the command in-process through picocli with captured output, as a pipe or as a terminal. */
public final class Cli {
  private final Supplier<Renderers> renderers;
  private final InputReader reading;
  private final boolean terminal;

  private Cli(Supplier<Renderers> renderers, InputReader reading, boolean terminal) {
    this.renderers = renderers;
    this.reading = reading;
    this.terminal = terminal;
  }

  /** What a run gave. */
  public record Result(int exitCode, String out, String err) {}

  /** The command with the renderers found on the test class path (the real ones and {@code fake}). */
  public static Cli discovering(InputReader reading) {
    return new Cli(Renderers::discover, reading, false);
  }

  /** The command with only these renderers. */
  public static Cli with(InputReader reading, RendererProvider... providers) {
    return new Cli(() -> {
      Renderers.Builder builder = Renderers.builder().discover(false);
      for (RendererProvider provider : providers) {
        builder.add(provider);
      }
      return builder.build();
    }, reading, false);
  }

  /** The same command with standard error a colour terminal. */
  public Cli onTerminal() {
    return new Cli(renderers, reading, true);
  }

  /** Runs the command line. */
  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console console = terminal ? Console.terminal(out, err) : Console.of(out, err);
    int code = CommandLines.create(new Context(console, renderers, reading), args).execute(args);
    console.flush();
    return new Result(code, out.toString(), err.toString());
  }
}
