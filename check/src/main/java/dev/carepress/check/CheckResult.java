package dev.carepress.check;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The outcome of one check: its verdict, the value measured against the threshold, the guideline
 * the threshold comes from, and what was found where.
 *
 * @param id the stable id, e.g. {@code reading-grade} (see {@link LiteracyChecks} for the list)
 * @param title what the check looks at, for people
 * @param level whether a failure fails the report
 * @param verdict pass, fail or not applicable
 * @param measured the value measured, if the check measures a number
 * @param threshold the limit it is held to, if any
 * @param unit what the numbers count: {@code grade}, {@code words}, {@code days} …
 * @param summary one line saying what was measured and how it compares, for people
 * @param source the guideline item the check and its threshold come from (PEMAT-P, CDC CCI …)
 * @param findings what was found, each with its place; empty when there is nothing to point at
 */
public record CheckResult(
    String id, String title, Level level, Verdict verdict, OptionalDouble measured, OptionalDouble threshold,
    String unit, String summary, String source, List<Finding> findings) {

  /** Validates and copies the components. */
  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(source, "source");
    findings = List.copyOf(findings);
  }

  /** Whether the check failed at the required level, which fails the report. */
  public boolean failsReport() {
    return verdict == Verdict.FAIL && level == Level.REQUIRED;
  }
}
