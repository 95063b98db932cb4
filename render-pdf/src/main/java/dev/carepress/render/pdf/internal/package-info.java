/**
 * The layout engine and PDFBox glue behind {@link dev.carepress.render.pdf.PdfRenderer}: fonts and
 * glyph coverage, line breaking, composition of an article into boxes, pagination, and the tagged
 * PDF writer. Not API: anything here may change.
 */
package dev.carepress.render.pdf.internal;
