package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The text of a Flexmark character sequence cut from the string it was parsed from, in one copy.
 * Flexmark's own {@code toString()} appends the characters one {@code charAt} at a time, through the
 * segment tree of a paragraph's content; it was the largest single cost of mapping the body. A
 * sequence is its source's characters from its start offset to its end offset when it is as long as
 * that range and the range holds no character Flexmark puts something else in place of: it replaces
 * only a tab (with spaces, in indentation) and NUL (with U+FFFD); the reader normalizes line ends
 * before Flexmark sees the text, but a carriage return is declined too. Any other sequence is read
 * as Flexmark reads it. Stateless.
 */
final class BaseText {
  private BaseText() {}

  /**
   * Whether the document's source is a string with none of the characters Flexmark replaces, so that
   * {@link #of(BasedSequence, boolean)} need not look for them in each piece. {@link Autolinks} notes
   * it in the document while it reads the text anyway; a document without the note is taken as not clean.
   */
  static final DataKey<Boolean> CLEAN_SOURCE = new DataKey<>("CAREPRESS_CLEAN_SOURCE", false);

  /** Whether the character is one Flexmark puts something else in place of (or that the reader never passes). */
  static boolean isReplaced(char c) {
    return c == '\t' || c == '\0' || c == '\r';
  }

  /** The sequence's characters as a string. */
  static String of(BasedSequence chars) {
    return of(chars, false);
  }

  /**
   * The sequence's characters as a string.
   *
   * @param cleanSource whether the sequence's source is known to be clean ({@link #CLEAN_SOURCE})
   */
  static String of(BasedSequence chars, boolean cleanSource) {
    String source = sourceOf(chars);
    if (source != null) {
      String text = source.substring(chars.getStartOffset(), chars.getEndOffset());
      if (cleanSource || text.indexOf('\t') < 0 && text.indexOf('\0') < 0 && text.indexOf('\r') < 0) {
        return text;
      }
    }
    return chars.toString();
  }

  /**
   * The string the sequence was parsed from, when the sequence is a plain range of it (as long as
   * its offsets say, within it): then a search of that range of the string sees the sequence's
   * characters but for the ones Flexmark replaces ({@link #isReplaced}). Else null.
   */
  static String sourceOf(BasedSequence chars) {
    if (chars.getBase() instanceof String source) {
      int start = chars.getStartOffset();
      int end = chars.getEndOffset();
      if (end - start == chars.length() && start >= 0 && end <= source.length()) {
        return source;
      }
    }
    return null;
  }
}
