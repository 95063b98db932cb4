package dev.carepress.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The corpus the EPUB benchmarks read: {@code benchmarks/corpus/<n>/} made by {@code
 * shared/bench/gen_corpus.py} (about 600 words an article), generated on first use.
 */
final class EpubCorpus {
  private EpubCorpus() {}

  /** The {@code book.yaml} of a corpus of {@code articles} articles, generating it if needed. */
  static Path book(int articles) throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("carepress.corpus", locate("benchmarks/corpus")));
    Path dir = root.resolve(String.valueOf(articles));
    Path book = dir.resolve("book.yaml");
    if (Files.isRegularFile(book)) {
      return book;
    }
    Path generator = generator();
    Process p = new ProcessBuilder("python3", generator.toString(), dir.toString(), String.valueOf(articles))
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("gen_corpus.py failed (" + generator.toAbsolutePath() + "): " + log);
    }
    return book;
  }

  /**
   * {@code -Dcarepress.corpusGenerator}, else the first {@code shared/bench/gen_corpus.py} found
   * walking up from the working directory (the shared folder sits beside the repository).
   */
  static Path generator() throws IOException {
    String given = System.getProperty("carepress.corpusGenerator");
    if (given != null) {
      return Path.of(given);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/bench/gen_corpus.py");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IOException("shared/bench/gen_corpus.py not found above " + Path.of("").toAbsolutePath()
        + "; set -Dcarepress.corpusGenerator=/path/to/gen_corpus.py");
  }

  /** The path relative to the repository root, whether run from the root or from {@code benchmarks/}. */
  private static String locate(String fromRoot) {
    return Files.isDirectory(Path.of("benchmarks")) ? fromRoot : "../" + fromRoot;
  }
}
