/**
 * Existing health web pages into Carepress articles.
 *
 * <pre>{@code
 * ImportResult result = HtmlArticleImporter.builder().build().importPage(Path.of("saved/asthma.html"));
 * result.fields().forEach(f -> System.out.println(f.field() + " from " + f.origin().label()));
 * result.missing().forEach(m -> System.out.println(m.advice()));   // "no review date: add lastReviewed"
 * Article article = result.orThrow();
 * MarkdownArticleWriter.create().write(article, Path.of("articles", article.slug() + ".md"));
 * }</pre>
 *
 * <p>{@link dev.carepress.importer.HtmlArticleImporter} reads a page's metadata in order of trust
 * (JSON-LD, microdata, Open Graph and {@code article:*} meta, {@code citation_*} and Dublin Core
 * meta, then the visible page), finds its main content, and maps its structure onto the model;
 * {@link dev.carepress.importer.ImportResult} says where each field came from, what was guessed
 * and what is missing. {@link dev.carepress.importer.MarkdownArticleWriter} writes any article in
 * the Markdown source format.
 */
package dev.carepress.importer;
