package dev.carepress.render;

import dev.carepress.CarepressException;

/** A renderer failed for a reason that is not the content's fault (a bug, a broken font file). */
public class RenderException extends CarepressException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public RenderException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
