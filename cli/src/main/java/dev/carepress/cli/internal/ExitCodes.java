package dev.carepress.cli.internal;

/** The exit statuses of every command. */
public final class ExitCodes {
  /** Everything was done. */
  public static final int OK = 0;
  /** An article fell short of a check (for example its reading grade is above --max-grade). */
  public static final int FELL_SHORT = 1;
  /** Bad usage, or an input that could not be read, was invalid or could not be rendered. */
  public static final int INVALID = 2;

  private ExitCodes() {}
}
