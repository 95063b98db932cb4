package dev.carepress.benchmarks;

import dev.carepress.model.Article;
import dev.carepress.render.RenderContext;
import dev.carepress.render.html.HtmlMode;
import dev.carepress.render.html.HtmlRenderer;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * The same work as {@link HtmlBenchmarks}, timed in CPU time of the rendering thread rather than
 * wall time: on a machine shared with other jobs, wall-clock throughput measures the machine's
 * load, CPU time measures the renderer. Prints pages per CPU-second after a warm-up.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.carepress.benchmarks.HtmlCpuTime
 * }</pre>
 */
public final class HtmlCpuTime {
  private HtmlCpuTime() {}

  /** Runs the measurement. */
  public static void main(String[] args) throws Exception {
    List<Article> short600 = Corpus.articles(Corpus.folder(100, 600));
    List<Article> long20000 = Corpus.articles(Corpus.folder(1, 20000));
    HtmlRenderer pages = HtmlRenderer.builder().baseUrl("https://health.example.org/articles/").build();
    HtmlRenderer fragments = pages.toBuilder().mode(HtmlMode.FRAGMENT).build();
    measure("page600", pages, short600, 20_000);
    measure("fragment600", fragments, short600, 20_000);
    measure("page20000", pages, long20000, 1_000);
  }

  private static void measure(String name, HtmlRenderer renderer, List<Article> articles, int count)
      throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    for (int i = 0; i < count; i++) { // warm-up: let the JIT compile the hot paths
      out.reset();
      renderer.render(articles.get(i % articles.size()), out, RenderContext.defaults());
    }
    long bytes = 0;
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    for (int i = 0; i < count; i++) {
      out.reset();
      renderer.render(articles.get(i % articles.size()), out, RenderContext.defaults());
      bytes += out.size();
    }
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    System.out.printf(Locale.ROOT, "%-12s %7.0f pages per CPU-second (%6.1f us CPU/page), %7.0f pages/s wall,"
        + " %d bytes/page%n", name, count / cpuSeconds, cpuSeconds * 1e6 / count, count / wallSeconds, bytes / count);
  }
}
