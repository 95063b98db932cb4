/**
 * EPUB 3 e-books from Carepress articles and books: {@link dev.carepress.render.epub.EpubRenderer}
 * with its typed {@link dev.carepress.render.epub.EpubOptions}, and the {@code epub} format for
 * {@link dev.carepress.render.Renderers}.
 */
package dev.carepress.render.epub;
