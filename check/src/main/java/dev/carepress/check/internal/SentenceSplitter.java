package dev.carepress.check.internal;

import dev.carepress.check.internal.TextLanguage.Abbreviation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits one unit of prose into sentences of words, left to right, for {@link TextAnalyzer}: each
 * token is tried as an address, an abbreviation, a phone number, a number, letters, a unit symbol
 * or the end of a sentence. One splitter per text: it keeps the sentence being built.
 */
final class SentenceSplitter {
  private static final Pattern URL = Pattern.compile(
      "(?:https?://|www\\.)[^\\s<>\"]+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+", Pattern.UNICODE_CHARACTER_CLASS);
  // Phone numbers are read digit by digit: 1-800-344-4867, (555) 123-4567, 0800.123.456
  private static final Pattern PHONE = Pattern.compile(
      "\\+?\\d{1,4}(?:-\\d{2,4}){2,}|\\(\\d{3}\\)\\s?\\d{3}[-.]\\d{4}");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:/]\\d+)*(?:[-\u2013]\\d+(?:[.,]\\d+)*)?");
  private static final String CLOSERS = "\"'\u201d\u2019)]\u00bb\u203a";
  private static final String ENDERS = ".!?\u2026";

  private final TextLanguage language;
  private final SpokenSyllables spoken;
  private final String text;
  private final BitSet excluded;
  private final int n;
  private final List<Sentence> sentences = new ArrayList<>();
  private List<Word> words = new ArrayList<>();
  private int sentenceStart = -1;

  SentenceSplitter(TextLanguage language, SpokenSyllables spoken, String text, BitSet excluded) {
    this.language = language;
    this.spoken = spoken;
    this.text = text;
    this.excluded = excluded;
    this.n = text.length();
  }

  /** Splits the text. */
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
        add(new Word(i, end, w, spoken.spokenSyllables(a.spoken()), Word.Kind.ABBREVIATION));
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
          syllables += spoken.spokenSyllables(language.numberInWords(d - '0'));
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
    int syllables = spoken.numberSyllables(token);
    // an attached percent sign, ordinal suffix or unit: 60%, 2nd, 5mg
    int j = end;
    while (j < n && Character.isLetter(text.charAt(j))) {
      j++;
    }
    String suffix = text.substring(end, j);
    if (!suffix.isEmpty()) {
      String unit = language.units().get(suffix);
      if (unit != null) {
        syllables += spoken.spokenSyllables(unit);
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
      syllables += spoken.spokenSyllables(language.units().get("%"));
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
      add(new Word(i, j, token, spoken.spokenSyllables(unit), Word.Kind.UNIT));
      return j;
    }
    add(new Word(i, j, token, spoken.wordSyllables(token), Word.Kind.WORD));
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
    add(new Word(i, i + best.length(), best, spoken.spokenSyllables(language.units().get(best)), Word.Kind.UNIT));
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
