package dev.carepress.benchmarks;

import java.util.concurrent.TimeUnit;
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
 * Reading a 600-word article beside the libraries it calls, in one run on the same 100 generated
 * articles held in memory (see {@link ReadParts}): Flexmark's parse of the body as the reader
 * configures it and with Flexmark's defaults, Jackson's YAML tokens and the SnakeYAML engine's
 * events of the front matter, and the whole reader. The difference between the reader and its
 * parsers is our own mapping and checks. Average time per article, one thread.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ReadPartsBenchmarks -f 1 -wi 5 -w 2 -i 5 -r 2
 * }</pre>
 *
 * On a busy machine prefer {@code ReadParts} run as a program, which times the same operations in
 * CPU time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ReadPartsBenchmarks {
  private ReadParts parts;
  private int next;

  /** Loads the articles (generating the corpus first if needed). */
  @Setup
  public void setUp() {
    parts = new ReadParts(Corpus.folder(100, 600));
    if (!parts.hasReaderParser()) {
      throw new IllegalStateException(ReadParts.READER_PARSER + " not found: the reader's parser moved");
    }
  }

  private int article() {
    int i = next;
    next = (next + 1) % parts.size();
    return i;
  }

  /** Flexmark's parse of the body, as the reader configures it. */
  @Benchmark
  public Object flexmarkAsReader() {
    return parts.flexmarkAsReader(article());
  }

  /** Flexmark's parse of the body with default options and the same extensions. */
  @Benchmark
  public Object flexmarkDefault() {
    return parts.flexmarkDefault(article());
  }

  /** Jackson's YAML token stream of the front matter. */
  @Benchmark
  public Object jacksonYaml() {
    return parts.jacksonYaml(article());
  }

  /** The SnakeYAML engine's events of the front matter. */
  @Benchmark
  public Object snakeYaml() {
    return parts.snakeYaml(article());
  }

  /** The whole Markdown reader. */
  @Benchmark
  public Object reader() {
    return parts.reader(article());
  }
}
