package dev.carepress.benchmarks;

import dev.carepress.model.Book;
import dev.carepress.read.BookReader;
import dev.carepress.render.epub.EpubRenderer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The "whole command" the EPUB timings measure, until the CLI exists: read a {@code book.yaml} and
 * its articles, render the e-book to a file, exit. Prints the render's own times and the peak heap
 * on standard error; wall-clock time (JVM start included) is measured around the process by {@code
 * benchmarks/epub-command.sh}.
 *
 * <pre>java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.carepress.benchmarks.EpubBookCommand book.yaml out.epub</pre>
 */
public final class EpubBookCommand {
  private EpubBookCommand() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: EpubBookCommand BOOK.yaml OUT.epub");
      System.exit(2);
    }
    long start = System.nanoTime();
    Book book = BookReader.create().read(Path.of(args[0]));
    long read = System.nanoTime();
    EpubRenderer.create().renderBook(book, Path.of(args[1]));
    long done = System.nanoTime();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.err.printf(Locale.ROOT, "articles=%d read_ms=%d render_ms=%d epub_bytes=%d peak_heap_mb=%.1f max_heap_mb=%d%n",
        book.articles().size(), (read - start) / 1_000_000, (done - read) / 1_000_000, Files.size(Path.of(args[1])),
        peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
  }
}
