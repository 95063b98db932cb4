/**
 * The HTML renderer: accessible HTML5 article pages, page fragments, one-page books and static
 * sites, with schema.org JSON-LD, a default stylesheet and theming hooks.
 *
 * <pre>{@code
 * Article article = MarkdownArticleReader.create().read(Path.of("asthma.md"));
 * HtmlRenderer.create().render(article, Path.of("out/asthma.html"));
 * }</pre>
 *
 * <p>Start from {@link dev.carepress.render.html.HtmlRenderer}; configure it with its {@link
 * dev.carepress.render.html.HtmlRenderer.Builder}; change the page around the article with a {@link
 * dev.carepress.render.html.PageShell}. The markup of articles themselves, shared with the EPUB
 * renderer, is in {@link dev.carepress.render.html.markup}.
 */
package dev.carepress.render.html;
