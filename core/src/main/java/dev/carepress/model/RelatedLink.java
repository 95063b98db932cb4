package dev.carepress.model;

import java.util.Optional;

/**
 * Related content: another article, named by its slug (linked inside a site or book when it is
 * there) or by URL.
 *
 * @param title the visible title
 * @param url where it is on the web
 * @param slug the slug of another Carepress article
 * @param summary one sentence on what the reader finds there
 */
public record RelatedLink(String title, Optional<String> url, Optional<String> slug, Optional<String> summary) {
  /** Validates the components: a related link needs a URL or a slug, or both. */
  public RelatedLink {
    Values.text(title, "title");
    Values.present(url, "url");
    Values.present(slug, "slug");
    Values.present(summary, "summary");
    if (url.isEmpty() && slug.isEmpty()) {
      throw new IllegalArgumentException("related link '" + title + "' needs a url or a slug");
    }
  }

  /** A link to another article by slug. */
  public static RelatedLink toSlug(String title, String slug) {
    return new RelatedLink(title, Optional.empty(), Optional.of(slug), Optional.empty());
  }

  /** A link to a URL. */
  public static RelatedLink toUrl(String title, String url) {
    return new RelatedLink(title, Optional.of(url), Optional.empty(), Optional.empty());
  }
}
