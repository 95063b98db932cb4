package dev.carepress.cli.internal;

import java.util.concurrent.Callable;

/**
 * The top-level {@code carepress} command: only the subcommands do work. Its help and options are
 * set by {@link CommandSpecs#top}.
 */
public final class CarepressCommand implements Callable<Integer> {
  private final Context context;

  /** The command working in this context. */
  public CarepressCommand(Context context) {
    this.context = context;
  }

  /** The context the subcommands work in. */
  public Context context() {
    return context;
  }

  @Override
  public Integer call() {
    // no subcommand: show what there is, as a usage error
    context.console().err().println("carepress: which command? render, book, check, import, formats or serve");
    context.console().err().println("Try 'carepress --help' for more information.");
    return ExitCodes.INVALID;
  }
}
