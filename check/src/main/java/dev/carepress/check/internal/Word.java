package dev.carepress.check.internal;

/**
 * A word of prose as the readability formulas count it: a run of letters (with inner hyphens and
 * apostrophes: one word), a number, an abbreviation or a unit, with the syllables it has when read
 * aloud.
 *
 * @param start the index of its first character in the unit's text
 * @param end the index after its last character
 * @param text the word as written
 * @param syllables the syllables when read aloud, at least 1
 * @param kind what kind of token it is
 */
public record Word(int start, int end, String text, int syllables, Kind kind) {
  /** What kind of token a word is. */
  public enum Kind {
    /** Letters. */
    WORD,
    /** Digits, read as number words. */
    NUMBER,
    /** An abbreviation with a period, read as what it stands for. */
    ABBREVIATION,
    /** A unit after a number ({@code mg}, {@code %}, {@code °F}), read as its name. */
    UNIT
  }
}
