/**
 * Everything Carepress has, in one {@code requires}: the model and SPI, the readers, the
 * health-literacy checks, the HTML importer and the HTML, PDF and EPUB renderers.
 */
module dev.carepress {
  requires transitive dev.carepress.core;
  requires transitive dev.carepress.read;
  requires transitive dev.carepress.check;
  requires transitive dev.carepress.importer;
  requires transitive dev.carepress.render.html;
  requires transitive dev.carepress.render.pdf;
  requires transitive dev.carepress.render.epub;
}
