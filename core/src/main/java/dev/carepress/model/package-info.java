/**
 * The article model: immutable records, built by the readers or in code with
 * {@link dev.carepress.model.Article#builder()}.
 *
 * <p>An {@link dev.carepress.model.Article} holds its {@link dev.carepress.model.Metadata}, an
 * introduction, {@link dev.carepress.model.Section}s of {@link dev.carepress.model.Block}s, key
 * points, a glossary, footnotes, references, related content and a disclaimer. Blocks and inlines
 * are each one sealed family with a visitor ({@link dev.carepress.model.BlockVisitor},
 * {@link dev.carepress.model.InlineVisitor}), so a new node type breaks compilation wherever it
 * must be handled. Collections are never null and never contain null; optional values are
 * {@link java.util.Optional}.
 */
package dev.carepress.model;
