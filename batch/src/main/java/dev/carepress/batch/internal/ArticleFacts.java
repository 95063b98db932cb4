package dev.carepress.batch.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Figure;
import dev.carepress.model.Image;
import dev.carepress.model.Metadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a site needs of an article besides its own page, kept in the {@link Manifest} so that an
 * unchanged article is not read again. The HTML renderer's site (render-html {@code StaticSite},
 * {@code SitePlan}, {@code SiteListings}, {@code SiteMedia}) uses of an article other than the one
 * a page shows: its slug and category (the names of every page and the links between them), its
 * title, language and summary (the index and the category pages), and the sources of its lead image
 * and figures, in order (the names the images get under {@code media/}). Nothing else of another
 * article reaches a page: there are no previous/next links or lists of related articles made from
 * the other articles' content.
 *
 * @param slug the slug
 * @param language the language tag
 * @param category the category, if any
 * @param title the title
 * @param summary the summary, if any
 * @param lead the lead image's source, if any
 * @param figures the sources of its figures, in reading order
 */
record ArticleFacts(String slug, String language, Optional<String> category, String title,
    Optional<String> summary, Optional<String> lead, List<String> figures) {
  ArticleFacts {
    figures = List.copyOf(figures);
  }

  // Written out, as Manifest.Entry's are: a record's own equals is linked through method handles on
  // its first call, some 10 ms of cold CPU on an incremental run's last step (comparing manifests).
  // A component added to the record must be added here too.
  @Override
  public boolean equals(Object other) {
    return other instanceof ArticleFacts o && slug.equals(o.slug) && language.equals(o.language)
        && category.equals(o.category) && title.equals(o.title) && summary.equals(o.summary) && lead.equals(o.lead)
        && figures.equals(o.figures);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(slug, language, category, title, summary, lead, figures);
  }

  /** The facts of an article. */
  static ArticleFacts of(Article article) {
    return new ArticleFacts(article.slug(), article.language(), article.metadata().category(), article.title(),
        article.metadata().summary(), article.metadata().image().map(Image::src), Fingerprints.figures(article));
  }

  /**
   * A stand-in for the unchanged article read from {@code source}: these facts and nothing else
   * (its figures, the only blocks, in its introduction). A site made with it has the same file
   * names, links, index and category pages as one made with the article; its own page is never
   * rendered from it.
   */
  Article standIn(Path source) {
    return standIn(Optional.of(source));
  }

  /** A stand-in as {@link #standIn(Path)}, read from {@code source} if known. */
  Article standIn(Optional<Path> source) {
    Metadata metadata = new Metadata(title, Optional.empty(), slug, summary, language, category, List.of(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(), List.of(),
        List.of(), List.of(), List.of(), lead.map(src -> new Image(src, "")), Optional.empty());
    List<dev.carepress.model.Block> blocks = figures.stream()
        .<dev.carepress.model.Block>map(src -> new Figure(src, "", Optional.empty())).toList();
    return new Article(metadata, blocks, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        Optional.empty(), source);
  }

  /** The sources of its images in the order a site copies them: the lead image, then the figures. */
  List<String> images() {
    List<String> all = new java.util.ArrayList<>();
    lead.ifPresent(all::add);
    all.addAll(figures);
    return all;
  }
}
