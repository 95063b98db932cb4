/**
 * The article writer behind {@link dev.carepress.render.html.markup.ArticleMarkup}: one small
 * writer per part of the article (header, navigation, body, glossary, footnotes, references, footer)
 * and per kind of node (blocks, tables, figures, inlines), with the differences between web pages
 * and EPUB content documents in one strategy, {@link
 * dev.carepress.render.html.internal.markup.MarkupDialect}. Not API.
 */
package dev.carepress.render.html.internal.markup;
