package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Article;
import dev.carepress.model.PlainText;

/** The estimated reading time of an article. */
final class ReadingTime {
  private ReadingTime() {}

  /** The reading time in whole minutes at the speed given, at least 1. */
  static int minutes(Article article, int wordsPerMinute) {
    int words = wordCount(PlainText.ofBody(article));
    return Math.max(1, (words + wordsPerMinute - 1) / wordsPerMinute);
  }

  /** {@link PlainText#wordCount} with a fast path for ASCII; the same count for every text. */
  static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      int cp;
      boolean letterOrDigit;
      if (c < 0x80) {
        cp = c;
        i++;
        letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      } else {
        cp = text.codePointAt(i);
        i += Character.charCount(cp);
        letterOrDigit = Character.isLetterOrDigit(cp);
      }
      boolean part = letterOrDigit || inWord && (cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2011');
      if (part && !inWord) {
        words++;
      }
      inWord = part;
    }
    return words;
  }
}
