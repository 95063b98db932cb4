package dev.carepress.check.internal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.Finding;
import dev.carepress.check.Level;
import dev.carepress.check.Verdict;
import java.util.List;
import java.util.OptionalDouble;

/** Builds check results, applying the strict setting to their level. */
final class Results {
  private Results() {}

  static CheckResult of(
      Analysis analysis, String id, String title, Level level, Verdict verdict, OptionalDouble measured,
      OptionalDouble threshold, String unit, String summary, String source, List<Finding> findings) {
    Level effective = analysis.settings().strict() ? Level.REQUIRED : level;
    return new CheckResult(id, title, effective, verdict, measured, threshold, unit, summary, source, findings);
  }

  static CheckResult notApplicable(
      Analysis analysis, String id, String title, Level level, String unit, String why, String source) {
    return of(analysis, id, title, level, Verdict.NOT_APPLICABLE, OptionalDouble.empty(), OptionalDouble.empty(),
        unit, why, source, List.of());
  }

  static Verdict verdict(boolean pass) {
    return pass ? Verdict.PASS : Verdict.FAIL;
  }

  static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
