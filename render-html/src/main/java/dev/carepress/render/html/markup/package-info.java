/**
 * Writes the model as polyglot markup — valid HTML5 and valid XHTML5 — shared by the HTML pages
 * and the EPUB content documents.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * MarkupWriter w = MarkupWriter.to(out);
 * ArticleMarkup.of(article, MarkupOptions.defaults()).writeArticle(w);
 * }</pre>
 *
 * <p>{@link dev.carepress.render.html.markup.MarkupWriter} is the low-level element writer that
 * escapes every text and attribute; {@link dev.carepress.render.html.markup.ArticleMarkup} writes
 * an article or its parts (header, key points, contents, sections, glossary, footnotes, references,
 * related links, footer) into one document; {@link dev.carepress.render.html.markup.MarkupOptions}
 * holds the {@link dev.carepress.render.html.markup.Dialect}, the article settings a renderer
 * passes on, and the hooks a container needs (where images and related articles live, an id
 * prefix, the heading level to start at).
 */
package dev.carepress.render.html.markup;
