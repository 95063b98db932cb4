package dev.carepress.render.epub.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.BookMetadata;
import dev.carepress.render.RenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes publications as EPUB 3.3 containers, streaming (see {@link EpubJob}): a first pass over
 * the articles ({@link ArticleScan}) finds every content problem before the first byte is written
 * and reports them together, then the container is written one entry at a time, the chapters as the
 * articles come a second time. Immutable and shared by every render of one renderer; each write
 * has an {@link EpubJob} of its own.
 */
public final class EpubWriter {
  static final String STYLESHEET = "css/carepress.css";
  private static final String BASE_CSS = loadCss();

  private final EpubSettings settings;
  private final String stylesheet;
  private final ChapterWriter chapters;

  /**
   * @param settings what the renderer's options say
   * @param chapters writes the content documents
   */
  public EpubWriter(EpubSettings settings, ChapterWriter chapters) {
    this.settings = settings;
    String extraCss = settings.extraCss();
    this.stylesheet = extraCss.isBlank() ? BASE_CSS : BASE_CSS + "\n/* added */\n" + extraCss + "\n";
    this.chapters = chapters;
  }

  /** Writes one article as an e-book of its own to the stream (which is flushed, not closed). */
  public void write(Article article, Optional<Instant> modified, OutputStream out, RenderContext context)
      throws IOException {
    Publication publication = Publication.of(article, modified);
    write(publication, List.of(article), out, context);
  }

  /**
   * Writes a book to the stream (which is flushed, not closed), reading its articles twice: once
   * for what goes before and after the chapters, then once more to write each chapter as it comes.
   */
  public void write(BookMetadata metadata, Optional<Path> source, Iterable<Article> articles,
      Optional<Instant> modified, OutputStream out, RenderContext context) throws IOException {
    Images images = new Images(context.resources());
    ArticleScan scan = ArticleScan.of(articles, settings, images, metadata.title(), metadata.language(),
        metadata.identifier().isEmpty());
    Publication publication = Publication.of(metadata, source, scan, modified);
    write(publication, scan, images, articles, out, context);
  }

  private void write(Publication publication, List<Article> articles, OutputStream out, RenderContext context)
      throws IOException {
    Images images = new Images(context.resources());
    ArticleScan scan = ArticleScan.of(articles, settings, images, publication.title(), publication.language(), false);
    write(publication, scan, images, articles, out, context);
  }

  private void write(Publication publication, ArticleScan scan, Images images, Iterable<Article> articles,
      OutputStream out, RenderContext context) throws IOException {
    check(publication, scan, images);
    EpubJob job = new EpubJob(settings, chapters, publication, context, images, scan);
    job.write(out, stylesheet, articles);
  }

  /** Every problem that would make the e-book wrong: no articles, and images missing or unusable. */
  private static void check(Publication publication, ArticleScan scan, Images images) throws IOException {
    String bookSource = publication.source().map(Path::toString).orElse(publication.title());
    if (scan.count() == 0) {
      throw new ContentException(Problem.error("book-empty", bookSource, 0, 0,
          "the book '" + publication.title() + "' has no articles, so there is nothing to make an e-book of",
          "list at least one article under 'articles:'"));
    }
    List<Problem> problems = new ArrayList<>();
    if (publication.cover().isPresent()) {
      String cover = publication.cover().get().src();
      problems.addAll(images.check(publication.source(), cover, bookSource, "the book's cover"));
    }
    problems.addAll(scan.imageProblems());
    if (!problems.isEmpty()) {
      throw new ContentException(problems);
    }
  }

  private static String loadCss() {
    try (InputStream in = EpubWriter.class.getResourceAsStream("carepress-epub.css")) {
      if (in == null) {
        throw new IllegalStateException("carepress-epub.css is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
