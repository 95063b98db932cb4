package dev.carepress.benchmarks;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.ArticleReaders;
import dev.carepress.read.BookReader;
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
 * The benchmark corpus: synthetic consumer-health articles made by {@code benchmarks/gen_corpus.py}
 * (deterministic, the same generator the peers' figures in {@code PEERS.md} were measured on), in
 * {@code benchmarks/corpus/<count>x<words>/}, generated on first use and read with core's readers
 * outside any measurement.
 *
 * <p>{@code -Dcarepress.corpus=DIR} moves the corpus folder; {@code
 * -Dcarepress.corpusGenerator=FILE} uses another copy of the generator.
 */
final class Corpus {
  private Corpus() {}

  /** The folder of {@code count} articles of about {@code words} words, with its {@code book.yaml}. */
  static Path folder(int count, int words) {
    Path dir = root().resolve(count + "x" + words);
    if (Files.isRegularFile(dir.resolve("book.yaml"))) {
      return dir;
    }
    Path generator = generator();
    try {
      Process p = new ProcessBuilder("python3", generator.toString(), dir.toString(), String.valueOf(count), "--words",
          String.valueOf(words)).redirectErrorStream(true).start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("gen_corpus.py failed (" + generator + "): " + log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run python3 " + generator, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while generating the corpus", e);
    }
    return dir;
  }

  /** Every article of the folder, in file-name order. */
  static List<Article> articles(Path dir) {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        articles.add(ArticleReaders.read(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }

  /** The first article of the folder. */
  static Article first(Path dir) {
    return articles(dir).get(0);
  }

  /** The folder's {@code book.yaml}, cut to its first {@code limit} articles. */
  static Book book(Path dir, int limit) {
    try {
      Book book = BookReader.create().read(dir.resolve("book.yaml"));
      List<Article> articles = book.articles().subList(0, Math.min(limit, book.articles().size()));
      return new Book(book.metadata(), articles, book.source());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The generator: {@code -Dcarepress.corpusGenerator}, else the repository's {@code benchmarks/gen_corpus.py}. */
  static Path generator() {
    String given = System.getProperty("carepress.corpusGenerator");
    if (given != null) {
      return Path.of(given);
    }
    for (Path candidate : List.of(Path.of("benchmarks/gen_corpus.py"), Path.of("gen_corpus.py"))) {
      if (Files.isRegularFile(candidate)) {
        return candidate.toAbsolutePath();
      }
    }
    throw new IllegalStateException("benchmarks/gen_corpus.py not found from " + Path.of("").toAbsolutePath()
        + "; run from the repository root or set -Dcarepress.corpusGenerator=FILE");
  }

  private static Path root() {
    String given = System.getProperty("carepress.corpus");
    if (given != null) {
      return Path.of(given);
    }
    return Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks/corpus") : Path.of("corpus");
  }
}
