package dev.carepress.benchmarks;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The generated corpus the HTML benchmarks render: made by {@code gen_corpus.py} on first use (the
 * script is looked for at {@code -Dcarepress.genCorpus}, default {@code ../shared/bench/gen_corpus.py})
 * and parsed once, outside the measurement.
 */
final class HtmlCorpus {
  private HtmlCorpus() {}

  /** The {@code count} articles of about {@code words} words each, generating them if needed. */
  static List<Article> load(int count, int words) throws IOException, InterruptedException {
    Path dir = Path.of(System.getProperty("carepress.corpus", "benchmarks/corpus"), "html-" + count + "x" + words);
    if (!hasArticles(dir)) {
      String script = System.getProperty("carepress.genCorpus", "../shared/bench/gen_corpus.py");
      Process p = new ProcessBuilder("python3", script, dir.toString(), String.valueOf(count), "--words",
          String.valueOf(words)).inheritIO().start();
      if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("could not generate the corpus with " + script + " into " + dir
            + " (set -Dcarepress.genCorpus=/path/to/gen_corpus.py)");
      }
    }
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        articles.add(MarkdownArticleReader.create().read(file));
      }
    }
    return articles;
  }

  private static boolean hasArticles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".md"));
    }
  }
}
