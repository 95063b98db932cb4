package dev.carepress.cli.internal;

import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by the commands that work on articles. */
public final class OutputOptions {
  @Option(names = {"-q", "--quiet"},
      description = "Print errors only: no warnings, no progress bar, no closing line.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"},
      description = "Also print each file written and the stack trace of any failure.")
  boolean verbose;

  /** Made by picocli. */
  public OutputOptions() {}

  /** Whether only errors are printed. */
  public boolean quiet() {
    return quiet;
  }

  /** Whether files written and stack traces are printed. */
  public boolean verbose() {
    return verbose;
  }
}
