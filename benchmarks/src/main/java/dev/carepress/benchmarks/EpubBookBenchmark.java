package dev.carepress.benchmarks;

import dev.carepress.model.Book;
import dev.carepress.render.epub.EpubRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering a whole book of generated articles (about 600 words each) to EPUB, the book already
 * read: milliseconds per book. Run with {@code java -jar benchmarks/target/benchmarks.jar
 * EpubBookBenchmark -prof gc} (add {@code -jvmArgs -Xmx256m} to hold it to the target heap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class EpubBookBenchmark {
  @Param({"100", "1000"})
  int articles;

  private Book book;
  private final EpubRenderer renderer = EpubRenderer.create();

  @Setup
  public void read() throws Exception {
    book = Corpus.book(Corpus.folder(articles, 600), articles);
  }

  @Benchmark
  public long renderBook() throws IOException {
    CountingStream out = new CountingStream();
    renderer.renderBook(book, out);
    return out.count;
  }

  /** Counts the bytes written and drops them, so the benchmark measures rendering, not I/O. */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
