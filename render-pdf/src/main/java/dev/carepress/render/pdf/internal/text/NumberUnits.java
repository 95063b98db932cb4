package dev.carepress.render.pdf.internal.text;

import java.util.BitSet;
import java.util.Set;

/**
 * A number and the unit after it, which a line of a handout keeps together: "200 мкг", "5 mg",
 * "37,5 °C", "10 %", "Ⅱ度", "二百毫克", "500 ملغ", "5 มล." (a dose split across two lines is easily
 * misread). The number is a token ending in a digit of any script, a Roman numeral Ⅰ–Ⅻ or, before a
 * unit, a CJK numeral; between it and the unit there may be spaces (ordinary, no-break, narrow,
 * thin), a hyphen ("a 5-mg tablet") or, for CJK and Thai text, nothing. The unit is one of a short
 * list of dose, volume, temperature and pressure units in Latin, Cyrillic, Greek, Arabic, Thai and
 * CJK writing, ending where a word ends (a CJK or Thai unit may be followed by anything: those
 * scripts put no space after a word). Arabic is written number first in logical order too ("500 ملغ":
 * the number is read first, right of the unit), so the same rule holds. A comparison sign before a
 * number ("≥ 38 °C", "< 5 mg", "± 2") is kept with it the same way. Only where the line breaks is
 * changed: such a break is kept as a last resort, taken when the pieces do not fit on a line by
 * themselves.
 */
public final class NumberUnits {
  private NumberUnits() {}

  /** Units written in letters or signs: they end where a word ends. */
  private static final Set<String> UNITS = Set.of(
      "mg", "mcg", "\u00B5g", "\u03BCg", "g", "kg", "ml", "mL", "l", "L", "dl", "dL", "\u00B5l", "\u00B5L", "\u03BCl",
      "\u03BCL", "IU", "iu", "unit", "units", "%", "\u2030", "\u00B0C", "\u00B0F", "\u2103", "\u2109", "mmHg",
      "mmol/L", "mmol/l", "mg/dL", "mg/dl", "mg/kg", "mg/ml", "mg/mL",
      // Cyrillic (Russian, Ukrainian): мг, мкг, г, кг, мл, л, МЕ / ОД (international units), ед. / од.
      "\u043C\u0433", "\u043C\u043A\u0433", "\u0433", "\u043A\u0433", "\u043C\u043B", "\u043B",
      "\u041C\u0415", "\u041E\u0414", "\u0435\u0434", "\u043E\u0434", "\u043C\u043C\u043E\u043B\u044C/\u043B",
      "\u043C\u043C", // мм (рт. ст.)
      // Greek letters for the Latin units (μg is above)
      "\u03BCmol/L",
      // Arabic: ملغ, ملغم, مغ, مجم (mg), مل (ml), وحدة / وحدات (unit, units), درجة / درجات (degree,
      // degrees), ٪ (the Arabic percent sign)
      "\u0645\u0644\u063A", "\u0645\u0644\u063A\u0645", "\u0645\u063A", "\u0645\u062C\u0645", "\u0645\u0644",
      "\u0648\u062D\u062F\u0629", "\u0648\u062D\u062F\u0627\u062A", "\u062F\u0631\u062C\u0629",
      "\u062F\u0631\u062C\u0627\u062A", "\u066A");

  /**
   * Thai units, which like the CJK ones need no word end after them (Thai puts no space between
   * words: "38 องศาเซลเซียส"): มก. (mg), มล. (ml), กก. (kg), องศา (degree), หน่วย (unit), มิลลิกรัม,
   * มิลลิลิตร.
   */
  private static final Set<String> THAI_UNITS = Set.of(
      "\u0E21\u0E01.", "\u0E21\u0E25.", "\u0E01\u0E01.", "\u0E2D\u0E07\u0E28\u0E32", "\u0E2B\u0E19\u0E48\u0E27\u0E22",
      "\u0E21\u0E34\u0E25\u0E25\u0E34\u0E01\u0E23\u0E31\u0E21", "\u0E21\u0E34\u0E25\u0E25\u0E34\u0E25\u0E34\u0E15\u0E23");

  /**
   * Signs that belong to the number after them: comparison, approximation and plus-minus ("≥ 38",
   * "< 5 mg", "± 2", "≈ 10 %"), in their ASCII, mathematical and full-width forms.
   */
  private static final String SIGNS = "<>=~\u00B1\u2213\u2243\u2245\u2248\u223C\u2260\u2264\u2265\u2266\u2267"
      + "\u2272\u2273\u2A7D\u2A7E\uFE64\uFE65\uFF1C\uFF1D\uFF1E\uFF5E";

  /** CJK units: 度 (degree, also of a burn), 毫克, 微克, 克, 公斤, 毫升, 升, 单位/單位, 毫米汞柱. */
  private static final Set<String> CJK_UNITS = Set.of(
      "\u5EA6", "\u6BEB\u514B", "\u5FAE\u514B", "\u514B", "\u516C\u65A4", "\u6BEB\u5347", "\u5347",
      "\u5355\u4F4D", "\u55AE\u4F4D", "\u6BEB\u7C73\u6C5E\u67F1", "\u2103");

  private static final int LONGEST = 9;

  /**
   * The char indexes of the text before which a line break would part a number from its unit: the
   * spaces between them and the unit's start ("200 mg"), a hyphen between them and the unit's start
   * ("5-mg"), between the characters of a unit ("200毫克") and between the numerals of a CJK number
   * ("二百毫克"); and those parting a sign from its number: the spaces after it ("≥ 38").
   */
  public static BitSet joins(CharSequence text) {
    BitSet joined = new BitSet();
    int n = text.length();
    for (int p = 1; p < n; p++) {
      char c = text.charAt(p);
      if (isSpace(c) || Character.isLowSurrogate(c)) {
        continue;
      }
      int end = p;
      while (end > 0 && isSpace(text.charAt(end - 1))) {
        end--;
      }
      if (end == 0) {
        continue;
      }
      if (end < p && isSign(text.charAt(end - 1)) && startsWithNumber(text, p)) {
        joined.set(end, p + 1); // "≥ / 38": the sign goes with the number
        continue;
      }
      boolean hyphen = end == p && end > 1 && !isHyphen(c) && isHyphen(text.charAt(p - 1)); // "5-mg"
      int number = Character.codePointBefore(text, hyphen ? end - 1 : end);
      boolean cjk = !hyphen && isCjkNumeral(number);
      if (!cjk && !isDigitOrRoman(number)) {
        continue;
      }
      int unit = unitLength(text, p);
      if (unit == 0) {
        continue;
      }
      int from = hyphen ? end - 1 : end;
      if (cjk) {
        from--;
        while (from > 0 && isCjkNumeral(text.charAt(from - 1))) {
          from--;
        }
        from++; // a break before the number's first numeral stays a break
      }
      joined.set(Math.min(from, end), p + unit);
    }
    return joined;
  }

  /**
   * Whether the hyphen at {@code at} stands between a number and a unit ("a 5-mg tablet"), so that
   * no line breaks after it.
   */
  public static boolean joinsAtHyphen(CharSequence text, int at) {
    return at > 0 && at + 1 < text.length() && isHyphen(text.charAt(at))
        && isDigitOrRoman(Character.codePointBefore(text, at)) && unitLength(text, at + 1) > 0;
  }

  /**
   * Whether a space between two pieces of text, {@code before} ending the one and {@code after}
   * starting the other, parts a comparison sign from its number ("≥ 38", "< 5 mg").
   */
  public static boolean signAcross(CharSequence before, CharSequence after) {
    return endsWithSign(before) && startsWithNumber(after, 0);
  }

  /** Whether the text ends with a comparison, approximation or plus-minus sign ("≥", "<", "±"). */
  public static boolean endsWithSign(CharSequence text) {
    return text.length() > 0 && isSign(text.charAt(text.length() - 1));
  }

  /** Whether a number starts at {@code at}: a digit, Roman or CJK numeral, or a sign or point and a digit. */
  private static boolean startsWithNumber(CharSequence text, int at) {
    if (at >= text.length()) {
      return false;
    }
    int cp = Character.codePointAt(text, at);
    if ((cp == '-' || cp == '+' || cp == '\u2212' || cp == '.') && at + 1 < text.length()) {
      cp = Character.codePointAt(text, at + 1);
      return Character.isDigit(cp);
    }
    return isDigitOrRoman(cp) || isCjkNumeral(cp);
  }

  private static boolean isSign(char c) {
    return SIGNS.indexOf(c) >= 0;
  }

  /** A hyphen between a number and its unit: hyphen-minus, hyphen, non-breaking hyphen. */
  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /**
   * Whether a space between two pieces of text, {@code before} ending the one and {@code after}
   * starting the other, parts a number from its unit.
   */
  public static boolean joinsAcross(CharSequence before, CharSequence after) {
    if (before.length() == 0 || after.length() == 0) {
      return false;
    }
    return endsWithNumber(before) && unitLength(after, 0) > 0;
  }

  /** Whether the text ends with a digit of any script, a Roman numeral Ⅰ–Ⅻ or a CJK numeral. */
  public static boolean endsWithNumber(CharSequence text) {
    if (text.length() == 0) {
      return false;
    }
    int number = Character.codePointBefore(text, text.length());
    return isDigitOrRoman(number) || isCjkNumeral(number);
  }

  /** The length of the unit that starts at {@code at}, 0 for none. */
  static int unitLength(CharSequence text, int at) {
    int max = Math.min(text.length() - at, LONGEST);
    for (int n = max; n > 0; n--) {
      String candidate = text.subSequence(at, at + n).toString();
      if (CJK_UNITS.contains(candidate) || THAI_UNITS.contains(candidate)) {
        return n;
      }
      if (UNITS.contains(candidate)) {
        int after = at + n;
        if (candidate.charAt(0) >= 0x0600 && candidate.charAt(0) <= 0x06FF) {
          while (after < text.length() && Character.getType(text.charAt(after)) == Character.NON_SPACING_MARK) {
            after++; // an Arabic unit's vowel marks ("وحدةً") are part of it
          }
        }
        if (after == text.length() || !continuesWord(Character.codePointAt(text, after))) {
          return n;
        }
      }
    }
    return 0;
  }

  /** Whether the character after a unit would make it part of a longer word ("L" of "Lung"). */
  private static boolean continuesWord(int cp) {
    return Character.isLetterOrDigit(cp) && !isCjk(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static boolean isDigitOrRoman(int cp) {
    return Character.isDigit(cp) || (cp >= 0x2160 && cp <= 0x216B) || (cp >= 0x2170 && cp <= 0x217B);
  }

  private static boolean isCjkNumeral(int cp) {
    return "\u3007\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u842C\u4EBF\u5104\u4E24\u5169\u534A"
        .indexOf(cp) >= 0;
  }

  private static boolean isCjk(int cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFF00 && cp <= 0xFFEF);
  }

  /** Spaces a number and its unit may have between them. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u3000' || (c >= 0x2000 && c <= 0x200A);
  }
}
