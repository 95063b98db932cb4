package dev.carepress.read;

import dev.carepress.Problem;
import dev.carepress.model.Book;
import dev.carepress.model.StreamedBook;
import dev.carepress.read.internal.BookParsing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a book: a {@code book.yaml} and the articles it lists.
 *
 * <pre>{@code
 * Book book = BookReader.create().read(Path.of("examples/book.yaml"));
 * BookReader plain = BookReader.builder()
 *     .articleReader(ArticleReaders.builder()
 *         .markdown(MarkdownArticleReader.builder().markGlossaryTerms(false).build())
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Keys: {@code title} (required), {@code subtitle}, {@code slug} (default: the slug of the
 * title), {@code authors} (names or {@code {name, credentials, url}}), {@code publisher}, {@code
 * language} (default {@code en}), {@code identifier}, {@code cover} ({@code {src, alt}}) and {@code
 * articles}: paths relative to the book file's folder, {@code .md}, {@code .markdown} or {@code
 * .json}, in reading order. A path that is absolute, leads outside that folder (also through a
 * symbolic link) or names no file is an error, as are two articles with one slug. Every article is
 * read (on several threads; the result does not depend on their timing) and every problem of the
 * book file and of the articles is collected. Immutable and thread-safe.
 */
public final class BookReader {
  private static final BookReader DEFAULT = builder().build();

  private final ArticleReader articleReader;
  private final boolean strict;

  private BookReader(ArticleReader articleReader, boolean strict) {
    this.articleReader = articleReader;
    this.strict = strict;
  }

  /** A reader with the default options: shorthand for {@code builder().build()}. */
  public static BookReader create() {
    return DEFAULT;
  }

  /** A builder for a reader with other options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses the book file and its articles.
   *
   * @throws IOException if the book file itself cannot be read
   */
  public ReadResult<Book> parse(Path bookFile) throws IOException {
    ReadResult<Book> result = BookParsing.parse(bookFile, articleReader);
    return strict ? result.strict() : result;
  }

  /**
   * Reads the book file only, for a renderer that reads the articles when it needs them ({@link
   * dev.carepress.render.Renderer#renderBook(StreamedBook, java.nio.file.Path,
   * dev.carepress.render.RenderContext)}): the result has the book file's problems (an article
   * listed that does not exist is one); the articles are read on every iteration of {@link
   * StreamedBook#articles()}, a few ahead on several threads. Until one iteration has read them all
   * without an error, an iteration reads every article and then throws a {@link
   * dev.carepress.ContentException} with every problem, as {@link #parse} would report them; after
   * that, an article that fails (its file changed or vanished) ends the iteration at once. The
   * articles' warnings go to {@code articleWarnings} once, at the end of the first iteration
   * without errors (made errors when this reader is strict).
   *
   * @throws IOException if the book file itself cannot be read
   */
  public ReadResult<StreamedBook> stream(Path bookFile, Consumer<Problem> articleWarnings) throws IOException {
    ReadResult<StreamedBook> result =
        BookParsing.stream(bookFile, articleReader, strict, Objects.requireNonNull(articleWarnings, "articleWarnings"));
    return strict ? result.strict() : result;
  }

  /**
   * Reads the book file and its articles.
   *
   * @throws dev.carepress.ContentException listing every problem, if there was an error
   * @throws IOException if the book file itself cannot be read
   */
  public Book read(Path bookFile) throws IOException {
    return parse(bookFile).orThrow();
  }

  /** Builds a {@link BookReader}; every setting has a default, so {@code build()} alone is {@link #create()}. */
  public static final class Builder {
    private ArticleReader articleReader = ArticleReaders.create();
    private boolean strict;

    private Builder() {}

    /**
     * How the articles the book lists are read; it must read {@code .md}, {@code .markdown} and
     * {@code .json} files, and be thread-safe. Default {@link ArticleReaders#create()}.
     */
    public Builder articleReader(ArticleReader articleReader) {
      this.articleReader = Objects.requireNonNull(articleReader, "articleReader");
      return this;
    }

    /**
     * Whether every warning, of the book file or of an article, is an error, for CI: a book with a
     * warning then fails and gives no book. Default {@code false}.
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** Builds the reader. */
    public BookReader build() {
      return new BookReader(articleReader, strict);
    }
  }
}
