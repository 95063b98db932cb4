package dev.carepress.cli.internal;

import dev.carepress.preview.PreviewEvent;
import dev.carepress.preview.PreviewServer;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code carepress serve}: a live preview of a folder of articles in the browser. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    header = "Preview articles in a browser, updated each time a file is saved.",
    description = {
      "Serves the folder's articles as the HTML site 'render' would write, from memory, on this computer."
          + " When a file is saved, only what changed is read again and the open pages reload themselves once"
          + " the new version is ready.",
      "",
      "An article with problems shows them at the top of its page as file:line:column, with the message and"
          + " a hint; the page keeps its last good version until the file is fixed. The bar at the foot of"
          + " each page shows the reading level and links to the literacy report, the PDF handout (also in"
          + " large print on US Letter) and the EPUB, made from the current text when clicked. A book.yaml"
          + " in the folder gives the site its title and offers the whole book as PDF and EPUB.",
      "",
      "Each rebuild is logged in one line. Ctrl-C stops the server."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  carepress serve examples --open",
      "  carepress serve articles/ --port 8080",
      "",
      "  # let a tablet on the same network see it (everyone on the network can)",
      "  carepress serve articles/ --bind 0.0.0.0",
      "",
      "Exit status: 0 stopped with Ctrl-C; 2 bad usage, or the port is taken."
    })
public final class ServeCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  @ParentCommand CarepressCommand parent;

  @Parameters(paramLabel = "DIR", arity = "0..1",
      description = "The folder of articles (.md, .markdown, .json, searched with its subfolders). Default: the"
          + " current folder.")
  Path folder = Path.of(".");

  @Option(names = "--port", paramLabel = "N",
      description = "The port to listen on. Default: 8000; 0 takes any free one.")
  int port = 8000;

  @Option(names = "--bind", paramLabel = "ADDR",
      description = "The address to listen on. Default: 127.0.0.1, this computer only. Another address (0.0.0.0:"
          + " all of them) lets anyone who can reach this computer read the articles.")
  String bind;

  @Option(names = "--book", paramLabel = "BOOK.yaml",
      description = "The book to offer as PDF and EPUB, inside the folder. Default: the folder's book.yaml, if any.")
  Path book;

  @Option(names = "--open", description = "Open the front page in the desktop's browser, if there is one.")
  boolean open;

  @Option(names = {"-q", "--quiet"}, description = "Log only the rebuilds that found errors.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Also log every problem a rebuild found, one a line.")
  boolean verbose;

  /** Made by picocli. */
  public ServeCommand() {}

  @Override
  public Integer call() throws IOException, InterruptedException {
    Console console = parent.context().console();
    if (!Files.isDirectory(folder)) {
      throw new UsageException(folder + ": " + (Files.exists(folder) ? "not a folder" : "no such folder"));
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port " + port + ": give 0 to 65535");
    }
    PreviewServer.Builder builder = PreviewServer.builder().folder(folder).port(port)
        .renderers(parent.context().renderers()).listener(event -> log(console, event));
    if (bind != null) {
      InetAddress address = address(bind);
      builder.bind(address);
      if (!address.isLoopbackAddress()) {
        console.err().println("carepress serve: " + Console.yellow("warning", console.color()) + ": --bind " + bind
            + ": anyone who can reach this computer on the network can read these articles while the preview runs");
      }
    }
    if (book != null) {
      builder.book(book);
    }
    PreviewServer server;
    try {
      server = builder.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try {
      server.start();
    } catch (BindException e) {
      throw new FailureException(e.getMessage());
    }
    Thread stop = new Thread(server::close, "carepress-serve-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    console.out().println("Serving " + folder + " at " + server.url() + " (Ctrl-C to stop)");
    console.out().flush();
    if (open) {
      openBrowser(console, server.url());
    }
    server.awaitClosed();
    return ExitCodes.OK;
  }

  private static InetAddress address(String text) {
    try {
      return InetAddress.getByName(text);
    } catch (UnknownHostException e) {
      throw new UsageException("--bind " + text + ": not an address of this computer (give one such as 127.0.0.1,"
          + " 0.0.0.0 or ::1)");
    }
  }

  private void log(Console console, PreviewEvent event) {
    boolean problem = event.kind() == PreviewEvent.Kind.FAILED || !event.errors().isEmpty();
    if (quiet && !problem) {
      return;
    }
    String line = event.summary();
    if (!console.unicode()) {
      line = line.replace("→", "->").replace("—", "-");
    }
    PrintWriter err = console.err();
    err.println(LocalTime.now().format(TIME) + " " + (problem ? console.red(line) : line));
    if (verbose) {
      event.problems().forEach(p -> err.println("  " + p));
    }
    err.flush();
  }

  // The desktop's way to open an address; never fails the command.
  private static void openBrowser(Console console, URI url) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command;
    if (os.contains("win")) {
      command = List.of("rundll32", "url.dll,FileProtocolHandler", url.toString());
    } else if (os.contains("mac")) {
      command = List.of("open", url.toString());
    } else if (System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null) {
      command = List.of("xdg-open", url.toString());
    } else {
      console.err().println("carepress serve: no desktop to open a browser on; open " + url + " yourself");
      return;
    }
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectInput(ProcessBuilder.Redirect.from(new File(os.contains("win") ? "NUL" : "/dev/null"))).start();
    } catch (IOException e) {
      console.err().println("carepress serve: could not open a browser (" + e.getMessage() + "); open " + url
          + " yourself");
    }
  }
}
