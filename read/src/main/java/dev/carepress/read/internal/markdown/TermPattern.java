package dev.carepress.read.internal.markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A glossary term's pattern (its words, any run of blanks between them, no letter or digit on
 * either side, case ignored the way {@link Pattern#UNICODE_CASE} does) and the test of where a
 * match of it can start, so that the pattern is tried only there. Immutable, made once per term and
 * shared: the same glossary terms come back article after article.
 */
final class TermPattern {
  private static final Map<String, TermPattern> CACHE = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 4096;

  final Pattern pattern;
  /**
   * The pattern's first word as written and with its case folded as the pattern folds it: from
   * its start a match holds, for each of these characters, one equal to it or folding to the same.
   */
  private final char[] word;
  private final char[] foldedWord;
  /** False when the term has surrogates: every position is then a candidate. */
  private final boolean filter;
  /** Whether the first word's folded first character folds to itself, as nearly every character does. */
  private final boolean firstFoldsToItself;

  private TermPattern(String term) {
    String[] words = term.strip().split("\\s+");
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{M}\\p{N}])");
    for (int i = 0; i < words.length; i++) {
      regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    regex.append("(?![\\p{L}\\p{M}\\p{N}])");
    pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String stripped = term.strip();
    boolean surrogates = false;
    for (int i = 0; i < stripped.length(); i++) {
      surrogates |= Character.isSurrogate(stripped.charAt(i));
    }
    filter = !stripped.isEmpty() && !surrogates;
    word = filter ? words[0].toCharArray() : new char[0];
    foldedWord = new char[word.length];
    for (int i = 0; i < word.length; i++) {
      foldedWord[i] = fold(word[i]);
    }
    firstFoldsToItself = filter && fold(foldedWord[0]) == foldedWord[0];
  }

  /** The term's pattern. */
  static TermPattern of(String term) {
    TermPattern cached = CACHE.get(term);
    if (cached != null) {
      return cached;
    }
    TermPattern made = new TermPattern(term);
    if (CACHE.size() < MAX_CACHED) {
      CACHE.putIfAbsent(term, made);
    }
    return made;
  }

  /**
   * The first index from {@code from} to {@code limit} (inclusive) where a match could start, or
   * -1: a superset of where the pattern's first word matches (its characters compared as {@link
   * Pattern#UNICODE_CASE} compares them: equal, or equal once folded); a surrogate in the text
   * always could.
   */
  int nextCandidate(FoldedText text, int from, int limit) {
    if (!filter) {
      // a pattern with surrogates never starts a match inside a surrogate pair (Pattern's StartS)
      for (int i = from; i <= limit; i++) {
        if (i == 0 || !Character.isLowSurrogate(text.text.charAt(i))
            || !Character.isHighSurrogate(text.text.charAt(i - 1))) {
          return i;
        }
      }
      return -1;
    }
    int last = Math.min(limit, text.folded.length - word.length);
    if (firstFoldsToItself && !text.surrogates) {
      // a character equal to the first one, as written or folded, then folds to it too
      char first = foldedWord[0];
      char[] folded = text.folded;
      for (int i = from; i <= last; i++) {
        if (folded[i] == first && wordAt(text, i, 1)) {
          return i;
        }
      }
      return -1;
    }
    for (int i = from; i <= last; i++) {
      if (wordAt(text, i, 0)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the first word's characters from {@code k} on may match the text's from {@code start + k}. */
  private boolean wordAt(FoldedText text, int start, int k) {
    for (; k < word.length; k++) {
      char c = text.text.charAt(start + k);
      char f = foldedWord[k];
      if (text.folded[start + k] != f && c != f && c != word[k] && !Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** The character with its case folded as {@link Pattern#UNICODE_CASE} does; ASCII without a table look-up. */
  static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** A text with every character's case folded, once for all the terms looked for in it. */
  static final class FoldedText {
    final String text;
    final char[] folded;
    final boolean surrogates;

    FoldedText(String text) {
      this.text = text;
      // copied in one go and folded in place: ASCII inline, the rest (rare) through the tables
      char[] chars = text.toCharArray();
      boolean any = false;
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        if (c < 0x80) {
          if (c >= 'A' && c <= 'Z') {
            chars[i] = (char) (c + ('a' - 'A'));
          }
        } else {
          chars[i] = fold(c);
          any |= Character.isSurrogate(c);
        }
      }
      this.folded = chars;
      this.surrogates = any;
    }
  }
}
