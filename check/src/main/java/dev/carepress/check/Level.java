package dev.carepress.check;

import java.util.Locale;

/** Whether a failed check makes the whole report fail. */
public enum Level {
  /** A failure fails the report ({@link LiteracyReport#passed()} is false; {@code carepress check} exits 1). */
  REQUIRED,
  /** A failure is advice for the writer; the report still passes. */
  ADVISORY;

  /** The id used in JSON: {@code required} or {@code advisory}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
