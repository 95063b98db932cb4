package dev.carepress.render.epub.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Image;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import java.io.IOException;
import java.io.OutputStream;
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
 * Writes one publication, checked before, as an EPUB container, streaming: the front matter and
 * navigation first (they need only the {@link ArticleScan}), then each article, as it comes again,
 * with the images it is the first to use, one at a time, and the package document last, once every image is known. Only one
 * chapter is ever being written, so memory does not grow with the number of articles. One per
 * write: it holds what is in the container so far.
 *
 * <p>Entry order: {@code mimetype}, {@code META-INF/container.xml}, the stylesheet, any embedded
 * fonts, the cover image and page, the title page, {@code nav.xhtml}, {@code toc.ncx}, the chapters (each preceded
 * by its new images), {@code package.opf}.
 */
final class EpubJob {
  private static final byte[] CONTAINER = (
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
          + "  <rootfiles>\n"
          + "    <rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
          + "  </rootfiles>\n"
          + "</container>\n").getBytes(StandardCharsets.UTF_8);

  private final EpubSettings settings;
  private final ChapterWriter chapters;
  private final Publication publication;
  private final RenderContext context;
  private final Images images;
  private final ArticleScan scan;
  private final Map<String, Labels> labelsByLanguage = new ConcurrentHashMap<>();
  private final List<ManifestItem> documents = new ArrayList<>();
  private final List<Landmark> landmarks = new ArrayList<>();
  private final List<ManifestItem> fontItems = new ArrayList<>();
  private Optional<String> coverImageId = Optional.empty();

  EpubJob(EpubSettings settings, ChapterWriter chapters, Publication publication, RenderContext context,
      Images images, ArticleScan scan) {
    this.settings = settings;
    this.chapters = chapters;
    this.publication = publication;
    this.context = context;
    this.images = images;
    this.scan = scan;
  }

  /** Writes the container to the stream (which is flushed, not closed). */
  void write(OutputStream out, String stylesheet, Iterable<Article> articles) throws IOException {
    LabelLanguages.warnUntranslated(publication, scan, context.warnings());
    LocalDateTime time = LocalDateTime.ofInstant(publication.modified(), ZoneOffset.UTC);
    try (OcfZip zip = new OcfZip(out, time, settings.compressionLevel())) {
      zip.entry("META-INF/container.xml", CONTAINER);
      List<EmbeddedFonts.Font> fonts = fonts();
      String css = fonts.isEmpty() ? stylesheet : stylesheet + EmbeddedFonts.css(fonts);
      zip.entry("EPUB/" + EpubWriter.STYLESHEET, css.getBytes(StandardCharsets.UTF_8));
      for (EmbeddedFonts.Font font : fonts) {
        zip.entry("EPUB/fonts/" + font.fileName(), font.bytes());
        fontItems.add(new ManifestItem("font-" + (fontItems.size() + 1), "fonts/" + font.fileName(), "font/ttf",
            Optional.empty(), false));
      }
      Labels labels = labels(publication.language());
      cover(zip, labels);
      if (publication.isBook() && settings.titlePage()) {
        try (Writer w = zip.textEntry("EPUB/title.xhtml")) {
          FrontMatter.titlePage(w, publication, labels, settings.clinic());
        }
        documents.add(ManifestItem.document("title-page", "title.xhtml", true));
        landmarks.add(new Landmark("titlepage", labels.get("titlePage"), "title.xhtml"));
      }
      navigation(zip, labels, scan.toc());
      chapters(zip, articles);
      packageDocument(zip, labels);
    }
  }

  /** The cover image and its page, when the book has a local cover; a warning when it is not local. */
  private void cover(OcfZip zip, Labels labels) throws IOException {
    String bookSource = publication.source().map(Path::toString).orElse(publication.title());
    Optional<Image> cover = publication.cover().filter(c -> Images.isLocal(c.src()));
    if (publication.cover().isPresent() && cover.isEmpty()) {
      context.warnings().accept(Problem.warning(
          "epub-remote-image", bookSource, 0, 0,
          "the cover '" + publication.cover().get().src() + "' is not a local file; the e-book has no cover",
          "save the cover image beside the book file and refer to it by a relative path"));
    }
    if (cover.isEmpty()) {
      return;
    }
    Images.Resolved resolved = images.resolve(publication.source(), cover.get().src(), bookSource, "the book's cover");
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

  /** The navigation document, with the landmarks found so far, and the NCX. */
  private void navigation(OcfZip zip, Labels labels, List<TocEntry> toc) throws IOException {
    landmarks.add(new Landmark("toc", labels.get("tableOfContents"), "nav.xhtml#toc"));
    landmarks.add(new Landmark("bodymatter", labels.get("startOfContent"), scan.files().values().iterator().next()));
    try (Writer w = zip.textEntry("EPUB/nav.xhtml")) {
      NavDocument.write(w, publication, labels, toc, landmarks);
    }
    documents.add(new ManifestItem("nav", "nav.xhtml", ManifestItem.XHTML, Optional.of("nav"), true));
    if (settings.ncx()) {
      try (Writer w = zip.textEntry("EPUB/toc.ncx")) {
        NcxDocument.write(w, publication, toc);
      }
    }
  }

  /**
   * Every article's document, each preceded by the images it is the first to show; the articles
   * come again, each checked against the scan.
   */
  private void chapters(OcfZip zip, Iterable<Article> articles) throws IOException {
    Map<String, String> chapterHrefs = new HashMap<>(); // the chapters as seen from another: the same folder
    scan.files().forEach((slug, file) -> chapterHrefs.put(slug, file.substring("text/".length())));
    ChapterPipeline.Step<Chapter> prepare = (article, index) -> {
      scan.expect(index, article);
      return prepare(article, chapterHrefs);
    };
    try (ChapterPipeline pipeline = new ChapterPipeline(articles.iterator(), scan.count(), prepare)) {
      for (int n = 1; n <= scan.count(); n++) {
        Chapter chapter = pipeline.next();
        for (Images.Resolved image : chapter.images()) {
          images.add(image, zip);
        }
        String file = scan.files().get(chapter.slug());
        try (Writer w = zip.textEntry("EPUB/" + file)) {
          w.append(chapter.xhtml()); // encoded here, so the two threads share the work more evenly
        }
        chapter.warnings().forEach(context.warnings()); // on the caller's thread, in article order
        documents.add(ManifestItem.document("chapter-" + n, file, true));
      }
    }
  }

  /** A chapter made ready to write: its article's slug, its document, its images and the warnings raised making it. */
  private record Chapter(String slug, CharSequence xhtml, List<Images.Resolved> images, List<Problem> warnings) {}

  /** Renders one article's document; runs on the pipeline's thread, so it touches nothing shared but reads. */
  private Chapter prepare(Article article, Map<String, String> chapterHrefs) throws IOException {
    List<Problem> warnings = new ArrayList<>();
    List<Images.Resolved> resolved = images.resolve(article, warnings::add);
    Map<String, String> imageHrefs = new HashMap<>();
    for (Images.Resolved image : resolved) {
      imageHrefs.put(image.src(), "../" + image.item().href());
    }
    ChapterContext chapterContext = new ChapterContext(labels(article.language()), "../" + EpubWriter.STYLESHEET,
        imageHrefs, chapterHrefs, warnings::add);
    StringBuilder xhtml = new StringBuilder(32 * 1024);
    chapters.write(article, chapterContext, xhtml);
    return new Chapter(article.slug(), xhtml, resolved, warnings);
  }

  /** The package document, listing every file written. */
  private void packageDocument(OcfZip zip, Labels labels) throws IOException {
    List<ManifestItem> items = new ArrayList<>(documents);
    if (settings.ncx()) {
      items.add(new ManifestItem("ncx", "toc.ncx", "application/x-dtbncx+xml", Optional.empty(), false));
    }
    items.add(new ManifestItem("css", EpubWriter.STYLESHEET, "text/css", Optional.empty(), false));
    items.addAll(fontItems);
    for (Images.Item image : images.items()) {
      boolean isCover = coverImageId.filter(image.id()::equals).isPresent();
      items.add(new ManifestItem(
          image.id(), image.href(), image.mediaType(), isCover ? Optional.of("cover-image") : Optional.empty(), false));
    }
    try (Writer w = zip.textEntry("EPUB/package.opf")) {
      PackageDocument.write(w, publication, labels, items, !images.items().isEmpty(), coverImageId, settings.ncx());
    }
  }

  /** The fonts to embed: none unless the settings ask; a warning when they ask and no pack is there. */
  private List<EmbeddedFonts.Font> fonts() {
    if (!settings.embedFonts()) {
      return List.of();
    }
    if (!EmbeddedFonts.available()) {
      context.warnings().accept(Problem.warning("epub-no-font-pack",
          publication.source().map(Path::toString).orElse(publication.title()), 0, 0,
          "embedFonts is on but no font pack is on the class path, so no font is embedded",
          "add carepress-fonts-world (the fonts for Arabic, Indic, Southeast Asian and African scripts) as a dependency"));
      return List.of();
    }
    return EmbeddedFonts.forScripts(scan.scripts());
  }

  /** The labels for a language, with the calendar setting and the overrides; shared with the pipeline's thread. */
  private Labels labels(String language) {
    return labelsByLanguage.computeIfAbsent(language, l -> Labels.forRendering(l, settings.calendar(), settings.labelOverrides()));
  }
}
