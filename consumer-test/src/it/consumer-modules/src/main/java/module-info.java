/** A user's application as a named module. */
module com.example.handouts {
  requires dev.carepress.core;

  uses dev.carepress.render.RendererProvider;
}
