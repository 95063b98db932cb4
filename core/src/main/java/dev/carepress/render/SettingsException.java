package dev.carepress.render;

import dev.carepress.CarepressException;

/** A renderer setting is unknown or has a value the renderer cannot use; the message names both. */
public class SettingsException extends CarepressException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message naming the key, the value and what would be accepted. */
  public SettingsException(String message) {
    super(message);
  }
}
