package dev.carepress.check;

/**
 * What the formulas count in a text.
 *
 * @param sentences sentences (each list item and key point is at least one)
 * @param words words, numbers read as words included
 * @param syllables syllables of all words as read aloud
 * @param polysyllables words of three or more syllables (SMOG's count)
 * @param longestSentence the words of the longest sentence
 */
public record TextCounts(int sentences, int words, int syllables, int polysyllables, int longestSentence) {
  /** No text. */
  public static final TextCounts NONE = new TextCounts(0, 0, 0, 0, 0);

  /** Average words per sentence, 0 without sentences. */
  public double wordsPerSentence() {
    return sentences == 0 ? 0 : (double) words / sentences;
  }

  /** Average syllables per word, 0 without words. */
  public double syllablesPerWord() {
    return words == 0 ? 0 : (double) syllables / words;
  }
}
