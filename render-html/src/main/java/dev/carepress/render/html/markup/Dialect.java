package dev.carepress.render.html.markup;

/**
 * The flavour of polyglot markup {@link ArticleMarkup} writes. Both are valid HTML5 and XHTML5;
 * they differ in the semantics they add for their readers.
 */
public enum Dialect {
  /** For web pages: footnotes as an ordered list, lazy-loaded images, no EPUB attributes. */
  HTML,
  /**
   * For EPUB 3 content documents: adds {@code epub:type} ({@code noteref}, {@code footnote}, {@code
   * glossary}, {@code glossterm}, {@code glossdef}, {@code glossref}, {@code bibliography}) and
   * DPUB-ARIA roles, writes each footnote as an {@code <aside>}, and leaves out attributes reading
   * systems do not need. The document's root must declare {@code xmlns:epub}.
   */
  EPUB
}
