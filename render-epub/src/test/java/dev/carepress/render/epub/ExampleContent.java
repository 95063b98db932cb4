package dev.carepress.render.epub;

import dev.carepress.model.Article;
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
 * project's generator ({@code shared/bench/gen_corpus.py}, into {@code target/} once per JVM).
 */
final class ExampleContent {
  static final Path EXAMPLES = Path.of("../examples");
  private static final Path GENERATOR = Path.of(System.getProperty("carepress.corpusGenerator",
      "../../shared/bench/gen_corpus.py"));

  private ExampleContent() {}

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

  /** A folder with {@code count} generated articles, their {@code book.yaml} and {@code cover.png}. */
  static synchronized Path corpus(int count) {
    Path dir = Path.of("target/corpus-" + count);
    if (Files.isRegularFile(dir.resolve("book.yaml"))) {
      return dir;
    }
    if (!Files.isRegularFile(GENERATOR)) {
      throw new IllegalStateException("the corpus generator is missing: " + GENERATOR.toAbsolutePath()
          + " (set -Dcarepress.corpusGenerator=/path/to/gen_corpus.py)");
    }
    try {
      Process p = new ProcessBuilder("python3", GENERATOR.toString(), dir.toString(), String.valueOf(count))
          .redirectErrorStream(true).start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("gen_corpus.py failed: " + log);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run python3 " + GENERATOR, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
