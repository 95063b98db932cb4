/**
 * Carepress core: health articles read into one immutable model, and the pieces every renderer
 * stands on.
 *
 * <ul>
 *   <li>{@link dev.carepress.model} — the article model: records under the sealed {@code Block}
 *       and {@code Inline} interfaces, and a builder for articles made in code;
 *   <li>{@link dev.carepress.read} — the Markdown, JSON and {@code book.yaml} readers;
 *   <li>{@link dev.carepress.render} — the renderer SPI found through {@link java.util.ServiceLoader};
 *   <li>{@link dev.carepress.check} — the health-literacy checks.
 * </ul>
 *
 * <p>Bad input is reported as {@link dev.carepress.Problem}s, each with file, line, column and a
 * hint, gathered into one {@link dev.carepress.ContentException}.
 */
package dev.carepress;
