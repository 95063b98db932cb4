package dev.carepress.render.pdf.internal;

import dev.carepress.model.Article;
import dev.carepress.render.Labels;

/**
 * What the running header and footer of a page say.
 *
 * @param header the short title in the header, or empty for none (a title page)
 * @param reviewed the "Last reviewed …" text in the footer, or empty
 * @param pageOf the pattern for "Page {0} of {1}" in the page's language
 * @param rightToLeft whether the page's text is right to left: header and footer are then mirrored
 */
record PageInfo(String header, String reviewed, String pageOf, boolean rightToLeft) {

  /** A left-to-right page's header and footer. */
  PageInfo(String header, String reviewed, String pageOf) {
    this(header, reviewed, pageOf, false);
  }

  /** The header and footer of an article's pages: its title, and when it was last reviewed. */
  static PageInfo of(Article article, Labels labels) {
    String reviewed = article.metadata().lastReviewed()
        .map(d -> labels.format("lastReviewed", labels.date(d))).orElse("");
    return new PageInfo(article.title(), reviewed, labels.get("pageOf"), article.metadata().rightToLeft());
  }
}
