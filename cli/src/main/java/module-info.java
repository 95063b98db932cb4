/**
 * The {@code carepress} command. Renderers are found through {@link java.util.ServiceLoader}, so
 * any format module on the module path (or class path) is picked up.
 */
module dev.carepress.cli {
  requires dev.carepress.core;
  requires dev.carepress.batch;
  requires dev.carepress.check;
  requires dev.carepress.importer;
  requires dev.carepress.preview;
  requires java.net.http;
  requires info.picocli;
  requires java.logging;

  exports dev.carepress.cli;
  // LoggingConfig, which java.util.logging makes by name
  exports dev.carepress.cli.internal to java.logging;

  opens dev.carepress.cli.internal to info.picocli;

  uses dev.carepress.render.RendererProvider;
}
