package dev.carepress.check.internal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.Finding;
import dev.carepress.check.Level;
import dev.carepress.check.Place;
import dev.carepress.model.Metadata;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** The checks on medical review: a reviewer and a date, and a review recent enough. */
final class ReviewChecks {
  private static final String SOURCE = "NHS England, Standard for creating health content (clinical approval; show"
      + " when content was last checked and when it will be checked next); PIF TICK criterion 4 (up-to-date"
      + " evidence). Neither PEMAT-P nor the CDC CCI has an item for it.";

  private ReviewChecks() {}

  static CheckResult present(Analysis a) {
    String title = "Medical reviewer and review date";
    Metadata m = a.article().metadata();
    List<Finding> findings = new ArrayList<>();
    if (m.reviewers().isEmpty()) {
      findings.add(new Finding("No medical reviewer: add 'reviewers' (name and credentials)",
          Place.metadata("reviewers")));
    }
    if (m.lastReviewed().isEmpty()) {
      findings.add(new Finding("No review date: add 'lastReviewed' (YYYY-MM-DD)", Place.metadata("lastReviewed")));
    }
    String text = findings.isEmpty()
        ? "Reviewed by " + m.reviewers().get(0).displayName() + (m.reviewers().size() > 1 ? " and others" : "")
            + " on " + m.lastReviewed().get()
        : (m.reviewers().isEmpty() ? "No reviewer" : "Reviewer named") + ", "
            + (m.lastReviewed().isEmpty() ? "no review date" : "reviewed on " + m.lastReviewed().get());
    return Results.of(a, CheckIds.REVIEW_PRESENT, title, Level.REQUIRED, Results.verdict(findings.isEmpty()),
        OptionalDouble.of(findings.isEmpty() ? 1 : 0), OptionalDouble.of(1), "present", text, SOURCE, findings);
  }

  static CheckResult age(Analysis a) {
    String title = "Review is recent";
    Metadata m = a.article().metadata();
    LocalDate today = a.today();
    if (m.lastReviewed().isEmpty()) {
      return Results.notApplicable(a, CheckIds.REVIEW_AGE, title, Level.REQUIRED, "days",
          "No review date to age (see " + CheckIds.REVIEW_PRESENT + ").", SOURCE);
    }
    LocalDate reviewed = m.lastReviewed().get();
    LocalDate limit = reviewed.plus(a.settings().maxReviewAge());
    long age = ChronoUnit.DAYS.between(reviewed, today);
    long allowed = ChronoUnit.DAYS.between(reviewed, limit);
    List<Finding> findings = new ArrayList<>();
    if (today.isAfter(limit)) {
      findings.add(new Finding("Last reviewed " + reviewed + ", more than " + describe(a.settings().maxReviewAge())
          + " before " + today + ": have it reviewed again", Place.metadata("lastReviewed")));
    }
    if (reviewed.isAfter(today)) {
      findings.add(new Finding("Review date " + reviewed + " is after today (" + today + ")",
          Place.metadata("lastReviewed")));
    }
    m.nextReview().filter(next -> next.isBefore(today)).ifPresent(next -> findings.add(new Finding(
        "Next review was due on " + next + ": the review is overdue", Place.metadata("nextReview"))));
    String text = "Last reviewed " + reviewed + ", " + age + " days before " + today + "; limit " + allowed
        + " days (" + describe(a.settings().maxReviewAge()) + ")" + m.nextReview().map(n -> "; next review " + n).orElse("");
    return Results.of(a, CheckIds.REVIEW_AGE, title, Level.REQUIRED, Results.verdict(findings.isEmpty()),
        OptionalDouble.of(age), OptionalDouble.of(allowed), "days", text, SOURCE, findings);
  }

  /** A period in words: {@code P2Y} → "2 years". */
  static String describe(java.time.Period p) {
    List<String> parts = new ArrayList<>();
    if (p.getYears() != 0) {
      parts.add(Results.plural(p.getYears(), "year", "years"));
    }
    if (p.getMonths() != 0) {
      parts.add(Results.plural(p.getMonths(), "month", "months"));
    }
    if (p.getDays() != 0 || parts.isEmpty()) {
      parts.add(Results.plural(p.getDays(), "day", "days"));
    }
    return String.join(" ", parts);
  }
}
