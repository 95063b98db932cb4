/** Carepress EPUB renderer: valid, accessible EPUB 3 e-books (format {@code epub}). */
module dev.carepress.render.epub {
  requires transitive dev.carepress.core;
  requires dev.carepress.render.html;

  exports dev.carepress.render.epub;

  provides dev.carepress.render.RendererProvider with
      dev.carepress.render.epub.EpubRendererProvider;
}
