package dev.carepress.check.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the words of a run of text in a script written without spaces between words — Chinese,
 * Japanese, Thai, Lao, Khmer and Myanmar — so that the length checks count words, not runs of
 * text between punctuation marks.
 *
 * <p>It uses ICU4J's word break iterator, which segments these scripts with its dictionaries
 * (UAX #29 plus the CJK, Thai, Lao, Khmer and Burmese dictionaries). The JDK's
 * {@code java.text.BreakIterator} was tried first and is not good enough: it returns a whole Chinese,
 * Khmer, Lao or Myanmar clause as one word and splits Japanese only where the script changes
 * (kanji to kana); only its Thai dictionary segments well. One instance per text (an ICU iterator
 * keeps the text it is on); not thread-safe.
 */
final class UnspacedWords {
  private final Locale locale;
  private BreakIterator iterator;

  UnspacedWords(Locale locale) {
    this.locale = locale; // ICU is touched only when such text is met
  }

  /** Whether the character belongs to a script written without spaces between words. */
  static boolean isUnspaced(int codePoint) {
    if (codePoint == 0x30FC || codePoint == 0xFF70) {
      return true; // the Katakana prolonged sound mark ー, of the Common script, sits inside words
    }
    return switch (Character.UnicodeScript.of(codePoint)) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
      default -> false;
    };
  }

  /** Whether a character may continue such a run: a letter, a mark or a joiner of those scripts. */
  static boolean continuesRun(int codePoint) {
    if (isUnspaced(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || codePoint == 0x200C || codePoint == 0x200D)
        && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.INHERITED;
  }

  /** The end of the run of such text that starts at {@code start}. */
  static int runEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (!continuesRun(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  /** The words of {@code text[start, end)}, as {start, end} pairs in the text; punctuation is left out. */
  List<int[]> words(String text, int start, int end) {
    if (iterator == null) {
      iterator = BreakIterator.getWordInstance(ULocale.forLocale(locale));
    }
    iterator.setText(text.substring(start, end));
    List<int[]> words = new ArrayList<>();
    int from = iterator.first();
    for (int to = iterator.next(); to != BreakIterator.DONE; from = to, to = iterator.next()) {
      if (iterator.getRuleStatus() != BreakIterator.WORD_NONE) {
        words.add(new int[] {start + from, start + to});
      }
    }
    return words;
  }
}
