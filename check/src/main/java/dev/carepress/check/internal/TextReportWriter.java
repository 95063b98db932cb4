package dev.carepress.check.internal;

import static dev.carepress.check.internal.ReadabilityCalculator.oneDecimal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.Finding;
import dev.carepress.check.Formula;
import dev.carepress.check.LiteracyReport;
import dev.carepress.check.PartReadability;
import dev.carepress.check.Readability;
import dev.carepress.check.Score;
import dev.carepress.check.Verdict;
import java.util.Locale;

/** Writes a report as plain text for a terminal. */
public final class TextReportWriter {
  private static final int MAX_FINDINGS = 12;

  private TextReportWriter() {}

  /** The text of the report. */
  public static String write(LiteracyReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Health-literacy check: ").append(report.title()).append(" (").append(report.slug()).append(", ")
        .append(report.language()).append(")\n");
    long failed = report.failures().size();
    out.append(report.passed() ? "PASSED" : "FAILED: " + Results.plural(failed, "required check", "required checks")
        + " failed").append(" (checked on ").append(report.checkedOn()).append(")\n\n");
    readability(out, report.readability());
    if (!report.readability().scores().isEmpty() && !report.parts().isEmpty()) {
      parts(out, report);
    }
    out.append("\nChecks\n");
    for (CheckResult c : report.checks()) {
      check(out, c);
    }
    return out.toString();
  }

  private static void readability(StringBuilder out, Readability r) {
    out.append("Readability of the whole article (").append(Results.plural(r.counts().words(), "word", "words"))
        .append(", ").append(Results.plural(r.counts().sentences(), "sentence", "sentences")).append(")\n");
    if (r.scores().isEmpty()) {
      out.append("  ").append(r.note().orElse("")).append('\n');
      return;
    }
    for (Score s : r.scores()) {
      out.append(String.format(Locale.ROOT, "  %-45s %6s  %s%n", s.formula().displayName(),
          s.value().isPresent() ? ReadabilityCalculator.twoDecimals(s.value().getAsDouble()) : "-", s.interpretation()));
    }
    r.note().ifPresent(n -> out.append("  ").append(n).append('\n'));
  }

  private static void parts(StringBuilder out, LiteracyReport report) {
    out.append(String.format(Locale.ROOT, "%n%-40s %6s", "By part", "words"));
    for (Score s : report.readability().scores()) {
      out.append(String.format(Locale.ROOT, " %8s", shortName(s.formula())));
    }
    out.append('\n');
    for (PartReadability p : report.parts()) {
      String name = "  ".repeat(Math.max(1, p.depth())) + p.title();
      out.append(String.format(Locale.ROOT, "%-40s %6d", truncate(name, 40), p.readability().counts().words()));
      for (Score s : p.readability().scores()) {
        out.append(String.format(Locale.ROOT, " %8s",
            s.value().isPresent() ? ReadabilityCalculator.twoDecimals(s.value().getAsDouble()) : "-"));
      }
      out.append('\n');
    }
  }

  private static void check(StringBuilder out, CheckResult c) {
    out.append(String.format(Locale.ROOT, "  %-4s  %-17s %s [%s]%n", label(c.verdict()), c.id(), c.title(),
        c.level().id()));
    wrap(out, c.summary(), "        ");
    int shown = 0;
    for (Finding f : c.findings()) {
      if (shown++ == MAX_FINDINGS) {
        out.append("        … and ").append(c.findings().size() - MAX_FINDINGS).append(" more\n");
        break;
      }
      wrap(out, "- " + f.place().label() + ": " + f.message(), "        ");
      f.place().sentence().ifPresent(s -> wrap(out, "\"" + truncate(s, 200) + "\"", "          "));
    }
    wrap(out, "Source: " + c.source(), "        ");
  }

  private static String label(Verdict v) {
    return v == Verdict.PASS ? "PASS" : v == Verdict.FAIL ? "FAIL" : "N/A";
  }

  static String shortName(Formula f) {
    switch (f) {
      case FLESCH_READING_EASE: return "FRE";
      case FLESCH_KINCAID_GRADE: return "FK";
      case SMOG: return "SMOG";
      case FERNANDEZ_HUERTA: return "F-H";
      case SZIGRISZT_PAZOS: return "INFLESZ";
      default: throw new AssertionError(f);
    }
  }

  /** Appends the text in lines of at most 100 characters, each starting with the indent. */
  private static void wrap(StringBuilder out, String text, String indent) {
    int width = 100 - indent.length();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.append(indent).append(line).append('\n');
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.append(indent).append(line).append('\n');
    }
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
