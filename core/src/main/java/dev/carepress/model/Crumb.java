package dev.carepress.model;

import java.util.Optional;

/**
 * One step of a breadcrumb trail, from the site's home towards the article.
 *
 * @param label the visible text
 * @param url where the step links to, if anywhere
 */
public record Crumb(String label, Optional<String> url) {
  /** Validates the components. */
  public Crumb {
    Values.text(label, "label");
    Values.present(url, "url");
  }

  /** A step without a link. */
  public static Crumb of(String label) {
    return new Crumb(label, Optional.empty());
  }

  /** A step with a link. */
  public static Crumb of(String label, String url) {
    return new Crumb(label, Optional.of(url));
  }
}
