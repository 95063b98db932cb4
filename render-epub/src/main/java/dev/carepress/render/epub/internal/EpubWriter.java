package dev.carepress.render.epub.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Image;
import dev.carepress.model.Section;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes one publication as an EPUB 3.3 container, streaming: the front matter and navigation
 * first (they need only the model), then each article with the images it is the first to use, one
 * at a time, and the package document last, once every image is known. Only one chapter is ever
 * being written, so memory does not grow with the number of articles.
 *
 * <p>Entry order: {@code mimetype}, {@code META-INF/container.xml}, the stylesheet, the cover
 * image and page, the title page, {@code nav.xhtml}, {@code toc.ncx}, the chapters (each preceded
 * by its new images), {@code package.opf}.
 */
public final class EpubWriter {
  private static final String STYLESHEET = "css/carepress.css";
  private static final byte[] CONTAINER = (
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
          + "  <rootfiles>\n"
          + "    <rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
          + "  </rootfiles>\n"
          + "</container>\n").getBytes(StandardCharsets.UTF_8);
  private static final String BASE_CSS = loadCss();

  private final int tocDepth;
  private final boolean ncx;
  private final boolean titlePage;
  private final int compressionLevel;
  private final Map<String, String> labelOverrides;
  private final String stylesheet;
  private final ChapterWriter chapters;

  /**
   * @param tocDepth 1: articles only; 2: and their sections; 3 or more: and subsections that deep
   * @param ncx whether to add {@code toc.ncx}
   * @param titlePage whether a book gets a generated title page
   * @param compressionLevel the deflate level, 0–9
   * @param labelOverrides label texts replacing the built-in ones
   * @param extraCss rules added after the built-in stylesheet
   * @param chapters writes the content documents
   */
  public EpubWriter(
      int tocDepth, boolean ncx, boolean titlePage, int compressionLevel, Map<String, String> labelOverrides,
      String extraCss, ChapterWriter chapters) {
    this.tocDepth = tocDepth;
    this.ncx = ncx;
    this.titlePage = titlePage;
    this.compressionLevel = compressionLevel;
    this.labelOverrides = Map.copyOf(labelOverrides);
    this.stylesheet = extraCss.isBlank() ? BASE_CSS : BASE_CSS + "\n/* added */\n" + extraCss + "\n";
    this.chapters = chapters;
  }

  /** Writes the publication to the stream (which is flushed, not closed). */
  public void write(Publication publication, OutputStream out, RenderContext context) throws IOException {
    Map<String, Labels> labelsByLanguage = new ConcurrentHashMap<>();
    Labels labels = labels(labelsByLanguage, publication.language());
    Images images = new Images(context.resources());

    // every content problem is found before the first byte is written, and reported together
    List<Problem> problems = new ArrayList<>();
    String bookSource = publication.source().map(Path::toString).orElse(publication.title());
    if (publication.articles().isEmpty()) {
      throw new ContentException(Problem.error("book-empty", bookSource, 0, 0,
          "the book '" + publication.title() + "' has no articles, so there is nothing to make an e-book of",
          "list at least one article under 'articles:'"));
    }
    if (publication.cover().isPresent()) {
      problems.addAll(images.check(publication.source(), publication.cover().get().src(), bookSource, "the book's cover"));
    }
    for (Article article : publication.articles()) {
      problems.addAll(images.check(article));
    }
    if (!problems.isEmpty()) {
      throw new ContentException(problems);
    }

    Map<String, String> files = ChapterFiles.of(publication.articles());
    List<TocEntry> toc = toc(publication, files);
    List<ManifestItem> documents = new ArrayList<>();
    List<Landmark> landmarks = new ArrayList<>();
    Optional<String> coverImageId = Optional.empty();

    LocalDateTime time = LocalDateTime.ofInstant(publication.modified(), ZoneOffset.UTC);
    try (OcfZip zip = new OcfZip(out, time, compressionLevel)) {
      zip.entry("META-INF/container.xml", CONTAINER);
      zip.entry("EPUB/" + STYLESHEET, stylesheet.getBytes(StandardCharsets.UTF_8));

      Optional<Image> cover = publication.cover().filter(c -> Images.isLocal(c.src()));
      if (publication.cover().isPresent() && cover.isEmpty()) {
        context.warnings().accept(Problem.warning(
            "epub-remote-image", bookSource, 0, 0,
            "the cover '" + publication.cover().get().src() + "' is not a local file; the e-book has no cover",
            "save the cover image beside the book file and refer to it by a relative path"));
      }
      if (cover.isPresent()) {
        Images.Resolved resolved =
            images.resolve(publication.source(), cover.get().src(), bookSource, "the book's cover");
        images.add(resolved, zip);
        Images.Item image = resolved.item();
        coverImageId = Optional.of(image.id());
        String alt = cover.get().alt().isBlank() ? publication.title() : cover.get().alt();
        try (Writer w = zip.textEntry("EPUB/cover.xhtml")) {
          FrontMatter.cover(w, publication, labels, image.href(), alt);
        }
        documents.add(ManifestItem.document("cover", "cover.xhtml", true));
        landmarks.add(new Landmark("cover", labels.get("cover"), "cover.xhtml"));
      }
      if (publication.isBook() && titlePage) {
        try (Writer w = zip.textEntry("EPUB/title.xhtml")) {
          FrontMatter.titlePage(w, publication, labels);
        }
        documents.add(ManifestItem.document("title-page", "title.xhtml", true));
        landmarks.add(new Landmark("titlepage", labels.get("titlePage"), "title.xhtml"));
      }
      landmarks.add(new Landmark("toc", labels.get("tableOfContents"), "nav.xhtml#toc"));
      if (!publication.articles().isEmpty()) {
        landmarks.add(new Landmark("bodymatter", labels.get("startOfContent"), files.values().iterator().next()));
      }
      try (Writer w = zip.textEntry("EPUB/nav.xhtml")) {
        NavDocument.write(w, publication, labels, toc, landmarks);
      }
      documents.add(new ManifestItem("nav", "nav.xhtml", ManifestItem.XHTML, Optional.of("nav"), true));
      if (ncx) {
        try (Writer w = zip.textEntry("EPUB/toc.ncx")) {
          NcxDocument.write(w, publication, toc);
        }
      }

      Map<String, String> chapterHrefs = relativeTo(files);
      ChapterPipeline.Step<Chapter> prepare =
          (article, index) -> prepare(article, images, labelsByLanguage, chapterHrefs);
      try (ChapterPipeline pipeline = new ChapterPipeline(publication.articles(), prepare)) {
        int n = 0;
        for (Article article : publication.articles()) {
          n++;
          Chapter chapter = pipeline.next();
          for (Images.Resolved image : chapter.images()) {
            images.add(image, zip);
          }
          String file = files.get(article.slug());
          try (Writer w = zip.textEntry("EPUB/" + file)) {
            w.append(chapter.xhtml()); // encoded here, so the two threads share the work more evenly
          }
          chapter.warnings().forEach(context.warnings()); // on the caller's thread, in article order
          documents.add(ManifestItem.document("chapter-" + n, file, true));
        }
      }

      List<ManifestItem> items = new ArrayList<>(documents);
      if (ncx) {
        items.add(new ManifestItem("ncx", "toc.ncx", "application/x-dtbncx+xml", Optional.empty(), false));
      }
      items.add(new ManifestItem("css", STYLESHEET, "text/css", Optional.empty(), false));
      for (Images.Item image : images.items()) {
        boolean isCover = coverImageId.filter(image.id()::equals).isPresent();
        items.add(new ManifestItem(
            image.id(), image.href(), image.mediaType(), isCover ? Optional.of("cover-image") : Optional.empty(), false));
      }
      try (Writer w = zip.textEntry("EPUB/package.opf")) {
        PackageDocument.write(w, publication, labels, items, !images.items().isEmpty(), coverImageId, ncx);
      }
    }
  }

  /** A chapter made ready to write: its document, its images and the warnings raised making it. */
  private record Chapter(CharSequence xhtml, List<Images.Resolved> images, List<Problem> warnings) {}

  /** Renders one article's document; runs on the pipeline's thread, so it touches nothing shared but reads. */
  private Chapter prepare(
      Article article, Images images, Map<String, Labels> labelsByLanguage, Map<String, String> chapterHrefs)
      throws IOException {
    List<Problem> warnings = new ArrayList<>();
    List<Images.Resolved> resolved = images.resolve(article, warnings::add);
    Map<String, String> imageHrefs = new HashMap<>();
    for (Images.Resolved image : resolved) {
      imageHrefs.put(image.src(), "../" + image.item().href());
    }
    ChapterContext chapterContext = new ChapterContext(
        labels(labelsByLanguage, article.language()), "../" + STYLESHEET, imageHrefs, chapterHrefs, warnings::add);
    StringBuilder xhtml = new StringBuilder(32 * 1024);
    chapters.write(article, chapterContext, xhtml);
    return new Chapter(xhtml, resolved, warnings);
  }

  private Labels labels(Map<String, Labels> cache, String language) {
    return cache.computeIfAbsent(language, l -> Labels.forLanguage(l).with(labelOverrides));
  }

  /** The chapter paths as seen from another chapter (they share the {@code text/} folder). */
  private static Map<String, String> relativeTo(Map<String, String> files) {
    Map<String, String> relative = new HashMap<>();
    files.forEach((slug, file) -> relative.put(slug, file.substring("text/".length())));
    return relative;
  }

  private List<TocEntry> toc(Publication publication, Map<String, String> files) {
    List<TocEntry> toc = new ArrayList<>(publication.articles().size());
    for (Article article : publication.articles()) {
      String file = files.get(article.slug());
      Optional<String> language =
          Optional.of(article.language()).filter(l -> !l.equalsIgnoreCase(publication.language()));
      toc.add(new TocEntry(
          article.title(), file, language, tocDepth >= 2 ? sections(article.sections(), file, 2) : List.of()));
    }
    return toc;
  }

  private List<TocEntry> sections(List<Section> sections, String file, int level) {
    List<TocEntry> entries = new ArrayList<>(sections.size());
    for (Section section : sections) {
      List<TocEntry> children = level < tocDepth ? sections(section.subsections(), file, level + 1) : List.of();
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
