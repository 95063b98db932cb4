package dev.carepress.benchmarks;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.ArticleReaders;
import dev.carepress.read.BookReader;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.epub.EpubRenderer;
import dev.carepress.render.html.HtmlRenderer;
import dev.carepress.render.pdf.PdfRenderer;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The warm cost of a whole command's work, one thread, in CPU time (steady on a busy machine):
 * reading an article, rendering its HTML page and its PDF handout, and rendering the folder's
 * {@code book.yaml} as one EPUB. {@code benchmarks/run-peers.sh} computes each command's floor from
 * it: the JVM's start plus this cost times the articles, spread over the cores. Prints one line:
 * {@code WARM read_ms R html_ms H pdf_ms P epub_book_ms E articles N}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.carepress.benchmarks.WarmCost benchmarks/corpus/1000x600
 * }</pre>
 */
public final class WarmCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private WarmCost() {}

  /** Measures the folder given as the only argument. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up
      articles.clear();
      for (Path file : files) {
        articles.add(ArticleReaders.read(file));
      }
    }
    long start = THREADS.getCurrentThreadCpuTime();
    for (Path file : files) {
      ArticleReaders.read(file);
    }
    double read = perItem(start, files.size());
    double html = renderCost(HtmlRenderer.create(), articles);
    double pdf = renderCost(PdfRenderer.create(), articles);
    Book book = BookReader.create().read(dir.resolve("book.yaml"));
    EpubRenderer epub = EpubRenderer.create();
    for (int i = 0; i < 2; i++) {
      epub.renderBook(book, OutputStream.nullOutputStream(), RenderContext.defaults());
    }
    long bookStart = THREADS.getCurrentThreadCpuTime();
    epub.renderBook(book, OutputStream.nullOutputStream(), RenderContext.defaults());
    double bookMs = perItem(bookStart, 1);
    System.out.printf(Locale.ROOT, "WARM read_ms %.3f html_ms %.3f pdf_ms %.3f epub_book_ms %.1f articles %d%n",
        read, html, pdf, bookMs, files.size());
  }

  // Milliseconds of CPU per article over a pass, after a warm-up pass over the first few hundred.
  private static double renderCost(Renderer renderer, List<Article> articles) throws Exception {
    for (Article article : articles.subList(0, Math.min(300, articles.size()))) {
      renderer.render(article, OutputStream.nullOutputStream(), RenderContext.defaults());
    }
    long start = THREADS.getCurrentThreadCpuTime();
    for (Article article : articles) {
      renderer.render(article, OutputStream.nullOutputStream(), RenderContext.defaults());
    }
    return perItem(start, articles.size());
  }

  private static double perItem(long startCpuNanos, int count) {
    return (THREADS.getCurrentThreadCpuTime() - startCpuNanos) / 1e6 / count;
  }
}
