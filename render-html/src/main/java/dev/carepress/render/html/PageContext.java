package dev.carepress.render.html;

import dev.carepress.model.Article;
import dev.carepress.render.Labels;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link PageShell} hook knows about the page being written.
 *
 * @param kind an article page, a site's index or category page, or a book page
 * @param title the page's title (the article's, the category's, the book's)
 * @param language the page's BCP 47 language tag
 * @param labels the labels in that language
 * @param article the article, on an article page
 * @param homeHref the relative link to the site's index page, when the page is part of a site
 * @param canonicalUrl the page's absolute URL, when a base URL is set
 * @param siteName the site's name, if set ({@link HtmlRenderer#SITE_NAME}) or taken from the book
 */
public record PageContext(
    PageKind kind,
    String title,
    String language,
    Labels labels,
    Optional<Article> article,
    Optional<String> homeHref,
    Optional<String> canonicalUrl,
    Optional<String> siteName) {

  /** Validates the components. */
  public PageContext {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(homeHref, "homeHref");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(siteName, "siteName");
  }
}
