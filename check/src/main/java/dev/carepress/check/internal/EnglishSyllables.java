package dev.carepress.check.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the syllables of an English word as the CMU Pronouncing Dictionary would: vowel groups,
 * corrected by spelling rules (silent final e, silent -ed and -es, syllabic -le, vowels in hiatus),
 * then a small list of exceptions ({@code english-syllable-exceptions.txt}) for common words the
 * rules get wrong. The dictionary itself is not shipped; a test measures agreement with it.
 */
public final class EnglishSyllables {
  private static final Map<String, Integer> EXCEPTIONS = load("english-syllable-exceptions.txt");

  // Vowel pairs pronounced as two syllables (hiatus). "i" + vowel is merged into a "sh"/"zh"/"j"
  // sound after c, g, s, t, x (na-tion, spe-cial) and into a "y" glide after l or n following a
  // vowel (mil-lion, o-nion); elsewhere it is two syllables (ra-di-o, pe-ri-od, vi-o-lent).
  private static final Pattern I_HIATUS =
      Pattern.compile("(?<![cgstx]|[^aeiou]h|[aeiou][ln]|ll)i(?:a(?!ge)|o|u)");
  // Other vowels in hiatus: ac-tu-al, flu-ent, vi-de-o, be-ing, ap-pre-ci-ate, so-di-um, i-de-a,
  // cre-ate, hap-pi-er, qui-et, sci-ence, re-act, co-op-er-ate.
  private static final Pattern OTHER_HIATUS = Pattern.compile(
      "(?<!q|g)u(?:a(?!ble)|o|e(?=l|nt|nc|st|t)|i(?=d|n|ty|tive|tion|sm|st|c[^e]))"
          + "|(?<![gc]|ch|p)eo|[eo]ing|ii|oe(?=[nlt])|(?<=[cst])i(?=at(?:e|ed|es|ing|ion|ions|or|ors)$)"
          + "|(?<=[cgstx])ium|(?<=[a-z][bcdfghjklmnpqrstvwxz])ea$|(?<=cr)eat(?!ure)|(?<=[a-z])ier(?=s?$)"
          + "|ie(?=t)|(?<![^s]c|t)ie(?=nc|nt)"
          + "|^re(?=a(?:ct|lit|lis|liz|ss|pp|dj|ff|rrang|wak))|^co(?=oper[ai]|ord|in[cs])");
  // A silent e keeps its silence before a suffix or the second part of a compound: love-ly, care-ful,
  // life-time, base-ball.
  private static final Pattern SILENT_E_SUFFIX = Pattern.compile(
      "(.*[^aeiou]e)(ly|ful|fully|ment|ments|ness|less|ty|teen|teens|time|times|ball|work|place|fore|some|way|ways"
          + "|line|lines|side|land|day|days)$");
  // some-thing, every-one: "every" is said in two syllables inside a compound.
  private static final Pattern COMPOUND_PREFIX =
      Pattern.compile("(some|every|any)(thing|one|body|where|time|times|day|how|way|ways)$");

  private EnglishSyllables() {}

  /**
   * The number of syllables of the word, at least 1. Hyphenated words and words with apostrophes
   * ("nurse's", "couldn't") are handled; anything that is not a letter is ignored.
   */
  public static int count(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.indexOf('-') >= 0 || w.indexOf('\u2011') >= 0) {
      int total = 0;
      for (String part : w.split("[-\u2011]+")) {
        if (!part.isEmpty()) {
          total += count(part);
        }
      }
      return Math.max(1, total);
    }
    Integer known = EXCEPTIONS.get(w);
    if (known != null) {
      return known;
    }
    int apostrophe = w.indexOf('\'');
    if (apostrophe > 0) {
      return withApostrophe(w.substring(0, apostrophe), w.substring(apostrophe + 1));
    }
    return countPlain(lettersOnly(w), true) + diaereses(w);
  }

  /** A diaeresis marks a vowel said apart from the one before it: na-ïve, Zo-ë, co-öperate. */
  private static int diaereses(String w) {
    int extra = 0;
    for (int i = 1; i < w.length(); i++) {
      if ("äëïöü".indexOf(w.charAt(i)) >= 0 && "aeiouy".indexOf(w.charAt(i - 1)) >= 0) {
        extra++;
      }
    }
    return extra;
  }

  private static int withApostrophe(String base, String suffix) {
    if (suffix.equals("s")) {
      // nurse's, box's: after a hissing sound the s is a syllable of its own
      return count(base) + (base.matches(".*(s|x|z|ch|sh|ce|se|ze|ge)$") ? 1 : 0);
    }
    if (suffix.equals("t") && base.endsWith("n")) { // couldn't = could + n't, but don't and can't are one
      String stem = base.substring(0, base.length() - 1);
      return Set.of("ca", "wo", "do", "ai", "are", "sha").contains(stem) ? 1 : count(stem) + 1;
    }
    return count(base); // 'll 're 've 'd 'm add no vowel
  }

  /** Syllables of a word of lower-case letters a–z by the rules alone, without the exceptions. */
  public static int countByRules(String word) {
    return countPlain(lettersOnly(word.toLowerCase(Locale.ROOT)), false);
  }

  private static int countPlain(String w, boolean exceptions) {
    if (w.isEmpty()) {
      return 1;
    }
    Integer known = exceptions ? EXCEPTIONS.get(w) : null;
    if (known != null) {
      return known;
    }
    if (w.length() <= 2) {
      return 1;
    }
    Matcher compound = COMPOUND_PREFIX.matcher(w);
    if (compound.matches()) {
      String first = compound.group(1);
      return (first.equals("some") ? 1 : 2) + countPlain(compound.group(2), exceptions);
    }
    Matcher suffix = SILENT_E_SUFFIX.matcher(w);
    if (suffix.matches() && suffix.group(1).length() > 2) {
      return countPlain(suffix.group(1), exceptions) + countPlain(suffix.group(2), exceptions);
    }
    int n = w.length();
    // Inflections: -ed is a syllable only after t or d; -es only after a hissing sound.
    if (n > 3 && w.endsWith("ed") && !w.endsWith("eed")) {
      char before = w.charAt(n - 3);
      if (before == 't' || before == 'd') {
        return countPlain(w.substring(0, n - 2), exceptions) + 1;
      }
      return countPlain(before == 'y' ? w.substring(0, n - 2) : w.substring(0, n - 1), exceptions);
    }
    if (n > 3 && w.endsWith("es") && !w.endsWith("ees")) {
      String base = w.substring(0, n - 1); // "makes" -> "make", "horses" -> "horse"
      boolean hissing = base.matches(".*(s|x|z|ch|sh|c|g)e$");
      return countPlain(base, exceptions) + (hissing ? 1 : 0);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return countPlain(w.substring(0, n - 1), exceptions);
    }
    return vowelSounds(w);
  }

  // The vowel groups of a word with no ending left to strip, corrected for silent and split vowels.
  private static int vowelSounds(String w) {
    int groups = vowelGroups(w);
    if (endsWithSilentE(w) && groups > 1) {
      groups--;
      if (w.matches(".*([^aeiouylrw]le|[bcdgkpt]re)$")) {
        groups++; // ta-ble, ac-re: a syllabic l or r takes the place of the silent e
      }
    }
    if (w.endsWith("gue") && groups > 1) {
      groups--; // league, tongue: the u and e are silent
    }
    if (w.endsWith("ically")) {
      groups--; // ba-sic-ly, as commonly said
    }
    if (w.endsWith("ism") || w.endsWith("thm")) {
      groups++; // or-gan-is-m, rhy-thm
    }
    for (Pattern hiatus : new Pattern[] {I_HIATUS, OTHER_HIATUS}) {
      Matcher m = hiatus.matcher(w);
      while (m.find()) {
        groups++;
      }
    }
    if (w.matches(".*[^aeiouy]ire$") || w.equals("ire")) {
      groups++; // fi-re, ti-re: a diphthong followed by a schwa
    }
    if (w.matches("(h|fl|s|sc|dev)?our$")) {
      groups++; // ho-ur, flo-ur
    }
    return Math.max(1, groups);
  }

  private static boolean endsWithSilentE(String w) {
    int n = w.length();
    if (n < 3 || w.charAt(n - 1) != 'e') {
      return false;
    }
    return !isVowel(w, n - 2);
  }

  private static int vowelGroups(String w) {
    int groups = 0;
    boolean inGroup = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean vowel;
      if (c == 'y') {
        // y is a consonant at the start and after a vowel (yes, play); after a consonant it is a
        // vowel of its own that ends the group (hap-py, cry-ing).
        vowel = i > 0 && !isVowel(w, i - 1) && !(w.charAt(i - 1) == 'w' && isVowel(w, i - 2));
        if (vowel) {
          groups++;
          inGroup = false;
          continue;
        }
      } else {
        vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || (c == 'u' && (i == 0 || w.charAt(i - 1) != 'q'));
      }
      if (vowel && !inGroup) {
        groups++;
      }
      inGroup = vowel;
    }
    return groups;
  }

  private static boolean isVowel(String w, int i) {
    if (i < 0 || i >= w.length()) {
      return false;
    }
    char c = w.charAt(i);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static String lettersOnly(String w) {
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= 'a' && c <= 'z') {
        out.append(c);
      } else if (Character.isLetter(c)) {
        // é in café, ï in naïve: fold to the base letter
        String folded = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        char base = folded.charAt(0);
        if (base >= 'a' && base <= 'z') {
          out.append(base);
        }
      }
    }
    return out.toString();
  }

  static Map<String, Integer> load(String resource) {
    Map<String, Integer> map = new HashMap<>();
    try (InputStream in = EnglishSyllables.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        for (String entry : line.split("\\s+")) {
          int colon = entry.indexOf(':');
          map.put(entry.substring(0, colon), Integer.parseInt(entry.substring(colon + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
