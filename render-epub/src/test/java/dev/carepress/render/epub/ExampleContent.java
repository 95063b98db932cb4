package dev.carepress.render.epub;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.BookReader;
import dev.carepress.read.MarkdownArticleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The repository's example articles ({@code examples/articles/*.md}) and a corpus made by the
 * project's generator ({@code benchmarks/gen_corpus.py}, into {@code target/} once per JVM).
 */
final class ExampleContent {
  static final Path EXAMPLES = Path.of("../examples");

  private ExampleContent() {}

  /** The example book, {@code examples/book.yaml}. */
  static Book exampleBook() {
    try {
      return BookReader.create().read(EXAMPLES.resolve("book.yaml").toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A book of {@code count} generated articles, read from its {@code book.yaml}. */
  static Book generatedBook(int count) {
    try {
      return BookReader.create().read(corpus(count).resolve("book.yaml").toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every example article, read with the Markdown reader, in file-name order. */
  static List<Article> exampleArticles() {
    try (Stream<Path> files = Files.list(EXAMPLES.resolve("articles"))) {
      List<Article> articles = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        articles.add(MarkdownArticleReader.create().read(file));
      }
      if (articles.isEmpty()) {
        throw new IllegalStateException("no example articles in " + EXAMPLES.toAbsolutePath());
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code -Dcarepress.corpusGenerator}, else the repository's {@code benchmarks/gen_corpus.py},
   * found walking up from the module.
   */
  static Path generator() {
    String given = System.getProperty("carepress.corpusGenerator");
    if (given != null) {
      return Path.of(given);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("benchmarks/gen_corpus.py");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("benchmarks/gen_corpus.py not found above " + Path.of("").toAbsolutePath()
        + "; set -Dcarepress.corpusGenerator=/path/to/gen_corpus.py");
  }

  /** A folder with {@code count} generated articles, their {@code book.yaml} and {@code cover.png}. */
  static synchronized Path corpus(int count) {
    Path dir = Path.of("target/corpus-" + count);
    if (Files.isRegularFile(dir.resolve("book.yaml"))) {
      return dir;
    }
    Path generator = generator();
    try {
      Process p = new ProcessBuilder("python3", generator.toString(), dir.toString(), String.valueOf(count))
          .redirectErrorStream(true).start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("gen_corpus.py failed: " + log);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run python3 " + generator, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
