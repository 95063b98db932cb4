package dev.carepress.preview.internal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.LiteracyChecks;
import dev.carepress.check.LiteracyReport;
import dev.carepress.model.Article;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The health-literacy report of each article, made when a page first asks for it and kept until
 * the article changes: the bar of every article page shows its reading level, and {@code
 * <slug>.check.html} shows the whole report, the page {@code carepress check --html-report} writes.
 */
final class Reports {
  private final LiteracyChecks checks;
  private final Map<String, Made> made = new ConcurrentHashMap<>();

  /** A report, or why there is none, for one version of an article. */
  private record Made(Article article, Optional<LiteracyReport> report, String failure) {}

  Reports(LiteracyChecks checks) {
    this.checks = checks;
  }

  /**
   * The report of this version of the article.
   *
   * @throws IllegalStateException saying why, if the checks failed on it
   */
  LiteracyReport of(Article article) {
    Made now = made.get(article.slug());
    if (now == null || now.article() != article) {
      now = make(article);
      made.put(article.slug(), now);
    }
    Made result = now;
    return result.report().orElseThrow(() -> new IllegalStateException(result.failure()));
  }

  /** One line for the bar: the reading level and the verdict, or why there is none. */
  String summary(Article article) {
    try {
      LiteracyReport report = of(article);
      String level = report.check("reading-grade").map(CheckResult::summary).orElse("no reading level");
      return level + (report.passed() ? " · passed" : " · fell short");
    } catch (IllegalStateException e) {
      return "no report: " + e.getMessage();
    }
  }

  /** Whether the report of this version passes; empty when it could not be made. */
  Optional<Boolean> passed(Article article) {
    try {
      return Optional.of(of(article).passed());
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
  }

  private Made make(Article article) {
    try {
      return new Made(article, Optional.of(checks.check(article)), "");
    } catch (RuntimeException e) {
      return new Made(article, Optional.empty(), "the checks failed on this article (" + e + ")");
    }
  }
}
