package dev.carepress.cli.internal;

/**
 * The command cannot go on for a reason that is not a usage mistake, and whose message says all
 * there is to say (an output folder that cannot be written): printed as {@code carepress render:
 * error: …} without a stack trace; exit status 2.
 */
public final class FailureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message saying what failed and what to do. */
  public FailureException(String message) {
    super(message);
  }
}
