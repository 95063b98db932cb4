package dev.carepress.render.pdf.internal;

/** The names of the anchors links and the outline go to. */
final class Anchors {
  private Anchors() {}

  /** The prefix of every anchor of an article in a booklet. */
  static String articlePrefix(String slug) {
    return "article-" + slug + "-";
  }

  /** The anchor of an article's title in a booklet. */
  static String article(String slug) {
    return articlePrefix(slug) + "top";
  }
}
