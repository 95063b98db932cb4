package dev.carepress.render.pdf.internal;

import java.util.logging.Logger;

/**
 * Keeps FontBox's "Format 14 cmap table is not supported and will be ignored" out of the
 * application's log. FontBox logs it as a warning for every font with a Unicode variation-sequence
 * table, which a handout does not use: each of the ten faces of the CJK pack's collection, so a
 * program that rendered its first Chinese handout printed ten warnings on standard error that read
 * like faults (the command line hides them in its logging set-up; a library user had no such
 * set-up). Only that message of that logger is dropped; only where it goes through
 * {@code java.util.logging} (Commons Logging's fallback when no other logging library is present);
 * and not if the application put a filter of its own on that logger.
 */
final class FontBoxLogging {
  /** The logger FontBox's cmap parser writes to. */
  static final String LOGGER = "org.apache.fontbox.ttf.CmapSubtable";
  /** The start of the message that is dropped. */
  static final String FORMAT_14 = "Format 14 cmap table is not supported";

  // held here: java.util.logging keeps its loggers (and so their filters) only weakly
  private static final Logger CMAP = Logger.getLogger(LOGGER);

  static {
    synchronized (CMAP) {
      if (CMAP.getFilter() == null) {
        CMAP.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(FORMAT_14));
      }
    }
  }

  private FontBoxLogging() {}

  /** Sets the filter, once, before FontBox first parses a font. */
  static void quietUnusedCmapWarnings() {
    // the work is done when the class is initialised
  }
}
