package dev.carepress.render.pdf.internal.text;

import com.ibm.icu.text.BreakIterator;
import dev.carepress.render.pdf.internal.FontProgram;
import dev.carepress.render.pdf.internal.Fonts;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

/**
 * Splits a paragraph into items, each shaped in one go: one face, one bidi level, one span. Every
 * grapheme cluster takes the first face of the fallback chain that has all its characters;
 * spaces, punctuation and other characters shared by scripts stay in the face of the text around
 * them when it has them (an Arabic word's spaces are the Arabic font's, so joining and spacing
 * are the font's own), else the face of a letter near them that has them (an Arabic comma after a
 * Latin word takes the Arabic face of the next word). A cluster no face has becomes an item of its
 * own, a placeholder (face -1).
 */
final class Itemizer {
  /** A stretch of the text shaped in one go. */
  record Item(int start, int end, int face, boolean rtl, boolean complex) {}

  private final Fonts fonts;
  private final String text;
  private final String language;
  private final IntUnaryOperator roleAt;
  private final int[] spanOf;
  private final byte[] levels;
  private final IntConsumer missing;

  Itemizer(Fonts fonts, String text, String language, IntUnaryOperator roleAt, int[] spanOf, byte[] levels,
      IntConsumer missing) {
    this.fonts = fonts;
    this.text = text;
    this.language = language;
    this.roleAt = roleAt;
    this.spanOf = spanOf;
    this.levels = levels;
    this.missing = missing;
  }

  List<Item> items() {
    List<Item> items = new ArrayList<>();
    BreakIterator graphemes = BreakIterator.getCharacterInstance();
    graphemes.setText(text);
    int start = 0;
    int face = -2;
    boolean complex = false;
    for (int g = 0, h = graphemes.next(); h != BreakIterator.DONE; g = h, h = graphemes.next()) {
      int f = faceOf(g, h, face);
      boolean c = (levels[g] & 1) == 1 || needsShaping(g, h);
      boolean split = g > start && (f != face || f < 0 || levels[g] != levels[start] || spanOf[g] != spanOf[start]);
      if (split) {
        items.add(new Item(start, g, face, (levels[start] & 1) == 1, complex));
        start = g;
        complex = false;
      }
      face = f;
      complex |= c;
    }
    if (start < text.length()) {
      items.add(new Item(start, text.length(), face, (levels[start] & 1) == 1, complex));
    }
    return items;
  }

  private boolean needsShaping(int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (Scripts.needsShaping(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The face for the cluster {@code [from, to)}; {@code current} is the face of the text before it. */
  private int faceOf(int from, int to, int current) {
    int role = roleAt.applyAsInt(from);
    int base = text.codePointAt(from);
    if (isInvisible(base) && to == from + Character.charCount(base)) {
      if (current >= 0 && (!isSpace(base) || fonts.face(current).has(base))) {
        return current;
      }
      int f = fonts.faceFor(role, isSpace(base) ? base : ' ', language);
      return f >= 0 ? f : fonts.faceFor(role, ' ', language);
    }
    UnicodeScript script = Scripts.fontScript(base);
    boolean shared = script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
    if (shared && current >= 0 && covers(fonts.face(current), from, to)) {
      return current;
    }
    int face = fonts.faceFor(role, base, language);
    if (face < 0 && shared) {
      face = nearbyFace(role, from, to);
    }
    if (face < 0 && current >= 0 && covers(fonts.face(current), from, to)) {
      // a letter of a script with no font of its own here that the face of the text before it has,
      // such as a Roman numeral (U+2160, Latin) in Japanese: drawn with it, as the plain path does
      face = current;
    }
    if (face >= 0 && !covers(fonts.face(face), from, to)) {
      for (int i = from; i < to; ) { // a mark the base's face lacks: a face that has them all
        int cp = text.codePointAt(i);
        int other = fonts.faceFor(role, cp, language);
        if (other >= 0 && covers(fonts.face(other), from, to)) {
          return other;
        }
        i += Character.charCount(cp);
      }
    }
    if (face < 0) {
      missing.accept(base);
    }
    return face;
  }

  /**
   * For a shared character that the face before it and the role's faces lack, such as an Arabic
   * comma after a Latin word: the face of a letter near it that has it ({@link NearbyFace}); -1 if none.
   */
  private int nearbyFace(int role, int from, int to) {
    return NearbyFace.find(text, from, to, cp -> letterFace(role, cp, from, to));
  }

  /** The face of a letter (not a shared character) if it has the whole cluster {@code [from, to)}; else -1. */
  private int letterFace(int role, int cp, int from, int to) {
    UnicodeScript script = Scripts.fontScript(cp);
    if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED || script == UnicodeScript.UNKNOWN) {
      return -1;
    }
    int face = fonts.faceFor(role, cp, language);
    return face >= 0 && covers(fonts.face(face), from, to) ? face : -1;
  }

  /** Whether the face has every visible character of the cluster. */
  private boolean covers(FontProgram font, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (!isInvisible(cp) && !font.has(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) && cp != '\n' && cp != '\r' && cp != 0x2028 && cp != 0x2029
        || cp == 0x00A0 || cp == 0x202F;
  }

  /** Spaces, controls, format characters (joiners, bidi controls) and variation selectors. */
  private static boolean isInvisible(int cp) {
    if (cp == ' ') {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }
}
