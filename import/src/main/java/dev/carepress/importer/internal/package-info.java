/**
 * The importer's engines: loading and decoding pages, the jsoup glue that finds metadata and the
 * main content, the canonical form of the model and the Markdown and YAML writers. Not API; may
 * change at any time.
 */
package dev.carepress.importer.internal;
