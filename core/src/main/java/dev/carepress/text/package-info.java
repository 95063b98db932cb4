/**
 * Text helpers every module shares, so that each rule is written once: {@link
 * dev.carepress.text.Xml} escaping, the {@link dev.carepress.text.JsonWriter}, the {@link
 * dev.carepress.text.UrlPolicy} for links and images, and {@link dev.carepress.text.Suggestions}
 * for "did you mean" hints.
 */
package dev.carepress.text;
