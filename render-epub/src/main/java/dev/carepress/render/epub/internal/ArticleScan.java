package dev.carepress.render.epub.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Metadata;
import dev.carepress.model.PlainText;
import dev.carepress.model.Section;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The first pass over a publication's articles: everything the container needs before (or besides)
 * the chapters — each chapter's file, the table of contents, the languages, subjects and dates, the
 * derived identifier, the scripts for the fonts and every image problem — gathered one article at a
 * time, no article kept. The chapters are then written in a second pass; {@link #expect} tells
 * whether an article read again is still the one scanned.
 */
final class ArticleScan {
  private final EpubSettings settings;
  private final Images images;
  private final String language;
  private final Optional<Identifiers.Digest> digest;
  private final ChapterFiles files = new ChapterFiles();
  private final List<TocEntry> toc = new ArrayList<>();
  private final Set<String> languages = new LinkedHashSet<>();
  private final Set<String> subjects = new LinkedHashSet<>();
  private final Map<String, String> firstSources = new HashMap<>();
  private final Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
  private final List<Problem> imageProblems = new ArrayList<>();
  private Optional<LocalDate> published = Optional.empty();
  private Optional<LocalDate> latest = Optional.empty();

  private ArticleScan(EpubSettings settings, Images images, String title, String language, boolean deriveIdentifier) {
    this.settings = settings;
    this.images = images;
    this.language = language;
    this.digest = deriveIdentifier ? Optional.of(new Identifiers.Digest(title, language)) : Optional.empty();
    languages.add(language);
    if (settings.embedFonts()) {
      EmbeddedFonts.addScripts(title, scripts);
    }
  }

  /**
   * Scans the articles in order.
   *
   * @param title the publication's title
   * @param language its main language
   * @param deriveIdentifier whether to derive an identifier from the content ({@link #identifier()})
   * @throws ContentException if two articles have one slug
   * @throws IOException if the resolver fails on an image
   */
  static ArticleScan of(Iterable<Article> articles, EpubSettings settings, Images images, String title,
      String language, boolean deriveIdentifier) throws IOException {
    ArticleScan scan = new ArticleScan(settings, images, title, language, deriveIdentifier);
    for (Article article : articles) {
      scan.add(article);
    }
    return scan;
  }

  private void add(Article article) throws IOException {
    if (files.has(article.slug())) {
      throw new ContentException(Problem.error("duplicate-slug", Images.sourceName(article), 0, 0,
          "two articles of the book have the slug '" + article.slug() + "'",
          "give one of them another 'slug:' in its front matter"));
    }
    String file = files.add(article.slug());
    toc.add(tocEntry(article, file));
    digest.ifPresent(d -> d.add(article));
    Metadata meta = article.metadata();
    meta.category().ifPresent(subjects::add);
    languages.add(article.language());
    firstSources.putIfAbsent(article.language(), Images.sourceName(article));
    published = later(published, meta.published());
    latest = Stream.of(latest, meta.published(), meta.updated(), meta.lastReviewed())
        .flatMap(Optional::stream).max(LocalDate::compareTo);
    if (settings.embedFonts()) {
      EmbeddedFonts.addScripts(article.title(), scripts);
      meta.summary().ifPresent(s -> EmbeddedFonts.addScripts(s, scripts));
      EmbeddedFonts.addScripts(PlainText.ofBody(article), scripts);
    }
    imageProblems.addAll(images.check(article));
  }

  private static Optional<LocalDate> later(Optional<LocalDate> a, Optional<LocalDate> b) {
    return Stream.of(a, b).flatMap(Optional::stream).max(LocalDate::compareTo);
  }

  /** The article's entry in the table of contents: its title, and its sections as deep as the settings say. */
  private TocEntry tocEntry(Article article, String file) {
    Optional<String> own = Optional.of(article.language()).filter(l -> !l.equalsIgnoreCase(language));
    return new TocEntry(article.title(), file, own,
        settings.tocDepth() >= 2 ? sections(article.sections(), file, 2) : List.of());
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

  /**
   * Checks that the article read again for chapter {@code index} (from 0) is the one scanned there:
   * the same slug, title and sections, so the table of contents written before still fits.
   *
   * @throws ContentException naming the article's file if it changed
   */
  void expect(int index, Article article) {
    TocEntry scanned = toc.get(index);
    String file = files.files().get(article.slug());
    if (file == null || !file.equals(scanned.href()) || !tocEntry(article, file).equals(scanned)) {
      throw new ContentException(Problem.error("changed-while-rendering", Images.sourceName(article), 0, 0,
          "the article changed while the book was being written (its slug, title or headings are not those read "
              + "at first), so the book's table of contents would not fit it",
          "render the book again once the articles stay unchanged"));
    }
  }

  /** How many articles there are. */
  int count() {
    return toc.size();
  }

  /** Each article's file, by slug, in reading order. */
  Map<String, String> files() {
    return files.files();
  }

  /** The table of contents. */
  List<TocEntry> toc() {
    return toc;
  }

  /** The main language, then every other language of the articles, in order of first use. */
  List<String> languages() {
    return List.copyOf(languages);
  }

  /** The articles' categories, without duplicates. */
  List<String> subjects() {
    return List.copyOf(subjects);
  }

  /** The name of the first article in this language ({@code source} or slug), if any is. */
  Optional<String> firstSource(String language) {
    return Optional.ofNullable(firstSources.get(language));
  }

  /** The latest publication date of the articles, if any has one. */
  Optional<LocalDate> published() {
    return published;
  }

  /** The latest of the articles' published, updated and last-reviewed dates, if any. */
  Optional<LocalDate> latest() {
    return latest;
  }

  /** The identifier derived from the content (if asked for when scanning). */
  String identifier() {
    return digest.orElseThrow().identifier();
  }

  /** The scripts the text uses (scanned only when fonts are to be embedded). */
  Set<UnicodeScript> scripts() {
    return scripts;
  }

  /** Every problem with the articles' local images, in reading order. */
  List<Problem> imageProblems() {
    return imageProblems;
  }
}
