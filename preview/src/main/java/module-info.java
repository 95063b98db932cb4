/**
 * Carepress live preview: a local web server that shows a folder of articles as the HTML site,
 * keeps it current as files are saved, shows each article's problems and reading level in the page,
 * and renders the PDF and EPUB of an article on request. Built on the JDK's own HTTP server.
 */
module dev.carepress.preview {
  requires transitive dev.carepress.core;
  requires dev.carepress.read;
  requires transitive dev.carepress.check;
  requires jdk.httpserver;

  exports dev.carepress.preview;

  uses dev.carepress.render.RendererProvider;
}
