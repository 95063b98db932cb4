/** A user's application as a named module: it names the modules it uses, and nothing else. */
module com.example.handouts {
  requires dev.carepress.read;

  uses dev.carepress.render.RendererProvider;
}
