package dev.carepress.benchmarks;

import dev.carepress.model.Book;
import dev.carepress.render.RenderContext;
import dev.carepress.render.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Peak heap of rendering the 200-article booklet: run with {@code -Xmx256m}; prints the time, the
 * output size and the peak heap used (the sum of the heap pools' peaks, an upper bound).
 *
 * <pre>{@code java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.carepress.benchmarks.PdfBookletMemory benchmarks/corpus/book}</pre>
 */
public final class PdfBookletMemory {
  private PdfBookletMemory() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/corpus/book");
    Book book = PdfCorpus.book(dir, 200);
    PdfRenderer renderer = PdfRenderer.create();
    renderer.renderBook(PdfCorpus.book(dir, 2), ByteArrayOutputStream.nullOutputStream(), RenderContext.defaults());
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.renderBook(book, out, RenderContext.defaults());
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("booklet of %d articles: %d ms, PDF of %.1f MB, peak heap %.1f MB (max %d MB)%n",
        book.articles().size(), millis, out.size() / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() >> 20);
  }
}
