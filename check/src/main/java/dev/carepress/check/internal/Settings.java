package dev.carepress.check.internal;

import java.time.Clock;
import java.time.Period;
import java.util.Objects;

/**
 * The thresholds the checks apply (see {@code LiteracyChecks.Builder} for the defaults and their sources).
 *
 * @param maxGrade highest US grade for Flesch–Kincaid and SMOG
 * @param minInflesz lowest Szigriszt-Pazos (INFLESZ) score for Spanish
 * @param maxSectionWords most words in one section's own text
 * @param maxParagraphWords most words in one paragraph
 * @param maxAverageSentenceWords highest average sentence length
 * @param maxSentenceWords most words in one sentence
 * @param maxListItems most items in a list without sub-lists
 * @param maxUndefinedTerms most distinct hard words missing from the glossary
 * @param maxReviewAge the oldest a medical review may be
 * @param clock what "today" is
 * @param strict whether every check is required
 */
public record Settings(
    double maxGrade, double minInflesz, int maxSectionWords, int maxParagraphWords, double maxAverageSentenceWords,
    int maxSentenceWords, int maxListItems, int maxUndefinedTerms, Period maxReviewAge, Clock clock,
    boolean strict) {

  /** Validates the components. */
  public Settings {
    Objects.requireNonNull(maxReviewAge, "maxReviewAge");
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * The lowest Fernández-Huerta score for the grade limit, from the scale's published grade bands:
   * 90+ 4th grade, 80+ 5th, 70+ 6th, 60+ 7th-8th, 50+ pre-university, 30+ university entry.
   */
  public double minFernandezHuerta() {
    if (maxGrade < 5) {
      return 90;
    } else if (maxGrade < 6) {
      return 80;
    } else if (maxGrade < 7) {
      return 70;
    } else if (maxGrade < 9) {
      return 60;
    } else if (maxGrade < 13) {
      return 50;
    } else if (maxGrade < 15) {
      return 30;
    }
    return 0;
  }
}
