/**
 * Carepress core: the article model, problems and exceptions, the renderer SPI, resources and atomic
 * file writing. It depends on nothing outside the JDK.
 */
module dev.carepress.core {
  exports dev.carepress;
  exports dev.carepress.io;
  exports dev.carepress.model;
  exports dev.carepress.render;
  exports dev.carepress.text;

  uses dev.carepress.render.RendererProvider;
}
