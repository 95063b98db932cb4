/**
 * The readers' engines: Flexmark and Jackson glue, the location-aware tree both YAML front matter
 * and JSON are mapped from, and the checks shared with {@link dev.carepress.read.ArticleValidator}.
 * Not API; may change at any time.
 */
package dev.carepress.read.internal;
