package dev.carepress.benchmarks;

import dev.carepress.model.Article;
import dev.carepress.render.html.HtmlMode;
import dev.carepress.render.html.HtmlRenderer;
import dev.carepress.render.RenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
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
 * HTML pages per second, on one thread: standalone pages (stylesheet embedded, JSON-LD, canonical
 * and Open Graph tags) for the 100 articles of about 600 words of the generated corpus, taken in
 * turn, and for one article of about 20,000 words; fragments of the 600-word articles. Articles
 * are parsed in the setup; each operation renders one page as UTF-8 into a reused buffer.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar Html -p none
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class HtmlBenchmarks {
  private List<Article> short600;
  private Article long20000;
  private HtmlRenderer pages;
  private HtmlRenderer fragments;
  private int next;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);

  /** Parses the corpus (generating it first if needed). */
  @Setup
  public void setUp() throws Exception {
    short600 = Corpus.articles(Corpus.folder(100, 600));
    long20000 = Corpus.first(Corpus.folder(1, 20000));
    pages = HtmlRenderer.builder().baseUrl("https://health.example.org/articles/").build();
    fragments = pages.toBuilder().mode(HtmlMode.FRAGMENT).build();
  }

  /** One standalone page of a 600-word article. */
  @Benchmark
  public int page600() throws IOException {
    Article article = short600.get(next);
    next = (next + 1) % short600.size();
    return render(pages, article);
  }

  /** One fragment ({@code <article>} only) of a 600-word article. */
  @Benchmark
  public int fragment600() throws IOException {
    Article article = short600.get(next);
    next = (next + 1) % short600.size();
    return render(fragments, article);
  }

  /** One standalone page of the 20,000-word article. */
  @Benchmark
  public int page20000() throws IOException {
    return render(pages, long20000);
  }

  /** Renders into a reused buffer (as a file or HTTP response would be written); returns the size. */
  private int render(HtmlRenderer renderer, Article article) throws IOException {
    out.reset();
    renderer.render(article, out, RenderContext.defaults());
    return out.size();
  }
}
