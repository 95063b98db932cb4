package dev.carepress.check;

import java.util.Locale;

/** The outcome of one check. */
public enum Verdict {
  /** The article meets the check's threshold. */
  PASS,
  /** It does not. */
  FAIL,
  /** The check does not apply (no formula for the language, no review date to age …). */
  NOT_APPLICABLE;

  /** The id used in JSON: {@code pass}, {@code fail}, {@code not-applicable}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
