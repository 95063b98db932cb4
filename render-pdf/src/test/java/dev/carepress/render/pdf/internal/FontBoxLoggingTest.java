package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Parsing the CJK pack's collection (ten faces with a variation-sequence cmap) leaves FontBox's
 * "Format 14 cmap table is not supported" out of the log, and nothing else its cmap parser logs.
 */
class FontBoxLoggingTest {
  private static final Path CJK = Path.of("../fonts-cjk/src/main/resources/META-INF/carepress/fonts/cjk/NotoSansCJK-Regular.ttc");

  @Test
  void theUnusedFormat14WarningIsDroppedAndOtherMessagesOfTheLoggerStillGetThrough() throws IOException {
    Logger logger = Logger.getLogger(FontBoxLogging.LOGGER);
    List<String> seen = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        seen.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(handler);
    try {
      FontFiles.parse(Files.readAllBytes(CJK), Optional.of("NotoSansCJKjp-Regular")).getUnicodeCmapLookup();
      logger.log(Level.WARNING, "another cmap warning");
    } finally {
      logger.removeHandler(handler);
    }
    assertThat(seen).containsExactly("another cmap warning");
  }
}
