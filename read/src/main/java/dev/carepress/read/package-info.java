/**
 * Reading articles and books: {@link dev.carepress.read.MarkdownArticleReader} (Markdown with YAML
 * front matter), {@link dev.carepress.read.JsonArticleReader} and {@link
 * dev.carepress.read.JsonArticleWriter} (the model as canonical JSON, described by {@code
 * dev/carepress/read/article.schema.json}), {@link dev.carepress.read.BookReader} ({@code
 * book.yaml}), {@link dev.carepress.read.ArticleReaders} (by file extension) and {@link
 * dev.carepress.read.ArticleValidator} (the same checks for articles made in code).
 *
 * <pre>{@code
 * Article article = MarkdownArticleReader.create().read(Path.of("asthma.md"));
 * ReadResult<Article> result = ArticleReaders.parse(Path.of("asthma.json"));
 * Book book = BookReader.create().read(Path.of("book.yaml"));
 * MarkdownArticleReader plain = MarkdownArticleReader.builder().markGlossaryTerms(false).build();
 * }</pre>
 *
 * <p>Readers and the writer are made one way: {@code X.builder()…build()} with immutable options,
 * and {@code X.create()} as the shorthand for {@code X.builder().build()}; each builder's Javadoc
 * states the defaults.
 *
 * <p>{@code parse} methods return a {@link dev.carepress.read.ReadResult}: the value when there
 * were no errors, and every {@link dev.carepress.Problem} with file, line, column and a hint.
 * {@code read} methods return the value or throw one {@link dev.carepress.ContentException}
 * listing them all. No Flexmark or Jackson type appears in this package's API.
 */
package dev.carepress.read;
