package dev.carepress.check.internal;

import java.util.BitSet;
import java.util.List;

/**
 * Splits a unit of prose (a paragraph or a list item) into sentences of words.
 *
 * <p>A sentence ends at {@code . ! ?} (with any closing quotes or brackets after them) followed by
 * a space, and always at the end of the unit (so each list item is at least one sentence). A period
 * does not end a sentence inside a number ({@code 2.5 mg}), after an abbreviation that is never
 * last ({@code Dr.}, {@code e.g.}, {@code p. ej.}) or after an initial ({@code J. Smith}); after one
 * that may be last ({@code etc.}, {@code a.m.}) it does when a capital letter follows. An ellipsis
 * ends a sentence only when a capital letter follows. URLs, e-mail addresses and excluded ranges
 * (inline code) are not words.
 *
 * <p>Numbers are words, read aloud: {@code 2.5} is "two point five", {@code 60%} "sixty percent",
 * {@code 8:30} "eight thirty", {@code 2-3} "two to three"; a unit after a number is read too
 * ({@code mg} → milligrams). Short all-capital words that cannot be said as words are spelled
 * ({@code HIV}, {@code COPD}); others are words ({@code COVID}, {@code NASA}).
 */
public final class TextAnalyzer {
  private final TextLanguage language;
  private final SpokenSyllables syllables;

  private TextAnalyzer(TextLanguage language) {
    this.language = language;
    this.syllables = new SpokenSyllables(language);
  }

  /** An analyzer for the language. */
  public static TextAnalyzer of(TextLanguage language) {
    return new TextAnalyzer(language);
  }

  /** The sentences of the text; characters set in {@code excluded} are not read. */
  public List<Sentence> sentences(String text, BitSet excluded) {
    return new SentenceSplitter(language, syllables, text, excluded).sentences();
  }

  /** The sentences of the text. */
  public List<Sentence> sentences(String text) {
    return sentences(text, new BitSet());
  }

  /** The syllables of a phrase read aloud, e.g. {@code "for example"} → 4. */
  public int spokenSyllables(String phrase) {
    return syllables.spokenSyllables(phrase);
  }
}
