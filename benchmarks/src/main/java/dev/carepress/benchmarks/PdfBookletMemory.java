package dev.carepress.benchmarks;

import dev.carepress.model.Book;
import dev.carepress.render.RenderContext;
import dev.carepress.render.pdf.PdfRenderer;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * Renders the 200-article booklet once in a small heap ({@code -Xmx256m}, or less to find the
 * floor): prints wall and CPU time and the output size; an {@code OutOfMemoryError} means the heap
 * was too small.
 *
 * <pre>{@code java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.carepress.benchmarks.PdfBookletMemory}</pre>
 */
public final class PdfBookletMemory {
  private PdfBookletMemory() {}

  public static void main(String[] args) throws Exception {
    Path dir = args.length > 0 ? Path.of(args[0]) : Corpus.folder(200, 600);
    Book book = Corpus.book(dir, 200);
    PdfRenderer renderer = PdfRenderer.create();
    renderer.renderBook(Corpus.book(dir, 2), ByteArrayOutputStream.nullOutputStream(), RenderContext.defaults());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.gc();
    long start = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.renderBook(book, out, RenderContext.defaults());
    long millis = (System.nanoTime() - start) / 1_000_000;
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
    System.out.printf("booklet of %d articles: %d ms wall, %d ms CPU (rendering thread), PDF of %.1f MB,"
        + " max heap %d MB%n", book.articles().size(), millis, cpuMillis, out.size() / 1e6,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
