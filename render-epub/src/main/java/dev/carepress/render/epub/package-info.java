/**
 * EPUB 3 e-books from Carepress articles and books: {@link dev.carepress.render.epub.EpubRenderer},
 * made with its {@link dev.carepress.render.epub.EpubRenderer.Builder}, and the {@code epub} format
 * for {@link dev.carepress.render.Renderers}.
 */
package dev.carepress.render.epub;
