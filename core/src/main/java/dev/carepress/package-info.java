/**
 * Carepress core: the pieces every reader, check and renderer stands on, with no dependency outside
 * the JDK.
 *
 * <ul>
 *   <li>{@link dev.carepress.model} — the article model: records under the sealed {@code Block}
 *       and {@code Inline} interfaces, and a builder for articles made in code;
 *   <li>{@link dev.carepress.render} — the renderer SPI found through {@link java.util.ServiceLoader},
 *       with declared options, labels and resources;
 *   <li>{@link dev.carepress.io} — files written whole or not at all;
 *   <li>{@link dev.carepress.text} — the one XML escaper, the one JSON writer, URL safety and
 *       "did you mean" suggestions.
 * </ul>
 *
 * <p>Bad input is reported as {@link dev.carepress.Problem}s, each with file, line, column and a
 * hint, gathered into one {@link dev.carepress.ContentException}. The readers live in {@code
 * carepress-read} ({@code dev.carepress.read}), the health-literacy checks in {@code
 * carepress-check} ({@code dev.carepress.check}).
 */
package dev.carepress;
