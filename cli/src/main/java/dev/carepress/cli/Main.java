package dev.carepress.cli;

import dev.carepress.cli.internal.CommandLines;
import dev.carepress.cli.internal.Console;
import dev.carepress.cli.internal.LoggingConfig;
import dev.carepress.cli.internal.WarmUp;

/**
 * The {@code carepress} command: renders health articles to HTML, PDF and EPUB, checks them, and
 * lists the formats on its class path.
 *
 * <pre>{@code
 * java -jar cli/target/carepress.jar render examples/articles --book examples/book.yaml
 * java -jar cli/target/carepress.jar check examples/articles --max-grade 8
 * java -jar cli/target/carepress.jar formats
 * }</pre>
 *
 * <p>Exit status: 0 done, 1 an article fell short of a check, 2 bad usage or an article that could
 * not be read or rendered. Renderers are found through {@link java.util.ServiceLoader}: put a jar
 * with your own {@link dev.carepress.render.RendererProvider} on the class path ({@code java -cp
 * carepress.jar:my-format.jar dev.carepress.cli.Main formats}) and it is offered like the built-in
 * ones.
 */
public final class Main {
  private Main() {}

  /** Runs the command and exits the JVM with its exit status. */
  public static void main(String[] args) {
    // a command never opens a window: headless, Java 2D (whose colour classes PDFBox initializes for
    // every PDF) does not load the X11 libraries when DISPLAY is set, a cost on a desktop's cold start
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    LoggingConfig.install(); // FontBox's harmless notices off, without starting the logging framework now
    WarmUp.startFor(args); // the reader's and renderers' cold start beside the command line's, not after it
    System.exit(run(args));
  }

  /** Runs the command with the process's standard streams and returns its exit status. */
  public static int run(String... args) {
    Console console = Console.system();
    try {
      return CommandLines.create(console, args).execute(args);
    } catch (OutOfMemoryError e) {
      console.err().println("carepress: out of memory; try fewer --jobs, or more memory: java -Xmx2g -jar carepress.jar ...");
      return CommandLines.INTERNAL_ERROR;
    } catch (Error e) {
      // a broken installation (a class missing from the class path) or a bug: say what, without a trace
      console.err().println("carepress: internal error: " + e + " (run with --verbose for where; please report it)");
      if (java.util.Arrays.asList(args).contains("--verbose")) {
        e.printStackTrace(console.err());
      }
      return CommandLines.INTERNAL_ERROR;
    } finally {
      console.flush();
    }
  }
}
