/**
 * Carepress HTML renderer: accessible HTML5 article pages, fragments and static sites (format
 * {@code html}), and the polyglot HTML5/XHTML5 article writer the EPUB renderer shares.
 */
module dev.carepress.render.html {
  requires transitive dev.carepress.core;

  exports dev.carepress.render.html;
  exports dev.carepress.render.html.markup;

  provides dev.carepress.render.RendererProvider with
      dev.carepress.render.html.HtmlRendererProvider;
}
