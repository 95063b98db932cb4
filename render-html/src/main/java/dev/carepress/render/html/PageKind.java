package dev.carepress.render.html;

/** The kinds of page the HTML renderer writes, for {@link PageShell} hooks that differ between them. */
public enum PageKind {
  /** One article. */
  ARTICLE,
  /** A site's home page listing every article by category. */
  INDEX,
  /** A site's page listing the articles of one category. */
  CATEGORY,
  /** A whole book on one page. */
  BOOK
}
