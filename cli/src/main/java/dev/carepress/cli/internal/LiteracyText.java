package dev.carepress.cli.internal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.Level;
import dev.carepress.check.LiteracyReport;
import dev.carepress.check.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The short form of a health-literacy report for {@code carepress check}: one line with the verdict
 * and the reading level, then one line per check that failed. {@code --details} prints the full
 * report ({@link LiteracyReport#toText()}) instead.
 */
final class LiteracyText {
  private LiteracyText() {}

  /** The lines for one article: {@code file: passed (reading level)}, then each other failed check. */
  static List<String> summary(String file, LiteracyReport report, boolean color) {
    List<String> lines = new ArrayList<>();
    String verdict = report.passed() ? Console.green("passed", color) : Console.red("fell short", color);
    String grade = report.check("reading-grade").map(LiteracyText::gradeSummary).orElse("");
    lines.add(file + ": " + verdict + (grade.isEmpty() ? "" : " (" + grade + ")"));
    for (CheckResult check : report.checks()) {
      if (check.verdict() != Verdict.FAIL || check.id().equals("reading-grade")) { // the grade is on the first line
        continue;
      }
      String label = check.level() == Level.REQUIRED ? Console.red("fail  ", color) : Console.yellow("advice", color);
      lines.add("  " + label + " " + check.id() + ": " + check.summary());
    }
    return lines;
  }

  /**
   * The reading level as the verdict's line gives it: when no grade applies, only the first sentence
   * of why (the language has no formula; {@code --details} says which formulas there are), so
   * that a folder of German articles does not repeat the same paragraph on every line.
   */
  private static String gradeSummary(CheckResult check) {
    String summary = check.summary();
    int end = summary.indexOf(". ");
    return check.verdict() == Verdict.NOT_APPLICABLE && end > 0 ? summary.substring(0, end + 1) : summary;
  }
}
