/**
 * The one place Flexmark's node types meet the model's: a Markdown body (and a key point's line)
 * mapped to blocks and inlines, one rule per node type, with every convention of the source format
 * (sections from headings, callouts, figures, table captions, footnotes, glossary terms, raw HTML
 * made plain text). The mappers are stateless; what one article's reading remembers lives in a
 * {@link dev.carepress.read.internal.markdown.MarkdownReading} made for it.
 */
package dev.carepress.read.internal.markdown;
