package dev.carepress.check;

import dev.carepress.check.internal.Analysis;
import dev.carepress.check.internal.HtmlReportWriter;
import dev.carepress.check.internal.JsonReportWriter;
import dev.carepress.check.internal.ReportLabels;
import dev.carepress.check.internal.TextReportWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What {@link LiteracyChecks} found in one article: readability for the whole article and each
 * part, and every check's result. Three renderings: {@link #toText()} for a terminal,
 * {@link #toJson()} for programs (its shape is described in {@code literacy-report.schema.json}
 * next to this class, {@code version} 1) and {@link #toHtml()}, a self-contained page showing the
 * article with its long sentences and hard words marked.
 *
 * <pre>{@code
 * LiteracyReport report = LiteracyChecks.create().check(article);
 * report.passed();                               // false if a required check failed
 * Files.writeString(Path.of("report.html"), report.toHtml());
 * }</pre>
 *
 * <p>Immutable; the renderings are deterministic.
 */
public final class LiteracyReport {
  /** The version of the JSON shape; it changes only when a property is removed or changes meaning. */
  public static final int JSON_VERSION = 1;

  private final Analysis analysis;
  private final Readability readability;
  private final List<PartReadability> parts;
  private final List<CheckResult> checks;
  private final ReportLabels labels;

  LiteracyReport(Analysis analysis, Readability readability, List<PartReadability> parts, List<CheckResult> checks,
      ReportLabels labels) {
    this.analysis = analysis;
    this.labels = labels;
    this.readability = readability;
    this.parts = List.copyOf(parts);
    this.checks = List.copyOf(checks);
  }

  /** The article's title. */
  public String title() {
    return analysis.article().title();
  }

  /** The article's slug. */
  public String slug() {
    return analysis.article().slug();
  }

  /** The article's language tag, which chose the formulas. */
  public String language() {
    return analysis.article().language();
  }

  /** The date the review age was measured against (from the checks' clock). */
  public LocalDate checkedOn() {
    return analysis.today();
  }

  /** The readability of all the article's prose (key points, introduction, sections). */
  public Readability readability() {
    return readability;
  }

  /** The readability of each part: key points, introduction, then each section depth first. */
  public List<PartReadability> parts() {
    return parts;
  }

  /** Every check's result, in a fixed order. */
  public List<CheckResult> checks() {
    return checks;
  }

  /** The result of the check with this id, if there is such a check. */
  public Optional<CheckResult> check(String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The checks that fail the report: required checks that failed. */
  public List<CheckResult> failures() {
    return checks.stream().filter(CheckResult::failsReport).toList();
  }

  /** Whether no required check failed. */
  public boolean passed() {
    return failures().isEmpty();
  }

  /** A plain-text report for a terminal, lines of at most about 100 characters. */
  public String toText() {
    return TextReportWriter.write(this);
  }

  /** The report as JSON (UTF-8 text), pretty-printed, properties in a fixed order. */
  public String toJson() {
    return JsonReportWriter.write(this);
  }

  /**
   * A self-contained, accessible HTML page (no script, no external resource) a writer edits from. Its
   * headings and fixed words are labels the checks' {@link LiteracyChecks.Builder#labels} replace; its
   * messages are English.
   */
  public String toHtml() {
    return HtmlReportWriter.write(this, analysis, labels);
  }
}
