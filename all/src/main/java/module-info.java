/**
 * Everything Carepress has, in one {@code requires}: the model and SPI, the readers, the
 * health-literacy checks, the HTML importer, the HTML, PDF and EPUB renderers, the font packs for
 * the world's scripts and for Chinese, Japanese and Korean, and the live preview server.
 */
module dev.carepress {
  requires transitive dev.carepress.core;
  requires transitive dev.carepress.read;
  requires transitive dev.carepress.check;
  requires transitive dev.carepress.importer;
  requires transitive dev.carepress.render.html;
  requires transitive dev.carepress.render.pdf;
  requires transitive dev.carepress.fonts.world;
  requires transitive dev.carepress.fonts.cjk;
  requires transitive dev.carepress.render.epub;
  requires transitive dev.carepress.batch;
  requires transitive dev.carepress.preview;
}
