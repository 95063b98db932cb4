/**
 * Carepress PDF renderer: tagged, archival patient handouts and booklets (PDF/UA-1, PDF/A-2a) on
 * Apache PDFBox (format {@code pdf}).
 */
module dev.carepress.render.pdf {
  requires transitive dev.carepress.core;
  requires org.apache.pdfbox;
  requires org.apache.fontbox;
  requires org.apache.pdfbox.io;
  // PDFBox is an automatic module, so it cannot say that it needs Commons Logging; this does
  requires org.apache.commons.logging;
  requires java.desktop;
  // to keep one FontBox warning out of the application's log (FontBoxLogging)
  requires java.logging;
  requires com.ibm.icu;
  requires io.nayuki.qrcodegen;
  // PDFBox releases its memory-mapped font and file buffers through sun.misc.Unsafe; on the module
  // path nothing else resolves jdk.unsupported, and every first PDF logged a SEVERE "Unmapping is
  // not supported" stack trace
  requires jdk.unsupported;

  exports dev.carepress.render.pdf;

  provides dev.carepress.render.RendererProvider with
      dev.carepress.render.pdf.PdfRendererProvider;
}
