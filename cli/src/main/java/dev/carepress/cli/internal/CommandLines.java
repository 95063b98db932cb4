package dev.carepress.cli.internal;

import dev.carepress.batch.InputReader;
import dev.carepress.render.Renderers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the picocli {@link CommandLine} for {@code carepress} and decides how failures are shown. */
public final class CommandLines {
  /** The exit status of a failure of the command itself (a JVM error), which is neither usage nor content. */
  public static final int INTERNAL_ERROR = ExitCodes.INVALID;
  private CommandLines() {}

  /**
   * The command with the renderers on the class path and the Carepress readers, made for these
   * arguments: when they name a command, only that one is built (picocli reads each command's
   * annotations when it is built, about a tenth of a short run's start-up; the top-level command and
   * render are built in code, {@link CommandSpecs}, without annotations).
   */
  public static CommandLine create(Console console, String... args) {
    return create(new Context(console, Renderers::discover, InputReader.standard()), args);
  }

  /** The command working in the given context (tests give their own renderers or readers), made for these arguments. */
  public static CommandLine create(Context context, String... args) {
    Console console = context.console();
    CarepressCommand top = new CarepressCommand(context);
    CommandLine cmd = new CommandLine(CommandSpecs.top(top));
    String first = args.length > 0 ? args[0] : "";
    boolean all = !List.of("render", "book", "check", "import", "formats", "serve").contains(first);
    if (all || first.equals("render")) {
      cmd.addSubcommand(new CommandLine(CommandSpecs.render(new RenderCommand(), top)));
    }
    if (all || first.equals("book")) {
      cmd.addSubcommand(new CommandLine(new BookCommand()));
    }
    if (all || first.equals("check")) {
      cmd.addSubcommand(new CommandLine(new CheckCommand()));
    }
    if (all || first.equals("import")) {
      cmd.addSubcommand(new CommandLine(new ImportCommand()));
    }
    if (all || first.equals("formats")) {
      cmd.addSubcommand(new CommandLine(new FormatsCommand()));
    }
    if (all || first.equals("serve")) {
      cmd.addSubcommand(new CommandLine(new ServeCommand()));
    }
    if (all) {
      cmd.addSubcommand(new CommandLine.HelpCommand());
    }
    cmd.setOut(console.out());
    cmd.setErr(console.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setColorScheme(Help.defaultColorScheme(console.color() ? Help.Ansi.ON : Help.Ansi.OFF));
    Errors errors = new Errors(console);
    cmd.setParameterExceptionHandler(errors);
    cmd.setExecutionExceptionHandler(errors);
    cmd.setExitCodeExceptionMapper(errors);
    return cmd;
  }

  // A named class, not lambdas: picocli's interfaces are Java 5 class files, for which Java 17's
  // class-data archive keeps no lambda class, so each lambda was spun at every start (with the
  // JDK's class-writing code loaded and run cold for it: some 10 ms on the command's critical path).
  private static final class Errors
      implements IParameterExceptionHandler, IExecutionExceptionHandler, IExitCodeExceptionMapper {
    private final Console console;

    Errors(Console console) {
      this.console = console;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
      return parameterError(console, e);
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
      return executionError(console, e, cmd, parsed);
    }

    @Override
    public int getExitCode(Throwable e) {
      return ExitCodes.INVALID;
    }
  }

  // A mistyped option: say what is wrong and where help is, in two lines, not the whole manual.
  private static int parameterError(Console console, ParameterException e) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = console.err();
    err.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.INVALID;
  }

  private static int executionError(Console console, Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = console.err();
    String name = cmd.getCommandSpec().qualifiedName();
    if (e instanceof UsageException) {
      err.println(name + ": " + e.getMessage());
      err.println("Try '" + name + " --help' for more information.");
    } else if (e instanceof FailureException) {
      err.println(name + ": " + console.red("error") + ": " + e.getMessage());
    } else {
      err.println(name + ": " + console.red("error") + ": " + describe(e));
      if (verbose(parsed)) {
        e.printStackTrace(err);
      } else {
        err.println("(run with --verbose to see where it failed)");
      }
    }
    err.flush();
    return ExitCodes.INVALID;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) {
      return ((FileSystemException) e).getFile() + ": " + reason((IOException) e);
    }
    if (e instanceof IOException) {
      return reason((IOException) e);
    }
    return message == null ? e.getClass().getName() : message;
  }

  /** What went wrong, in words, without the file name (the caller names the file). */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      String why = ((FileSystemException) e).getReason();
      return why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
