/**
 * Carepress importer: existing health web pages (saved HTML) read into the Carepress model, with a
 * report of where each field came from, and the Markdown writer that turns an article back into the
 * source format.
 */
module dev.carepress.importer {
  requires transitive dev.carepress.core;
  requires org.jsoup;

  exports dev.carepress.importer;
}
