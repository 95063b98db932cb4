package dev.carepress.check.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syllables of words, numbers, initials and phrases as they are read aloud in a language:
 * {@code 2.5} is "two point five", {@code HIV} is spelled, {@code COVID} is a word. Immutable.
 */
final class SpokenSyllables {
  private static final Set<String> EMERGENCY_NUMBERS = Set.of("911", "999", "112", "111", "988");
  private static final Pattern PRONOUNCEABLE_END = Pattern.compile(
      ".*([aeiouy]|st|nd|nt|rd|ck|ng|sh|th|ch|ll|ss|rt|rk|lt|ld|mp|sk|sp|ft|pt|ct|xt|lk|lf|rm|rn|rs|ts|ds|ks|ps|ms|ns|ls"
          + "|[aeiouy][^aeiouy])$");
  // runs of letters and runs of digits: COVID-19, H1N1, B12
  private static final Pattern RUNS = Pattern.compile("\\d+|[^\\d]+");

  private final TextLanguage language;

  SpokenSyllables(TextLanguage language) {
    this.language = language;
  }

  /** The syllables of a phrase read aloud, e.g. {@code "for example"} → 4. */
  int spokenSyllables(String phrase) {
    int total = 0;
    for (String part : phrase.split(" ")) {
      total += part.length() == 1 ? letterSyllables(part.charAt(0)) : language.syllables(part);
    }
    return total;
  }

  /** Syllables of a token of letters (maybe with digits, hyphens and apostrophes inside). */
  int wordSyllables(String token) {
    int total = 0;
    for (String part : token.split("[-\u2011]")) {
      if (part.isEmpty()) {
        continue;
      }
      // runs of letters and runs of digits: COVID-19, H1N1, B12
      Matcher run = RUNS.matcher(part);
      while (run.find()) {
        String piece = run.group();
        total += Character.isDigit(piece.charAt(0)) ? numberSyllables(piece) : letterRunSyllables(piece);
      }
    }
    return Math.max(1, total);
  }

  private int letterRunSyllables(String piece) {
    String letters = piece.replaceAll("['\u2019]", "");
    boolean allCaps = letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))
        && !letters.equals(letters.toLowerCase(Locale.ROOT));
    if (allCaps && letters.length() <= 5) {
      String lower = letters.toLowerCase(Locale.ROOT);
      boolean spelled = letters.length() <= 3 && !language.isCommonWord(lower) && !isPlainWord(lower)
          || !lower.matches(".*[aeiouy].*") || !PRONOUNCEABLE_END.matcher(lower).matches();
      if (spelled) {
        int total = 0;
        for (char c : letters.toCharArray()) {
          total += letterSyllables(c);
        }
        return total;
      }
    }
    return language.syllables(piece);
  }

  // Three-letter capitals that are ordinary words shouted ("AND", "THE", "NOT") rather than initials.
  private static boolean isPlainWord(String lower) {
    return lower.matches("and|the|not|you|for|are|but|all|any|can|get|has|her|him|his|how|its|may|new|now|off|old|one"
        + "|our|out|own|see|she|too|two|use|was|way|who|why|yes|day|eat|got|let|put|say|set|top|try|y|el|la|los|las"
        + "|del|con|por|que|sin|una|uno|muy|hoy|sí|no|ya");
  }

  int letterSyllables(char c) {
    char l = Character.toLowerCase(c);
    if (language == TextLanguage.SPANISH) {
      return "fhjlmnrsvxz".indexOf(l) >= 0 ? 2 : l == 'y' || l == 'w' ? 3 : 1;
    }
    return l == 'w' ? 3 : 1;
  }

  /** Syllables of a number token read aloud: 2.5, 1,000, 8:30, 1/2, 2-3. */
  int numberSyllables(String token) {
    String[] range = token.split("[-\u2013]");
    if (range.length == 2) {
      return numberSyllables(range[0]) + 1 + numberSyllables(range[1]); // "two to three", "dos a tres"
    }
    if (token.indexOf(':') >= 0 || token.indexOf('/') >= 0) {
      int total = 0;
      for (String part : token.split("[:/]")) {
        total += part.isEmpty() ? 0 : numberSyllables(part);
      }
      return total;
    }
    char decimal = language.decimalSeparator();
    char grouping = decimal == '.' ? ',' : '.';
    String plain = token;
    if (plain.matches("\\d{1,3}(\\" + grouping + "\\d{3})+")) {
      plain = plain.replace(String.valueOf(grouping), "");
    } else if (decimal == ',' && plain.matches("\\d+\\.\\d+")) {
      decimal = '.'; // 2.5 in a Spanish text written with a point
    } else if (decimal == '.' && plain.matches("\\d+,\\d{1,2}")) {
      decimal = ','; // 2,5 in an English text written the continental way
    }
    int point = plain.indexOf(decimal);
    if (point >= 0) {
      String fraction = plain.substring(point + 1).replaceAll("\\D", "");
      return numberSyllables(plain.substring(0, point)) + spokenSyllables(language.decimalPoint()) + digitByDigit(fraction);
    }
    return wholeNumberSyllables(plain.replaceAll("\\D", ""));
  }

  // A whole number as words ("two thousand and five"); an identifier or an emergency number digit by digit.
  private int wholeNumberSyllables(String digits) {
    if (digits.isEmpty()) {
      return 1;
    }
    if (digits.length() > 15 || EMERGENCY_NUMBERS.contains(digits)) {
      return digitByDigit(digits); // an identifier or a phone number rather than a quantity
    }
    String words = language.numberInWords(Long.parseLong(digits));
    int total = 0;
    for (String w : words.split("[ ]")) {
      total += language.syllables(w);
    }
    return total;
  }

  private int digitByDigit(String digits) {
    int total = 0;
    for (char d : digits.toCharArray()) {
      total += spokenSyllables(language.numberInWords(d - '0'));
    }
    return total;
  }
}
