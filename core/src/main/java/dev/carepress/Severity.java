package dev.carepress;

/** How serious a {@link Problem} is. */
public enum Severity {
  /** The input cannot be used as it is; reading fails. */
  ERROR,
  /** The input can be used, but something should be fixed (for example an image without alt text). */
  WARNING;

  /** The lower-case name used in messages and JSON: {@code error} or {@code warning}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
