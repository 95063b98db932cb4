package dev.carepress.check.internal;

import java.util.List;

/**
 * A sentence of a prose unit: its span in the unit's text and its words (never empty).
 *
 * @param start the index of its first word
 * @param end the index after its closing punctuation (or its last word)
 * @param words the words, in order
 */
public record Sentence(int start, int end, List<Word> words) {
  /** Copies the words. */
  public Sentence {
    words = List.copyOf(words);
  }

  /** The syllables of all its words. */
  public int syllables() {
    int total = 0;
    for (Word w : words) {
      total += w.syllables();
    }
    return total;
  }

  /** The words of three or more syllables (SMOG's polysyllables). */
  public int polysyllables() {
    int total = 0;
    for (Word w : words) {
      if (w.syllables() >= 3) {
        total++;
      }
    }
    return total;
  }

  /** The Flesch–Kincaid grade of this sentence alone: how much it pulls the text's grade up. */
  public double grade() {
    return Formulas.fleschKincaidGrade(1, words.size(), syllables());
  }
}
