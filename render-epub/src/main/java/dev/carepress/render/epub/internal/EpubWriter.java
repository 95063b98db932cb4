package dev.carepress.render.epub.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Section;
import dev.carepress.render.RenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes publications as EPUB 3.3 containers, streaming (see {@link EpubJob}): every content
 * problem is found before the first byte is written and reported together, then the container is
 * written one entry at a time. Immutable and shared by every render of one renderer; each write
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

  /** Writes the publication to the stream (which is flushed, not closed). */
  public void write(Publication publication, OutputStream out, RenderContext context) throws IOException {
    Images images = new Images(context.resources());
    check(publication, images);
    Map<String, String> files = ChapterFiles.of(publication.articles());
    EpubJob job = new EpubJob(settings, chapters, publication, context, images, files);
    job.write(out, stylesheet, toc(publication, files));
  }

  /** Every problem that would make the e-book wrong: no articles, and images missing or unusable. */
  private static void check(Publication publication, Images images) throws IOException {
    String bookSource = publication.source().map(Path::toString).orElse(publication.title());
    if (publication.articles().isEmpty()) {
      throw new ContentException(Problem.error("book-empty", bookSource, 0, 0,
          "the book '" + publication.title() + "' has no articles, so there is nothing to make an e-book of",
          "list at least one article under 'articles:'"));
    }
    List<Problem> problems = new ArrayList<>();
    if (publication.cover().isPresent()) {
      String cover = publication.cover().get().src();
      problems.addAll(images.check(publication.source(), cover, bookSource, "the book's cover"));
    }
    for (Article article : publication.articles()) {
      problems.addAll(images.check(article));
    }
    if (!problems.isEmpty()) {
      throw new ContentException(problems);
    }
  }

  /** The table of contents: each article, and its sections as deep as the settings say. */
  private List<TocEntry> toc(Publication publication, Map<String, String> files) {
    List<TocEntry> toc = new ArrayList<>(publication.articles().size());
    for (Article article : publication.articles()) {
      String file = files.get(article.slug());
      Optional<String> language =
          Optional.of(article.language()).filter(l -> !l.equalsIgnoreCase(publication.language()));
      toc.add(new TocEntry(article.title(), file, language,
          settings.tocDepth() >= 2 ? sections(article.sections(), file, 2) : List.of()));
    }
    return toc;
  }

  private List<TocEntry> sections(List<Section> sections, String file, int level) {
    List<TocEntry> entries = new ArrayList<>(sections.size());
    for (Section section : sections) {
      List<TocEntry> children =
          level < settings.tocDepth() ? sections(section.subsections(), file, level + 1) : List.of();
      entries.add(new TocEntry(section.title(), file + "#" + Urls.fragment(section.id()), Optional.empty(), children));
    }
    return entries;
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
