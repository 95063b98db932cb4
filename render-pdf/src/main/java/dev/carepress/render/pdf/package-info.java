/**
 * PDF patient handouts and booklets: {@link dev.carepress.render.pdf.PdfRenderer}, made with its
 * builder (paper, large print, footer URL, fonts, label texts; the values are a {@link
 * dev.carepress.render.pdf.PdfOptions}), found as format {@code pdf} through {@link
 * dev.carepress.render.pdf.PdfRendererProvider}.
 *
 * <pre>{@code
 * PdfRenderer pdf = PdfRenderer.builder().largePrint(true).build();
 * pdf.render(article, Path.of("asthma-large-print.pdf"));
 * }</pre>
 *
 * <p>The output is tagged (PDF/UA-1) and archival (PDF/A-2a), with every font embedded as a subset.
 * The layout engine behind it lives in the {@code internal} package, which is not API.
 */
package dev.carepress.render.pdf;
