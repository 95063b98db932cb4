package dev.carepress.check.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Each formula on counts with published answers. Sources are cited per test; where the source gives
 * only a rounded value, the test checks to that rounding.
 */
class FormulasTest {

  /**
   * Wikipedia, "Flesch–Kincaid readability tests" (section "Flesch reading ease" and "Flesch–Kincaid
   * grade level"): "The Australian platypus is seemingly a hybrid of a mammal and reptilian creature"
   * has 13 words and 24 syllables (as the article counts them), reading ease 37.5 and grade 11.3.
   */
  @Test
  void fleschFormulasGiveThePublishedScoresOfThePlatypusSentence() {
    assertThat(Formulas.fleschReadingEase(1, 13, 24)).isCloseTo(37.5, within(0.05));
    assertThat(Formulas.fleschKincaidGrade(1, 13, 24)).isCloseTo(11.3, within(0.05));
  }

  /**
   * Same article: "Green Eggs and Ham" averages 5.7 words per sentence and 1.02 syllables per word,
   * grade −1.3; the lowest grade possible is −3.40 (one-syllable words, one-word sentences); the
   * highest reading ease 121.22.
   */
  @Test
  void fleschKincaidGivesThePublishedExtremes() {
    assertThat(Formulas.fleschKincaidGrade(1000, 5700, 5814)).isCloseTo(-1.3, within(0.05));
    assertThat(Formulas.fleschKincaidGrade(1, 1, 1)).isCloseTo(-3.40, within(0.005));
    assertThat(Formulas.fleschReadingEase(1, 1, 1)).isCloseTo(121.22, within(0.005));
  }

  /**
   * McLaughlin (1969): SMOG grade = 1.0430 √(polysyllables in 30 sentences) + 3.1291; his "mental
   * math" version is 3 + √count. For perfect squares the two agree within McLaughlin's stated
   * standard error (1.5159 grades), and the precise formula is always a little higher.
   */
  @Test
  void smogIsMcLaughlinsRegressionOnA30SentenceSample() {
    assertThat(Formulas.smogGrade(30, 0)).isCloseTo(3.1291, within(1e-9));
    assertThat(Formulas.smogGrade(30, 9)).isCloseTo(1.0430 * 3 + 3.1291, within(1e-9)); // 6.2581
    assertThat(Formulas.smogGrade(30, 64)).isCloseTo(11.4731, within(1e-4));
    for (int root = 1; root <= 15; root++) {
      double precise = Formulas.smogGrade(30, root * root);
      assertThat(precise - (3 + root)).isBetween(0.0, 1.5159);
    }
  }

  /**
   * "The SMOG Readability Formula" handout (for texts under 30 sentences): add to the polysyllable
   * count (average per sentence × sentences short of 30), then use the 30-sentence table. A text of
   * 15 sentences with 10 polysyllables has 10 + (10/15) × 15 = 20, which the conversion table puts at
   * grade 7 (13–20 → 7); the formula on 20 gives 7.79.
   */
  @Test
  void smogShortTextCorrectionIsTheHandoutsProcedure() {
    double handoutTotal = 10 + (10.0 / 15) * (30 - 15);
    assertThat(handoutTotal).isEqualTo(20.0);
    assertThat(Formulas.smogGrade(15, 10)).isCloseTo(Formulas.smogGrade(30, 20), within(1e-9));
    assertThat(Formulas.smogGrade(15, 10)).isCloseTo(7.7936, within(1e-4));
  }

  /**
   * Fernández-Huerta as corrected (Law 2011): 206.84 − 0.60 P − 1.02 F with P syllables per 100
   * words, F words per sentence. Worked by hand: 100 words, 200 syllables, 10 sentences gives
   * 206.84 − 120 − 10.2 = 76.64 ("algo fácil"). Fewer words per sentence must raise the score: the
   * uncorrected formula (F = sentences per 100 words) lowered it.
   */
  @Test
  void fernandezHuertaUsesLawsCorrection() {
    assertThat(Formulas.fernandezHuerta(10, 100, 200)).isCloseTo(76.64, within(1e-9));
    assertThat(Formulas.fernandezHuerta(20, 100, 200)).isGreaterThan(Formulas.fernandezHuerta(10, 100, 200));
  }

  /**
   * Szigriszt-Pazos (1993): 206.835 − 62.3 × syllables/words − words/sentences. Worked by hand: 100
   * words, 200 syllables, 10 sentences gives 206.835 − 124.6 − 10 = 72.235, "bastante fácil" on the
   * INFLESZ scale (65–80).
   */
  @Test
  void szigrisztPazosAndTheInfleszBands() {
    double v = Formulas.szigrisztPazos(10, 100, 200);
    assertThat(v).isCloseTo(72.235, within(1e-9));
    assertThat(ReadabilityCalculator.infleszBand(v)).startsWith("bastante fácil");
    assertThat(ReadabilityCalculator.infleszBand(39.9)).startsWith("muy difícil");
    assertThat(ReadabilityCalculator.infleszBand(40)).startsWith("algo difícil");
    assertThat(ReadabilityCalculator.infleszBand(55)).startsWith("normal");
    assertThat(ReadabilityCalculator.infleszBand(80)).startsWith("muy fácil");
  }
}
