package dev.carepress.render.epub;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Format;
import dev.carepress.render.Renderer;
import dev.carepress.render.epub.internal.EpubWriter;
import dev.carepress.render.epub.internal.Publication;
import dev.carepress.render.epub.internal.MarkupChapterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Renders books and articles as EPUB 3.3 e-books that pass EPUBCheck and carry EPUB Accessibility
 * 1.1 metadata: a navigation document, an NCX, a cover and title page for books, and one XHTML
 * document per article.
 *
 * <pre>{@code
 * Book book = BookReader.create().read(Path.of("book.yaml"));
 * EpubRenderer.create().renderBook(book, Path.of("out/everyday-health.epub"));
 * EpubRenderer.create(EpubOptions.builder().tocDepth(1).build()).render(article, Path.of("asthma.epub"));
 * }</pre>
 *
 * <p>Immutable and thread-safe. The same input gives the same bytes: dates come from the content,
 * the identifier from the book (or from its content), and the container's order and timestamps are
 * fixed. A book is written one article at a time, so memory does not grow with its length: a book
 * of eight or more articles has its chapters rendered a few ahead on one background thread while
 * the calling thread compresses and writes them. The context's {@link
 * dev.carepress.render.ResourceResolver} may then be called from that thread (one call at a time);
 * warnings are always delivered on the calling thread, in reading order.
 */
public final class EpubRenderer implements Renderer {
  /** The {@code epub} format. */
  public static final Format FORMAT = Format.of("epub", "epub", "application/epub+zip",
      "EPUB 3 e-books with navigation and accessibility metadata (EPUBCheck-clean)");

  private final EpubOptions options;
  private final EpubWriter writer;

  private EpubRenderer(EpubOptions options) {
    this.options = options;
    this.writer = new EpubWriter(
        options.tocDepth(), options.ncx(), options.titlePage(), options.compressionLevel(), options.labels(),
        options.extraStylesheet(), new MarkupChapterWriter());
  }

  /** A renderer with the default options. */
  public static EpubRenderer create() {
    return new EpubRenderer(EpubOptions.defaults());
  }

  /** A renderer with these options. */
  public static EpubRenderer create(EpubOptions options) {
    return new EpubRenderer(Objects.requireNonNull(options, "options"));
  }

  /** The options this renderer was made with. */
  public EpubOptions options() {
    return options;
  }

  @Override
  public Format format() {
    return FORMAT;
  }

  /** Renders one article as a small e-book of its own (no cover or title page). */
  @Override
  public void render(Article article, OutputStream out, RenderContext context) throws IOException {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(context, "context");
    writer.write(Publication.of(article, options.modified()), out, context);
  }

  /** Renders a book: cover, title page, contents, then every article in order. */
  @Override
  public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(context, "context");
    writer.write(Publication.of(book, options.modified()), out, context);
  }

  @Override
  public String toString() {
    return "EpubRenderer" + options;
  }
}
