package dev.carepress.check.internal;

/**
 * The readability formulas on counts, with their published constants and no rounding in between.
 * Callers make sure counts are positive.
 */
public final class Formulas {
  private Formulas() {}

  /** Flesch Reading Ease (Flesch 1948): 206.835 − 1.015 × words/sentences − 84.6 × syllables/words. */
  public static double fleschReadingEase(int sentences, int words, int syllables) {
    return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
  }

  /** Flesch–Kincaid Grade Level (Kincaid et al. 1975): 0.39 × words/sentences + 11.8 × syllables/words − 15.59. */
  public static double fleschKincaidGrade(int sentences, int words, int syllables) {
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
  }

  /**
   * SMOG grade (McLaughlin 1969): 1.0430 × √(polysyllables × 30 / sentences) + 3.1291. With 30
   * sentences this is the published regression; with fewer it is the published correction for short
   * texts (polysyllables + polysyllables/sentences × (30 − sentences) is polysyllables × 30/sentences).
   */
  public static double smogGrade(int sentences, int polysyllables) {
    return 1.0430 * Math.sqrt(polysyllables * 30.0 / sentences) + 3.1291;
  }

  /**
   * Fernández-Huerta readability (1959), as corrected by Law (2011): 206.84 − 0.60 × syllables per
   * 100 words − 1.02 × words per sentence.
   */
  public static double fernandezHuerta(int sentences, int words, int syllables) {
    return 206.84 - 0.60 * (100.0 * syllables / words) - 1.02 * words / sentences;
  }

  /** Szigriszt-Pazos perspicuity (1993), read on the INFLESZ scale: 206.835 − 62.3 × syllables/words − words/sentences. */
  public static double szigrisztPazos(int sentences, int words, int syllables) {
    return 206.835 - 62.3 * syllables / words - (double) words / sentences;
  }
}
