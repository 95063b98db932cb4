package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * What a soft line break (a paragraph wrapped in the source) becomes: a space, except between two
 * characters of scripts written without spaces between words — Chinese, Japanese kana, their
 * ideographic punctuation and full-width forms — where a browser removes it too (CSS Text 3,
 * segment break transformation): "或擁抱傳染。⏎許多" is one run of text, not "傳染。 許多". Korean,
 * which spaces its words, keeps the space.
 */
final class LineJoins {
  private LineJoins() {}

  /** The text the soft line break stands for: " ", or "" between two characters of unspaced scripts. */
  static String softBreak(Node node) {
    int before = lastChar(node.getPrevious());
    int after = firstChar(node.getNext());
    return unspaced(before) && unspaced(after) ? "" : " ";
  }

  private static int lastChar(Node node) {
    if (node == null) {
      return -1;
    }
    BasedSequence chars = node.getChars();
    int end = chars.length();
    while (end > 0 && (chars.charAt(end - 1) == ' ' || chars.charAt(end - 1) == '\t')) {
      end--;
    }
    return end == 0 ? -1 : Character.codePointBefore(chars, end);
  }

  private static int firstChar(Node node) {
    if (node == null) {
      return -1;
    }
    BasedSequence chars = node.getChars();
    int start = 0;
    while (start < chars.length() && (chars.charAt(start) == ' ' || chars.charAt(start) == '\t')) {
      start++;
    }
    return start == chars.length() ? -1 : Character.codePointAt(chars, start);
  }

  /** Whether the character belongs to a script written without spaces between words (East Asian wide, not Hangul). */
  static boolean unspaced(int c) {
    if (c < 0x2E80) {
      return false;
    }
    if (c >= 0x3000 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6) {
      return true; // ideographic space and punctuation, full-width forms
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO;
  }
}
