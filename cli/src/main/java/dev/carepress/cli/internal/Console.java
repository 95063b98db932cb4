package dev.carepress.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a command writes, and what the terminal behind standard error can show: whether it is a
 * terminal at all (progress bars), colours, and whether "→" can be written in its character set.
 */
public final class Console {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean errIsTerminal;
  private final boolean color;
  private final boolean colorOut;
  private final boolean unicode;

  private Console(PrintWriter out, PrintWriter err, boolean errIsTerminal, boolean color, boolean colorOut,
      boolean unicode) {
    this.out = out;
    this.err = err;
    this.errIsTerminal = errIsTerminal;
    this.color = color;
    this.colorOut = colorOut;
    this.unicode = unicode;
  }

  /** The process's standard output and error, in the platform's character set. */
  public static Console system() {
    Charset charset = Charset.defaultCharset();
    Map<String, String> env = System.getenv();
    boolean dumb = "dumb".equals(env.get("TERM"));
    boolean terminal = isTerminal(2) && !dumb;
    boolean noColor = dumb || env.containsKey("NO_COLOR");
    return new Console(
        writer(FileDescriptor.out, charset), writer(FileDescriptor.err, charset), terminal, terminal && !noColor,
        isTerminal(1) && !noColor, charset.newEncoder().canEncode("→…█░"));
  }

  /** A console writing to the given writers, as a pipe would be: no progress bar, no colour. */
  public static Console of(Writer out, Writer err) {
    return new Console(new PrintWriter(out, true), new PrintWriter(err, true), false, false, false, true);
  }

  /** A console writing to the given writers as a colour terminal would be (for tests). */
  public static Console terminal(Writer out, Writer err) {
    return new Console(new PrintWriter(out, true), new PrintWriter(err, true), true, true, true, true);
  }

  /** Standard output: results (listings, JSON). */
  public PrintWriter out() {
    return out;
  }

  /** Standard error: problems, progress and the closing line. */
  public PrintWriter err() {
    return err;
  }

  /** Whether standard error is a terminal that can redraw a line. */
  public boolean errIsTerminal() {
    return errIsTerminal;
  }

  /** Whether to colour messages on standard error. */
  public boolean color() {
    return color;
  }

  /** Whether to colour messages on standard output. */
  public boolean colorOut() {
    return colorOut;
  }

  /** An arrow, or {@code ->} where the character set has none. */
  public String arrow() {
    return unicode ? "→" : "->";
  }

  /** Whether block characters can be drawn (progress bar). */
  public boolean unicode() {
    return unicode;
  }

  /** {@code text} in bold red (errors) when standard error has colours. */
  public String red(String text) {
    return red(text, color);
  }

  /** {@code text} in bold red when {@code on}. */
  public static String red(String text, boolean on) {
    return on ? "\033[1;31m" + text + "\033[0m" : text;
  }

  /** {@code text} in bold green (passes) when {@code on}. */
  public static String green(String text, boolean on) {
    return on ? "\033[1;32m" + text + "\033[0m" : text;
  }

  /** {@code text} in bold yellow (warnings) when {@code on}. */
  public static String yellow(String text, boolean on) {
    return on ? "\033[1;33m" + text + "\033[0m" : text;
  }

  /** Flushes both streams. */
  public void flush() {
    out.flush();
    err.flush();
  }

  private static PrintWriter writer(FileDescriptor fd, Charset charset) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), charset), true);
  }

  // Java 17 cannot ask whether standard error alone is a terminal (System.console() needs both
  // standard input and output to be one): on Linux /proc tells; elsewhere fall back to console().
  private static boolean isTerminal(int fd) {
    try {
      Path link = Path.of("/proc/self/fd/" + fd);
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // not Linux, or /proc is not readable: fall through
    }
    return System.console() != null;
  }
}
