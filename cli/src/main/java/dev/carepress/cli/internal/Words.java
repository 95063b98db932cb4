package dev.carepress.cli.internal;

import java.util.Locale;

/** Counts and durations written for people: "1 article", "21 files", "1.2 s". */
public final class Words {
  private Words() {}

  /** The count and the noun, plural unless the count is 1 ({@code noun + "s"}). */
  public static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  /** The time in seconds, with one decimal under ten seconds, in minutes and seconds past a minute. */
  public static String duration(long nanos) {
    double seconds = nanos / 1e9;
    if (seconds < 10) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    long whole = Math.round(seconds);
    if (whole < 60) {
      return whole + " s";
    }
    return whole / 60 + " min " + whole % 60 + " s";
  }

  /** "2 errors, 3 warnings", leaving out what is zero; empty when both are. */
  public static String problems(int errors, int warnings) {
    StringBuilder out = new StringBuilder();
    if (errors > 0) {
      out.append(count(errors, "error"));
    }
    if (warnings > 0) {
      out.append(out.length() > 0 ? ", " : "").append(count(warnings, "warning"));
    }
    return out.toString();
  }
}
