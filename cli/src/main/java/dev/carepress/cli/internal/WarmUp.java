package dev.carepress.cli.internal;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.Renderers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads a small built-in article on a thread of its own as soon as the JVM starts a command that will
 * read Markdown articles, so that the reader's cold start — loading and initializing Flexmark and the
 * YAML parser, and their first interpreted runs — happens while the main thread is still building
 * the command line, checking settings and finding files, instead of on the critical path when the
 * first real article is read. A render then renders that article in the formats it asks for, so
 * that the renderers' cold start is out of the way too (see benchmarks/README.md for what this
 * saves). The results are thrown away;
 * nothing is printed, written or cached, so no output can depend on it. The thread is a daemon: a
 * command that ends first does not wait for it. Reading on two threads at once is what every batch
 * does anyway (its reading threads start on the first two articles together), so this adds no new
 * kind of concurrency to the reader's class initialization.
 */
public final class WarmUp {
  /**
   * The system property that turns it off ({@code -Dcarepress.warmUp=false}) or to reading only
   * ({@code read}), for measurements.
   */
  public static final String PROPERTY = "carepress.warmUp";

  /** The formats of a render that names none: every format on the class path. */
  static final List<String> EVERY = List.of("*");

  /** The commands that read Markdown articles. */
  private static final Set<String> READING = Set.of("render", "book", "check", "serve");

  /**
   * An article using what most articles use: front matter with lists and maps, headings,
   * emphasis, a link, lists, a table, a quote. It reads without a warning (a test checks), so that
   * the code it warms is that of a clean article rather than of the reader's messages.
   */
  static final String ARTICLE = """
      ---
      title: Warm up
      summary: A short article read when the command starts.
      language: en
      category: Staying well
      published: 2026-01-02
      authors:
        - name: Ana Lopez
          credentials: RN
      keyPoints:
        - Drink **water** every day.
      ---

      Some *text* with a [link](https://example.org/) and a footnote.[^1]

      ## What to do

      - Walk each day.
      - Eat well.

      1. Wash your hands.
      2. Rest.

      | When | What |
      | --- | --- |
      | Morning | Water |

      > A quote.

      [^1]: A note.
      """;

  private WarmUp() {}

  /**
   * Starts the warm-up if the command these arguments name reads Markdown articles and it is not
   * turned off; returns whether it started.
   */
  public static boolean startFor(String[] args) {
    String mode = System.getProperty(PROPERTY, "true");
    String command = command(args);
    if (mode.equals("false") || !READING.contains(command)) {
      return false;
    }
    List<String> formats = rendered(args, mode);
    Thread thread = new Thread(() -> run(formats), "carepress-warm-up");
    thread.setDaemon(true);
    thread.start();
    return true;
  }

  /**
   * The formats the warm-up renders its article in, after reading it: a render's (its renderers'
   * cold start goes too), but not an incremental one's, which most often renders nothing or one
   * article: there the renders' cold start on the other core cost a run with nothing changed more
   * (0.36 -> 0.44 s for 1,000 articles) than it saved a run with one article changed (0.51 -> 0.50 s).
   */
  static List<String> rendered(String[] args, String mode) {
    boolean renders = command(args).equals("render") && !mode.equals("read")
        && !Arrays.asList(args).contains("--incremental");
    return renders ? formats(args) : List.of();
  }

  /** The command the arguments name: the first that is not an option, or "" if none. */
  static String command(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return "";
  }

  /**
   * The formats a render's arguments ask for ({@code -f pdf}, {@code -fpdf}, {@code --format=pdf,epub},
   * repeatable), or {@link #EVERY} for none. A guess is enough: a format misread only costs the
   * warm-up's thread some work, and one that does not exist is skipped.
   */
  static List<String> formats(String[] args) {
    List<String> formats = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = null;
      if ((arg.equals("-f") || arg.equals("--format")) && i + 1 < args.length) {
        value = args[++i];
      } else if (arg.startsWith("--format=")) {
        value = arg.substring("--format=".length());
      } else if (arg.startsWith("-f") && arg.length() > 2 && !arg.startsWith("--")) {
        value = arg.substring(2);
      }
      if (value != null) {
        // a loop, not a stream: this runs on the main thread before the warm-up starts, and the first
        // stream of a run costs its cold set-up (~10 ms)
        for (String format : value.split(",")) {
          if (!format.isBlank()) {
            formats.add(format.strip());
          }
        }
      }
    }
    return formats.isEmpty() ? EVERY : formats;
  }

  private static void run(List<String> formats) {
    Article article;
    try {
      article = MarkdownArticleReader.create().parse(ARTICLE, "warm-up.md").orThrow();
    } catch (RuntimeException | LinkageError e) {
      return; // a warm-up has no result to lose: the real read, on the main path, reports any problem
    }
    if (formats.isEmpty()) {
      return;
    }
    try {
      Renderers renderers = Renderers.discover();
      for (String format : formats.equals(EVERY) ? List.copyOf(renderers.formatIds()) : formats) {
        if (renderers.provider(format).isPresent()) {
          renderers.require(format).render(article, OutputStream.nullOutputStream());
        }
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      // as above: the real render reports any problem
    }
  }
}
