package dev.carepress.benchmarks;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.RenderContext;
import dev.carepress.render.pdf.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
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
 * PDF handouts and booklets on the corpus of {@code gen_corpus.py}, one warm thread. The corpus
 * folder is {@code -Dcarepress.corpus} (default {@code benchmarks/corpus}) with sub-folders {@code
 * 600} (one ~600-word article), {@code 20000} (one 20,000-word article) and {@code book} (200
 * articles); see {@code render-pdf/README.md} for the commands.
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
    Path corpus = Path.of(System.getProperty("carepress.corpus", "benchmarks/corpus"));
    renderer = PdfRenderer.create();
    handout = PdfCorpus.article(single(corpus.resolve("600")));
    large = PdfCorpus.article(single(corpus.resolve("20000")));
    booklet = PdfCorpus.book(corpus.resolve("book"), 200);
  }

  static Path single(Path dir) {
    try (var files = java.nio.file.Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst()
          .orElseThrow(() -> new IllegalStateException("no article in " + dir + ": run gen_corpus.py first"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
