package dev.carepress.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code carepress} command: only the subcommands do work. */
@Command(
    name = "carepress",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    synopsisSubcommandLabel = "COMMAND",
    header = "Health articles to web pages, patient handouts and e-books.",
    description = {
      "Reads articles written in Markdown (with YAML front matter) or JSON and renders them to HTML,"
          + " PDF and EPUB, or checks that they are valid and plain enough for patients."
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  carepress render examples/articles --book examples/book.yaml",
      "  carepress render asthma.md --format pdf --page-size LETTER --large-print",
      "  carepress book examples/book.yaml -f epub",
      "  carepress check articles/ --max-grade 8",
      "  carepress formats",
      "",
      "Run 'carepress COMMAND --help' for a command's options.",
      "Exit status: 0 done, 1 an article fell short of a check, 2 bad usage or input."
    })
public final class CarepressCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;

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
