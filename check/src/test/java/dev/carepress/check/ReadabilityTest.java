package dev.carepress.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readability of whole texts: counting, the formulas each language gets, SMOG's sampling and minimum. */
class ReadabilityTest {

  /** Wikipedia ("Flesch–Kincaid readability tests"): "The cat sat on the mat." scores 116 on reading ease. */
  @Test
  void theCatSatOnTheMatScores116() {
    Readability r = LiteracyChecks.readability("The cat sat on the mat.", "en");
    assertThat(r.counts()).isEqualTo(new TextCounts(1, 6, 6, 0, 6));
    assertThat(r.value(Formula.FLESCH_READING_EASE).getAsDouble()).isCloseTo(116.145, within(1e-9));
    assertThat(r.value(Formula.FLESCH_KINCAID_GRADE).getAsDouble()).isCloseTo(-1.45, within(1e-9));
  }

  /**
   * Worked by hand with the RAE's syllable division: "Lá-ve-se las ma-nos con a-gua y ja-bón.
   * Sé-que-las bien." is 2 sentences, 9 words, 16 syllables: Fernández-Huerta 206.84 − 0.60 × 1600/9
   * − 1.02 × 4.5 = 95.583; Szigriszt-Pazos 206.835 − 62.3 × 16/9 − 4.5 = 91.579.
   */
  @Test
  void spanishTextGetsTheSpanishFormulas() {
    Readability r = LiteracyChecks.readability("Lávese las manos con agua y jabón. Séquelas bien.", "es-MX");
    assertThat(r.counts().sentences()).isEqualTo(2);
    assertThat(r.counts().words()).isEqualTo(9);
    assertThat(r.counts().syllables()).isEqualTo(16);
    assertThat(r.scores()).extracting(Score::formula)
        .containsExactly(Formula.FERNANDEZ_HUERTA, Formula.SZIGRISZT_PAZOS);
    assertThat(r.value(Formula.FERNANDEZ_HUERTA).getAsDouble()).isCloseTo(95.5833, within(1e-4));
    assertThat(r.value(Formula.SZIGRISZT_PAZOS).getAsDouble()).isCloseTo(91.5794, within(1e-4));
  }

  @Test
  void aLanguageWithoutFormulasSaysSoAndGetsNoScore() {
    Readability r = LiteracyChecks.readability("Lavez-vous les mains. Séchez-les bien.", "fr");
    assertThat(r.available()).isFalse();
    assertThat(r.scores()).isEmpty();
    assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("not available for language 'fr'"));
    assertThat(r.counts().sentences()).isEqualTo(2);
  }

  @Test
  void smogNeedsAtLeast10Sentences() {
    String nine = String.join(" ", Collections.nCopies(9, "Take the medicine."));
    Score smog = LiteracyChecks.readability(nine, "en").score(Formula.SMOG).orElseThrow();
    assertThat(smog.value()).isEmpty();
    assertThat(smog.interpretation()).contains("too short: 9 sentences").contains("at least 10");
    String ten = nine + " Take the medicine.";
    // 10 sentences, 10 polysyllables ("medicine"), corrected to 30: 1.043 × √30 + 3.1291
    assertThat(LiteracyChecks.readability(ten, "en").value(Formula.SMOG).getAsDouble())
        .isCloseTo(1.0430 * Math.sqrt(30) + 3.1291, within(1e-9));
  }

  /** Over 30 sentences SMOG reads only 10 at the start, 10 in the middle and 10 at the end. */
  @Test
  void smogSamplesTenSentencesAtTheStartMiddleAndEnd() {
    List<String> sentences = new ArrayList<>(Collections.nCopies(40, "Take a pill."));
    for (int i : new int[] {10, 11, 12, 13, 14, 25, 26, 27, 28, 29}) { // outside 0-9, 15-24, 30-39
      sentences.set(i, "Take your medicine.");
    }
    assertThat(LiteracyChecks.readability(String.join(" ", sentences), "en").value(Formula.SMOG).getAsDouble())
        .isCloseTo(3.1291, within(1e-9));
    sentences.set(15, "Take your medicine."); // first sentence of the middle sample
    sentences.set(39, "Take your medicine."); // last sentence
    assertThat(LiteracyChecks.readability(String.join(" ", sentences), "en").value(Formula.SMOG).getAsDouble())
        .isCloseTo(1.0430 * Math.sqrt(2) + 3.1291, within(1e-9));
  }

  @Test
  void emptyTextHasNoScoresButSaysWhy() {
    Readability r = LiteracyChecks.readability("   ", "en");
    assertThat(r.counts()).isEqualTo(TextCounts.NONE);
    assertThat(r.scores()).allSatisfy(s -> assertThat(s.value()).isEmpty());
    assertThat(r.note()).contains("No prose to score.");
  }
}
