package dev.carepress.cli.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;

/**
 * The command's {@code java.util.logging} configuration: the JDK's own ({@code
 * conf/logging.properties}) with FontBox's notices turned off. PDFBox's font parser logs harmless
 * ones (e.g. "Format 14 cmap table is not supported" for the Noto fonts' variation-selector table)
 * that read like errors on a command line. Named by {@code java.util.logging.config.class}, so it is
 * made only when something first logs: a run that does not load PDFBox never starts the logging
 * framework, which cost a cold start some 20 ms.
 */
public final class LoggingConfig {
  /** The property that names this class to {@link LogManager}. */
  static final String PROPERTY = "java.util.logging.config.class";

  /** Reads the configuration; called by {@link LogManager} when logging starts. */
  public LoggingConfig() throws IOException {
    Path jdk = Path.of(System.getProperty("java.home"), "conf", "logging.properties");
    String own = Files.isRegularFile(jdk) ? Files.readString(jdk, StandardCharsets.ISO_8859_1) : "";
    String config = own + "\norg.apache.fontbox.level = SEVERE\n";
    LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(config.getBytes(StandardCharsets.ISO_8859_1)));
  }

  /** Makes this the configuration, unless the user named one (a class or a file). */
  public static void install() {
    if (System.getProperty(PROPERTY) == null && System.getProperty("java.util.logging.config.file") == null) {
      System.setProperty(PROPERTY, LoggingConfig.class.getName());
    }
  }
}
