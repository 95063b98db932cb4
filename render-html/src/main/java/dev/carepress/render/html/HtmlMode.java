package dev.carepress.render.html;

/** What {@link HtmlRenderer#render} writes for an article. */
public enum HtmlMode {
  /** A whole standalone page: doctype, head with metadata and JSON-LD, the page shell, the article. */
  PAGE,
  /**
   * Only the {@code <article>} element, with its own heading structure, for embedding in an
   * existing page or CMS; its stylesheet is {@link HtmlRenderer#stylesheet()}.
   */
  FRAGMENT
}
