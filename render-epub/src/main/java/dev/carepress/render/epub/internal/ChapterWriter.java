package dev.carepress.render.epub.internal;

import dev.carepress.model.Article;

/**
 * Writes one article as an EPUB XHTML content document. Kept behind this interface so that the
 * content documents can come from the shared HTML/XHTML writer of {@code render-html}.
 */
public interface ChapterWriter {

  /** Appends the whole document, from the XML declaration to {@code </html>}. */
  void write(Article article, ChapterContext context, StringBuilder out);
}
