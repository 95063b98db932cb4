package dev.carepress;

/**
 * The root of the unchecked exceptions Carepress throws. Catch this to handle every failure that
 * is not an {@link java.io.IOException} from a stream or path the caller passed in.
 */
public class CarepressException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public CarepressException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public CarepressException(String message, Throwable cause) {
    super(message, cause);
  }
}
