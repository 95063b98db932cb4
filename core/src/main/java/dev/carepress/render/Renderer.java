package dev.carepress.render;

import dev.carepress.io.AtomicFiles;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.StreamedBook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * Turns articles and books into one output format.
 *
 * <pre>{@code
 * Renderer html = Renderers.discover().require("html");
 * html.render(article, Path.of("out/asthma.html"));
 * }</pre>
 *
 * <p><b>Contract.</b> A renderer is immutable, stateless and safe to call from many threads at
 * once; its options are fixed when it is made. The same input gives byte-identical output (no
 * clock, no randomness, no dependence on the platform's locale or default charset). Bad content
 * found while rendering (an image that cannot be found, say) is a {@link
 * dev.carepress.ContentException}; a failure of the renderer itself is a {@link RenderException};
 * an {@link IOException} from the output stream is passed on. Warnings that do not stop the render
 * go to {@link RenderContext#warnings()}. Renderers never close the stream they are given.
 */
public interface Renderer {

  /** What the format is called and what its files are. */
  Format format();

  /**
   * Whether {@link #renderSite} makes more than one file per article's worth of output — a web
   * site with an index and shared files — rather than one file per article. Commands ask this to
   * decide how to lay out a folder of outputs; default {@code false}.
   */
  default boolean rendersSite() {
    return false;
  }

  /** Renders one article to the stream. */
  void render(Article article, OutputStream out, RenderContext context) throws IOException;

  /** Renders a book (all its articles, in order) to the stream as one output. */
  void renderBook(Book book, OutputStream out, RenderContext context) throws IOException;

  /**
   * Renders a book whose articles are read when needed, as {@link #renderBook(Book, OutputStream,
   * RenderContext)} renders the same articles in memory: the same bytes, the same warnings. The
   * default {@linkplain StreamedBook#collect() collects} every article and renders that book;
   * renderers that can write in passes (EPUB) override it to hold only a few articles at a time.
   * An article that cannot be read part way is a {@link dev.carepress.ContentException}, after
   * which the stream holds a partial output (write to a file with {@link #renderBook(StreamedBook,
   * Path, RenderContext)}, which leaves none).
   */
  default void renderBook(StreamedBook book, OutputStream out, RenderContext context) throws IOException {
    renderBook(book.collect(), out, context);
  }

  /** Renders a streamed book to a file, written atomically as for {@link #render(Article, Path)}. */
  default void renderBook(StreamedBook book, Path file, RenderContext context) throws IOException {
    AtomicFiles.write(file, out -> renderBook(book, out, context));
  }

  /** Renders one article to the stream with the default context. */
  default void render(Article article, OutputStream out) throws IOException {
    render(article, out, RenderContext.defaults());
  }

  /**
   * Renders one article to a file, written to a temporary file beside it and moved into place, so
   * that a failed render leaves no partial file.
   */
  default void render(Article article, Path file, RenderContext context) throws IOException {
    AtomicFiles.write(file, out -> render(article, out, context));
  }

  /** Renders one article to a file with the default context. */
  default void render(Article article, Path file) throws IOException {
    render(article, file, RenderContext.defaults());
  }

  /** Renders a book to the stream with the default context. */
  default void renderBook(Book book, OutputStream out) throws IOException {
    renderBook(book, out, RenderContext.defaults());
  }

  /** Renders a book to a file, written atomically as for {@link #render(Article, Path)}. */
  default void renderBook(Book book, Path file, RenderContext context) throws IOException {
    AtomicFiles.write(file, out -> renderBook(book, out, context));
  }

  /** Renders a book to a file with the default context. */
  default void renderBook(Book book, Path file) throws IOException {
    renderBook(book, file, RenderContext.defaults());
  }

  /**
   * Renders one article into a sink with whatever its file needs beside it. The default writes
   * {@code <slug>.<extension>} alone, as {@link #render(Article, OutputStream, RenderContext)} makes
   * it; the HTML renderer's page also gets its local images (under {@code media/}, as in a site) and,
   * when it links its stylesheet, the stylesheet, so that the page shows as it should wherever the
   * folder is put. A batch renders a lone article this way.
   */
  default void render(Article article, FileSink sink, RenderContext context) throws IOException {
    try (OutputStream out = sink.open(article.slug() + "." + format().extension())) {
      render(article, out, context);
    }
  }

  /**
   * Renders a collection of articles as a set of files, e.g. a static web site with an index. The
   * default writes one {@code <slug>.<extension>} per article; formats with a richer multi-file form
   * (HTML) override it.
   */
  default void renderSite(Book book, FileSink sink, RenderContext context) throws IOException {
    for (Article article : book.articles()) {
      try (OutputStream out = sink.open(article.slug() + "." + format().extension())) {
        render(article, out, context);
      }
    }
  }

  /**
   * Renders the site as {@link #renderSite(Book, FileSink, RenderContext)} does — the same files
   * with the same bytes, the same warnings in the same order — free to run independent parts (such
   * as article pages) as tasks on {@code executor}. The sink and the context's warnings are used
   * only on the calling thread; a task the executor has not started (busy or rejecting) is run on
   * the calling thread, so a pool whose threads include the caller's cannot deadlock. The default
   * ignores the executor.
   */
  default void renderSite(Book book, FileSink sink, RenderContext context, Executor executor) throws IOException {
    renderSite(book, sink, context);
  }

  /** Renders one article into memory, with the default context. */
  default byte[] renderToBytes(Article article) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      render(article, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
    }
    return out.toByteArray();
  }
}
