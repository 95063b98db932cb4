package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoggingConfigTest {

  @AfterEach
  void backToTheJdksConfiguration() throws Exception {
    LogManager.getLogManager().readConfiguration();
  }

  @Test
  void silencesFontBoxNoticesAndKeepsTheJdksOwnSettingsForTheRest() throws Exception {
    new LoggingConfig();
    Logger fontbox = Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");
    assertThat(fontbox.isLoggable(Level.WARNING)).isFalse();
    assertThat(fontbox.isLoggable(Level.SEVERE)).isTrue();
    // the JDK's conf/logging.properties: INFO on the root logger, a console handler
    assertThat(Logger.getLogger("dev.carepress.other").isLoggable(Level.INFO)).isTrue();
    assertThat(Logger.getLogger("").getHandlers()).isNotEmpty();
  }
}
