package dev.carepress.check.internal;

import java.util.Locale;

/**
 * Counts the syllables of a Spanish word by the rules of the RAE's <i>Ortografía</i> (2010): one
 * syllable per vowel nucleus, where a diphthong (unstressed i/u next to another vowel: <i>cie-lo</i>,
 * <i>ciu-dad</i>) or a triphthong (<i>buey</i>) is one nucleus and a hiatus is two (two of a, e, o:
 * <i>po-e-ta</i>; a stressed í or ú: <i>pa-ís</i>, <i>bú-ho</i>).
 *
 * <p>The u of <i>que, qui, gue, gui</i> is silent; ü is pronounced and joins the next vowel
 * (<i>pin-güi-no</i>). A y is a vowel alone or at the end of a word after a vowel (<i>y, hoy,
 * muy</i>), a consonant elsewhere (<i>ra-yo</i>). An h between vowels does not break a diphthong
 * (<i>prohi-bir</i>, as the <i>Ortografía</i> divides it).
 */
public final class SpanishSyllables {
  private SpanishSyllables() {}

  private enum Kind { STRONG, WEAK, STRESSED_WEAK, CONSONANT, SILENT }

  /** The number of syllables of the word, at least 1. Hyphenated words count as the sum of their parts. */
  public static int count(String word) {
    String w = word.toLowerCase(new Locale("es"));
    if (w.indexOf('-') >= 0) {
      int total = 0;
      for (String part : w.split("-+")) {
        if (!part.isEmpty()) {
          total += count(part);
        }
      }
      return Math.max(1, total);
    }
    int n = w.length();
    Kind[] kinds = new Kind[n];
    for (int i = 0; i < n; i++) {
      kinds[i] = kind(w, i);
    }
    int nuclei = 0;
    Kind previousVowel = null; // the last vowel seen, if only vowels (and h) came after it
    for (int i = 0; i < n; i++) {
      Kind k = kinds[i];
      if (k == Kind.SILENT || (w.charAt(i) == 'h' && previousVowel != null)) {
        continue;
      }
      if (k == Kind.CONSONANT) {
        previousVowel = null;
        continue;
      }
      if (previousVowel == null || startsNewNucleus(previousVowel, k)) {
        nuclei++;
      }
      previousVowel = k;
    }
    return Math.max(1, nuclei);
  }

  private static boolean startsNewNucleus(Kind previous, Kind current) {
    if (previous == Kind.STRESSED_WEAK || current == Kind.STRESSED_WEAK) {
      return true; // pa-ís, rí-o
    }
    return previous == Kind.STRONG && current == Kind.STRONG; // po-e-ta, le-er
  }

  private static Kind kind(String w, int i) {
    char c = w.charAt(i);
    switch (c) {
      case 'a': case 'e': case 'o': case 'á': case 'é': case 'ó': case 'à': case 'è': case 'ò':
        return Kind.STRONG;
      case 'í': case 'ú': case 'ì': case 'ù':
        return Kind.STRESSED_WEAK;
      case 'i': case 'ï': case 'ü':
        return Kind.WEAK;
      case 'u':
        if (i > 0 && (w.charAt(i - 1) == 'q'
            || (w.charAt(i - 1) == 'g' && i + 1 < w.length() && "eéií".indexOf(w.charAt(i + 1)) >= 0))) {
          return Kind.SILENT; // que, guerra
        }
        return Kind.WEAK;
      case 'y':
        boolean alone = w.length() == 1;
        boolean finalAfterVowel = i == w.length() - 1 && i > 0 && isVowelLetter(w.charAt(i - 1));
        return alone || finalAfterVowel ? Kind.WEAK : Kind.CONSONANT;
      default:
        return Kind.CONSONANT;
    }
  }

  private static boolean isVowelLetter(char c) {
    return "aeiouáéíóúü".indexOf(c) >= 0;
  }
}
