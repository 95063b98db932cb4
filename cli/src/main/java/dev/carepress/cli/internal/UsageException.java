package dev.carepress.cli.internal;

/**
 * The command line asks for something that cannot be done (an unknown format or setting, a
 * conflict between options): reported as a usage error, exit status 2.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message saying what is wrong and what to do instead. */
  public UsageException(String message) {
    super(message);
  }
}
