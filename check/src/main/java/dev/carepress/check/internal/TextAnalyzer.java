package dev.carepress.check.internal;

import dev.carepress.check.internal.TextLanguage.Abbreviation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a unit of prose (a paragraph or a list item) into sentences of words.
 *
 * <p>A sentence ends at {@code . ! ?} (with any closing quotes or brackets after them) followed by
 * a space, and always at the end of the unit (so each list item is at least one sentence). A period
 * does not end a sentence inside a number ({@code 2.5 mg}), after an abbreviation that is never
 * last ({@code Dr.}, {@code e.g.}, {@code p. ej.}) or after an initial ({@code J. Smith}); after one
 * that may be last ({@code etc.}, {@code a.m.}) it does when a capital letter follows. An ellipsis
 * ends a sentence only when a capital letter follows. URLs, e-mail addresses and excluded ranges
 * (inline code) are not words.
 *
 * <p>Numbers are words, read aloud: {@code 2.5} is "two point five", {@code 60%} "sixty percent",
 * {@code 8:30} "eight thirty", {@code 2-3} "two to three"; a unit after a number is read too
 * ({@code mg} → milligrams). Short all-capital words that cannot be said as words are spelled
 * ({@code HIV}, {@code COPD}); others are words ({@code COVID}, {@code NASA}).
 */
public final class TextAnalyzer {
  private static final Pattern URL = Pattern.compile(
      "(?:https?://|www\\.)[^\\s<>\"]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", Pattern.UNICODE_CHARACTER_CLASS);
  // Phone numbers are read digit by digit: 1-800-344-4867, (555) 123-4567, 0800.123.456
  private static final Pattern PHONE = Pattern.compile(
      "\\+?\\d{1,4}(?:-\\d{2,4}){2,}|\\(\\d{3}\\)\\s?\\d{3}[-.]\\d{4}");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/]\\d+)*(?:[-\u2013]\\d+(?:[.,]\\d+)*)?");
  private static final java.util.Set<String> EMERGENCY_NUMBERS = java.util.Set.of("911", "999", "112", "111", "988");
  private static final String CLOSERS = "\"'\u201d\u2019)]\u00bb\u203a";
  private static final String ENDERS = ".!?\u2026";
  private static final Pattern PRONOUNCEABLE_END = Pattern.compile(
      ".*([aeiouy]|st|nd|nt|rd|ck|ng|sh|th|ch|ll|ss|rt|rk|lt|ld|mp|sk|sp|ft|pt|ct|xt|lk|lf|rm|rn|rs|ts|ds|ks|ps|ms|ns|ls"
          + "|[aeiouy][^aeiouy])$");

  private final TextLanguage language;

  private TextAnalyzer(TextLanguage language) {
    this.language = language;
  }

  /** An analyzer for the language. */
  public static TextAnalyzer of(TextLanguage language) {
    return new TextAnalyzer(language);
  }

  /** The sentences of the text; characters set in {@code excluded} are not read. */
  public List<Sentence> sentences(String text, BitSet excluded) {
    return new Run(text, excluded).sentences();
  }

  /** The sentences of the text. */
  public List<Sentence> sentences(String text) {
    return sentences(text, new BitSet());
  }

  /** The syllables of a phrase read aloud, e.g. {@code "for example"} → 4. */
  public int spokenSyllables(String phrase) {
    int total = 0;
    for (String part : phrase.split(" ")) {
      total += part.length() == 1 ? letterSyllables(part.charAt(0)) : language.syllables(part);
    }
    return total;
  }

  private final class Run {
    private final String text;
    private final BitSet excluded;
    private final int n;
    private final List<Sentence> sentences = new ArrayList<>();
    private List<Word> words = new ArrayList<>();
    private int sentenceStart = -1;

    Run(String text, BitSet excluded) {
      this.text = text;
      this.excluded = excluded;
      this.n = text.length();
    }

    List<Sentence> sentences() {
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (excluded.get(i)) {
          i = excluded.nextClearBit(i);
          continue;
        }
        if (Character.isWhitespace(c)) {
          i++;
          continue;
        }
        int next = url(i);
        if (next < 0) {
          next = abbreviation(i);
        }
        if (next < 0 && (Character.isDigit(c) || c == '(' || c == '+')) {
          next = phone(i);
        }
        if (next < 0 && Character.isDigit(c)) {
          next = number(i);
        }
        if (next < 0 && (Character.isLetter(c))) {
          next = letters(i);
        }
        if (next < 0) {
          next = symbolUnit(i);
        }
        if (next < 0 && ENDERS.indexOf(c) >= 0) {
          next = terminator(i);
        }
        i = next < 0 ? i + 1 : next;
      }
      int end = n;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      endSentence(end);
      return List.copyOf(sentences);
    }

    private int url(int i) {
      if (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && "(<\"'\u201c".indexOf(text.charAt(i - 1)) < 0) {
        return -1;
      }
      Matcher m = URL.matcher(text).region(i, n);
      if (!m.lookingAt()) {
        return -1;
      }
      int end = m.end();
      while (end > i && ".,;:!?)]\"'\u201d\u2019".indexOf(text.charAt(end - 1)) >= 0) {
        end--; // "see www.example.org." — the period ends the sentence, not the address
      }
      return end;
    }

    private int abbreviation(int i) {
      if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        return -1;
      }
      for (Abbreviation a : language.abbreviations()) {
        String w = a.written();
        if (text.startsWith(w, i) && (i + w.length() >= n || !Character.isLetterOrDigit(text.charAt(i + w.length())))) {
          int end = i + w.length();
          add(new Word(i, end, w, spokenSyllables(a.spoken()), Word.Kind.ABBREVIATION));
          if (a.mayEndSentence()) {
            int after = skipClosers(end);
            if (after >= n || startsSentence(after)) {
              endSentence(after);
              return after;
            }
          }
          return end;
        }
      }
      return -1;
    }

    private int phone(int i) {
      Matcher phone = PHONE.matcher(text).region(i, n);
      if (phone.lookingAt() && (phone.end() >= n || !Character.isDigit(text.charAt(phone.end())))) {
        int syllables = 0;
        for (char d : phone.group().toCharArray()) {
          if (Character.isDigit(d)) {
            syllables += spokenSyllables(language.numberInWords(d - '0'));
          }
        }
        add(new Word(i, phone.end(), phone.group(), syllables, Word.Kind.NUMBER));
        return phone.end();
      }
      return -1;
    }

    private int number(int i) {
      Matcher m = NUMBER.matcher(text).region(i, n);
      if (!m.lookingAt()) {
        return -1;
      }
      int end = m.end();
      String token = m.group();
      int syllables = numberSyllables(token);
      // an attached percent sign, ordinal suffix or unit: 60%, 2nd, 5mg
      int j = end;
      while (j < n && Character.isLetter(text.charAt(j))) {
        j++;
      }
      String suffix = text.substring(end, j);
      if (!suffix.isEmpty()) {
        String unit = language.units().get(suffix);
        if (unit != null) {
          syllables += spokenSyllables(unit);
          end = j;
        } else if (suffix.matches("st|nd|rd|th|º|ª")) {
          syllables += suffix.equals("nd") ? 1 : 0; // second
          end = j;
        } else {
          end = j; // "3D", "B12"-like: read the letters too
          syllables += language.syllables(suffix);
        }
      }
      if (end < n && text.charAt(end) == '%') {
        syllables += spokenSyllables(language.units().get("%"));
        end++;
      }
      add(new Word(i, end, text.substring(i, end), syllables, Word.Kind.NUMBER));
      return end;
    }

    private int letters(int i) {
      int j = i;
      while (j < n) {
        char c = text.charAt(j);
        boolean inner = (c == '\'' || c == '\u2019' || c == '-' || c == '\u2011')
            && j > i && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1));
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || inner) {
          j++;
        } else {
          break;
        }
      }
      String token = text.substring(i, j);
      Word previous = words.isEmpty() ? null : words.get(words.size() - 1);
      String unit = previous != null && previous.kind() == Word.Kind.NUMBER ? language.units().get(token) : null;
      if (unit != null) {
        add(new Word(i, j, token, spokenSyllables(unit), Word.Kind.UNIT));
        return j;
      }
      add(new Word(i, j, token, wordSyllables(token), Word.Kind.WORD));
      // an initial: "J. Smith" after a capitalized word or a title, not "vitamin D. It"
      if (token.length() == 1 && Character.isUpperCase(token.charAt(0)) && j < n && text.charAt(j) == '.'
          && previous != null && !previous.text().isEmpty() && Character.isUpperCase(previous.text().charAt(0))) {
        return j + 1;
      }
      return j;
    }

    private int symbolUnit(int i) {
      Word previous = words.isEmpty() ? null : words.get(words.size() - 1);
      if (previous == null || previous.kind() != Word.Kind.NUMBER) {
        return -1;
      }
      String best = null; // the longest symbol unit that matches: °F rather than °
      for (String unit : language.units().keySet()) {
        if (!Character.isLetter(unit.charAt(0)) && text.startsWith(unit, i)
            && (best == null || unit.length() > best.length())) {
          best = unit;
        }
      }
      if (best == null) {
        return -1;
      }
      add(new Word(i, i + best.length(), best, spokenSyllables(language.units().get(best)), Word.Kind.UNIT));
      return i + best.length();
    }

    private int terminator(int i) {
      int j = i;
      while (j < n && ENDERS.indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      String run = text.substring(i, j);
      int after = skipClosers(j);
      boolean ellipsis = run.matches("(\\.\\.\\.|\u2026)+");
      boolean end = after >= n
          || (ellipsis ? startsSentence(after) : Character.isWhitespace(text.charAt(after)));
      if (end) {
        endSentence(after);
      }
      return after;
    }

    private int skipClosers(int j) {
      while (j < n && CLOSERS.indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      return j;
    }

    /** Whether, after spaces, a new sentence starts here: a capital letter, a digit or an opening mark. */
    private boolean startsSentence(int j) {
      if (j < n && !Character.isWhitespace(text.charAt(j))) {
        return false;
      }
      while (j < n && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j >= n) {
        return true;
      }
      while (j < n && "\"'\u201c\u2018(\u00bf\u00a1\u00ab".indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      return j < n && (Character.isUpperCase(text.charAt(j)) || Character.isDigit(text.charAt(j)));
    }

    private void add(Word word) {
      if (sentenceStart < 0) {
        sentenceStart = word.start();
      }
      words.add(word);
    }

    private int lastWordEnd() {
      return words.isEmpty() ? 0 : words.get(words.size() - 1).end();
    }

    private void endSentence(int end) {
      if (!words.isEmpty()) {
        sentences.add(new Sentence(sentenceStart, Math.max(end, lastWordEnd()), words));
      }
      words = new ArrayList<>();
      sentenceStart = -1;
    }
  }

  /** Syllables of a token of letters (maybe with digits, hyphens and apostrophes inside). */
  int wordSyllables(String token) {
    int total = 0;
    for (String part : token.split("[-\u2011]")) {
      if (part.isEmpty()) {
        continue;
      }
      // runs of letters and runs of digits: COVID-19, H1N1, B12
      Matcher run = Pattern.compile("\\d+|[^\\d]+").matcher(part);
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

  private int letterSyllables(char c) {
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
      String whole = plain.substring(0, point);
      String fraction = plain.substring(point + 1).replaceAll("\\D", "");
      int total = numberSyllables(whole) + spokenSyllables(language.decimalPoint());
      for (char d : fraction.toCharArray()) {
        total += spokenSyllables(language.numberInWords(d - '0'));
      }
      return total;
    }
    String digits = plain.replaceAll("\\D", "");
    if (digits.isEmpty()) {
      return 1;
    }
    if (digits.length() > 15 || EMERGENCY_NUMBERS.contains(digits)) {
      int total = 0; // an identifier or a phone number rather than a quantity: read digit by digit
      for (char d : digits.toCharArray()) {
        total += spokenSyllables(language.numberInWords(d - '0'));
      }
      return total;
    }
    String words = language.numberInWords(Long.parseLong(digits));
    int total = 0;
    for (String w : words.split("[ ]")) {
      total += language.syllables(w);
    }
    return total;
  }
}
