package dev.carepress.cli.internal;

import dev.carepress.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * The build's training run for the class-data archive (cli/pom.xml): runs, in one JVM, the commands
 * whose cold start matters — every format, the site and the book; the book alone; handouts and
 * e-books alone (a streamed batch); an incremental batch when it is made, when nothing changed and when one article
 * changed; a check — so that the classes each of them loads are listed and mapped into the archive
 * the launcher passes. Not part of the command line.
 *
 * <p>Usage: {@code java -cp carepress.jar dev.carepress.cli.internal.ClassDataTraining EXAMPLES WORK},
 * where EXAMPLES holds {@code articles/} and {@code book.yaml} and WORK is a folder it may fill.
 */
public final class ClassDataTraining {
  private ClassDataTraining() {}

  /** Runs the training commands; exits with status 2 if one of them did not succeed. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ClassDataTraining EXAMPLES-FOLDER WORK-FOLDER");
      System.exit(2);
    }
    System.setProperty("java.awt.headless", "true"); // as Main.main does
    LoggingConfig.install();
    WarmUp.startFor(new String[] {"render"}); // as Main.main does, so its class is archived too
    Path examples = Path.of(args[0]);
    Path work = Path.of(args[1]);
    Path articles = work.resolve("articles");
    copy(examples.resolve("articles"), articles);
    String book = examples.resolve("book.yaml").toString();
    String incremental = work.resolve("incremental").toString();
    String[] again = {"render", articles.toString(), "--incremental", "--out", incremental, "-q"};
    int failed = 0;
    failed += failed(Main.run("render", examples.resolve("articles").toString(), "--book", book,
        "--out", work.resolve("all").toString(), "-q"));
    // the book alone (carepress book): its e-book and booklet
    failed += failed(Main.run("book", book, "--out", work.resolve("book").toString(), "-q"));
    // handouts and e-books without a site: the streamed batch
    failed += failed(Main.run("render", articles.toString(), "-f", "pdf,epub",
        "--out", work.resolve("streamed").toString(), "-q"));
    failed += failed(Main.run(again)); // makes the manifest
    failed += failed(Main.run(again)); // nothing changed
    changeOneArticle(articles);
    failed += failed(Main.run(again)); // one article changed
    failed += failed(Main.run("check", articles.toString(), "-q"));
    System.exit(failed == 0 ? 0 : 2);
  }

  // render's and check's statuses: 0 done, 1 an article fell short of a check (not a failure here)
  private static int failed(int status) {
    return status == 0 || status == 1 ? 0 : 1;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void changeOneArticle(Path articles) {
    try (Stream<Path> files = Files.list(articles)) {
      Path first = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst()
          .orElseThrow(() -> new IOException("no article in " + articles));
      Files.writeString(first, "\nOne more sentence for the training run.\n", StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
