package dev.carepress.benchmarks;

import dev.carepress.model.Article;
import dev.carepress.read.ArticleReaders;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Markdown articles read per second, on one thread: the 100 articles of about 600 words of the
 * generated corpus, taken in turn, and one article of about 20,000 words. Each operation reads one
 * file the way {@code BookReader} and the CLI do ({@link ArticleReaders#parse}: the bytes, UTF-8
 * decoding, front matter, body, checks), from the operating system's file cache.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar Read -prof gc
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ReadBenchmarks {
  private List<Path> short600;
  private Path long20000;
  private int next;

  /** Finds the corpus files (generating them first if needed). */
  @Setup
  public void setUp() {
    short600 = markdownFiles(Corpus.folder(100, 600));
    long20000 = markdownFiles(Corpus.folder(1, 20000)).get(0);
  }

  /** One 600-word article. */
  @Benchmark
  public Article read600() throws IOException {
    Path file = short600.get(next);
    next = (next + 1) % short600.size();
    return read(file);
  }

  /** The 20,000-word article. */
  @Benchmark
  public Article read20000() throws IOException {
    return read(long20000);
  }

  private static Article read(Path file) throws IOException {
    ReadResult<Article> result = ArticleReaders.parse(file);
    if (result.hasErrors()) {
      throw new IllegalStateException(file + " has errors: " + result.errors());
    }
    return result.value().orElseThrow();
  }

  private static List<Path> markdownFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
