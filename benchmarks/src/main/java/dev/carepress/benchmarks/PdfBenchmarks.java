package dev.carepress.benchmarks;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.RenderContext;
import dev.carepress.render.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDF handouts and booklets on the {@link Corpus}, one warm thread: a ~600-word handout, a
 * 20,000-word article and a 200-article booklet.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PdfBenchmarks {
  private PdfRenderer renderer;
  private Article handout;
  private Article large;
  private Book booklet;

  @Setup(Level.Trial)
  public void setUp() {
    renderer = PdfRenderer.create();
    handout = Corpus.first(Corpus.folder(100, 600));
    large = Corpus.first(Corpus.folder(1, 20000));
    booklet = Corpus.book(Corpus.folder(200, 600), 200);
  }

  /** A tagged ~600-word handout (A4): time per handout. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void handout600Words() throws IOException {
    renderer.render(handout, OutputStream.nullOutputStream(), RenderContext.defaults());
  }

  /** The same, as handouts per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void handoutsPerSecond() throws IOException {
    renderer.render(handout, OutputStream.nullOutputStream(), RenderContext.defaults());
  }

  /** One 20,000-word article. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void article20000Words() throws IOException {
    renderer.render(large, OutputStream.nullOutputStream(), RenderContext.defaults());
  }

  /** A 200-article booklet, in a JVM limited to 256 MB of heap. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2, batchSize = 1)
  @Measurement(iterations = 5, batchSize = 1)
  public void booklet200Articles() throws IOException {
    renderer.renderBook(booklet, OutputStream.nullOutputStream(), RenderContext.defaults());
  }
}
