package dev.carepress.importer.internal;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A language guessed from the script of a page's text, for a page that declares none: a Chinese
 * page saved as GB2312 with no {@code lang} is not English. Only a script that holds most of the
 * letters counts; Latin (which many languages share) gives no guess, but for Vietnamese, whose tone
 * marks no other language writes.
 */
final class Scripts {
  private static final Map<UnicodeScript, String> LANGUAGES = new EnumMap<>(Map.ofEntries(
      Map.entry(UnicodeScript.HAN, "zh"), Map.entry(UnicodeScript.HIRAGANA, "ja"), Map.entry(UnicodeScript.KATAKANA, "ja"),
      Map.entry(UnicodeScript.HANGUL, "ko"), Map.entry(UnicodeScript.CYRILLIC, "ru"), Map.entry(UnicodeScript.ARABIC, "ar"),
      Map.entry(UnicodeScript.HEBREW, "he"), Map.entry(UnicodeScript.GREEK, "el"), Map.entry(UnicodeScript.THAI, "th"),
      Map.entry(UnicodeScript.DEVANAGARI, "hi"), Map.entry(UnicodeScript.BENGALI, "bn"), Map.entry(UnicodeScript.TAMIL, "ta"),
      Map.entry(UnicodeScript.TELUGU, "te"), Map.entry(UnicodeScript.KANNADA, "kn"), Map.entry(UnicodeScript.MALAYALAM, "ml"),
      Map.entry(UnicodeScript.GUJARATI, "gu"), Map.entry(UnicodeScript.GURMUKHI, "pa"), Map.entry(UnicodeScript.GEORGIAN, "ka"),
      Map.entry(UnicodeScript.ARMENIAN, "hy"), Map.entry(UnicodeScript.ETHIOPIC, "am"), Map.entry(UnicodeScript.KHMER, "km"),
      Map.entry(UnicodeScript.LAO, "lo"), Map.entry(UnicodeScript.MYANMAR, "my"), Map.entry(UnicodeScript.SINHALA, "si")));
  /** Fewer letters than this say too little to guess from. */
  private static final int MIN_LETTERS = 10;

  private Scripts() {}

  /**
   * How many letters of the text only Vietnamese writes: ă, đ, ơ, ư and the letters with a tone mark
   * over or under a vowel (U+1EA0 to U+1EF9), but for ẹ and ọ, which Yoruba writes too.
   */
  private static int vietnamese(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("ăĂđĐơƠưƯ".indexOf(c) >= 0 || c >= '\u1ea0' && c <= '\u1ef9' && "\u1eb8\u1eb9\u1ecc\u1ecd".indexOf(c) < 0) {
        n++;
      }
    }
    return n;
  }

  /** The language most written in the script that holds most of the text's letters, unless that is Latin. */
  static Optional<String> language(String text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        counts.merge(UnicodeScript.of(c), 1, Integer::sum);
        letters++;
      }
    }
    int kana = counts.getOrDefault(UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(UnicodeScript.KATAKANA, 0);
    if (letters >= MIN_LETTERS && kana * 10 >= letters) {
      return Optional.of("ja"); // Japanese mixes kanji and kana; Chinese has no kana
    }
    UnicodeScript top = null;
    for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
      if (top == null || e.getValue() > counts.get(top)) {
        top = e.getKey();
      }
    }
    if (top == UnicodeScript.LATIN && letters >= MIN_LETTERS && vietnamese(text) * 20 >= counts.get(top)) {
      return Optional.of("vi"); // "Sốt xuất huyết là bệnh truyền nhiễm": letters only Vietnamese writes
    }
    if (top == null || letters < MIN_LETTERS || counts.get(top) * 2 < letters || !LANGUAGES.containsKey(top)) {
      return Optional.empty();
    }
    if (top == UnicodeScript.CYRILLIC) {
      return Optional.of(text.matches("(?s).*[їєґЇЄҐ].*") ? "uk" : text.matches("(?s).*[ђћџљњјЂЋЏЉЊЈ].*") ? "sr" : "ru");
    }
    if (top == UnicodeScript.ARABIC) {
      return Optional.of(text.matches("(?s).*[ٹڈڑںے].*") ? "ur" : text.matches("(?s).*[پچژگ].*") ? "fa" : "ar");
    }
    return Optional.of(LANGUAGES.get(top));
  }
}
