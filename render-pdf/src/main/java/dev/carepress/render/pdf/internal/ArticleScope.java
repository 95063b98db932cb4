package dev.carepress.render.pdf.internal;

import dev.carepress.model.Article;
import dev.carepress.render.Labels;
import java.nio.file.Path;

/**
 * What composing one article needs to know about it, fixed for the whole article.
 *
 * @param article the article
 * @param labels the words around its content, in its language, with the user's overrides
 * @param anchorPrefix makes anchors unique in a booklet ({@code article-asthma-}); empty for a handout
 * @param outlineBase the outline level of the article's sections (1 for a handout, 2 in a booklet)
 */
record ArticleScope(Article article, Labels labels, String anchorPrefix, int outlineBase) {

  /** The anchor of a part of the article ({@code top}, {@code fn-2}, {@code sec-dosage}). */
  String anchor(String id) {
    return anchorPrefix + id;
  }

  /** The article in messages: its file, or its slug when it was made in code. */
  String source() {
    return article.source().map(Path::toString).orElse(article.slug());
  }
}
