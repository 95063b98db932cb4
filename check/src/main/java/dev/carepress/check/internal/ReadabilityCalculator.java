package dev.carepress.check.internal;

import dev.carepress.check.Formula;
import dev.carepress.check.Readability;
import dev.carepress.check.Score;
import dev.carepress.check.TextCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Computes the formulas of a language on sentences. */
public final class ReadabilityCalculator {
  /** Fewer sentences than this and SMOG is not computed (its short-text correction is published from 10 up). */
  public static final int SMOG_MIN_SENTENCES = 10;
  /** SMOG's sample: 30 sentences, 10 in a row at the start, in the middle and at the end. */
  public static final int SMOG_SAMPLE = 30;
  /** Below this many words the scores are flagged as rough. */
  public static final int SHORT_TEXT_WORDS = 100;

  private ReadabilityCalculator() {}

  /** The counts of the sentences. */
  public static TextCounts counts(List<Sentence> sentences) {
    int words = 0;
    int syllables = 0;
    int poly = 0;
    int longest = 0;
    for (Sentence s : sentences) {
      words += s.words().size();
      syllables += s.syllables();
      poly += s.polysyllables();
      longest = Math.max(longest, s.words().size());
    }
    return new TextCounts(sentences.size(), words, syllables, poly, longest);
  }

  /** The readability of the sentences under the language tag; no scores for a language without formulas. */
  public static Readability readability(String tag, Optional<TextLanguage> language, List<Sentence> sentences) {
    TextCounts counts = counts(sentences);
    if (language.isEmpty()) {
      return new Readability(tag, counts, List.of(), Optional.of(notAvailable(tag)));
    }
    List<Score> scores = new ArrayList<>();
    boolean empty = counts.words() == 0;
    if (language.get() == TextLanguage.ENGLISH) {
      scores.add(empty ? noText(Formula.FLESCH_READING_EASE) : fleschReadingEase(counts));
      scores.add(empty ? noText(Formula.FLESCH_KINCAID_GRADE) : fleschKincaid(counts));
      scores.add(empty ? noText(Formula.SMOG) : smog(sentences));
    } else {
      scores.add(empty ? noText(Formula.FERNANDEZ_HUERTA) : fernandezHuerta(counts));
      scores.add(empty ? noText(Formula.SZIGRISZT_PAZOS) : szigrisztPazos(counts));
    }
    Optional<String> note = empty
        ? Optional.of("No prose to score.")
        : counts.words() < SHORT_TEXT_WORDS
            ? Optional.of("Short text (" + counts.words() + " words): scores on fewer than " + SHORT_TEXT_WORDS
                + " words are rough.")
            : Optional.empty();
    return new Readability(tag, counts, scores, note);
  }

  /** The sentence saying a language has no formula. */
  public static String notAvailable(String tag) {
    String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
    return "Readability formulas are not available for language '" + tag + "'"
        + (name.isEmpty() || name.equalsIgnoreCase(tag) ? "" : " (" + name + ")")
        + ": no reading grade is given. Carepress has English formulas"
        + " (Flesch Reading Ease, Flesch-Kincaid, SMOG) and Spanish ones (Fernández-Huerta, Szigriszt-Pazos/INFLESZ)"
        + " and applies no formula to another language. The length and structure checks still apply.";
  }

  private static Score noText(Formula formula) {
    return new Score(formula, OptionalDouble.empty(), "no prose to score");
  }

  private static Score fleschReadingEase(TextCounts c) {
    double v = Formulas.fleschReadingEase(c.sentences(), c.words(), c.syllables());
    String band = v >= 90 ? "very easy" : v >= 80 ? "easy" : v >= 70 ? "fairly easy" : v >= 60 ? "standard"
        : v >= 50 ? "fairly difficult" : v >= 30 ? "difficult" : "very confusing";
    return new Score(Formula.FLESCH_READING_EASE, OptionalDouble.of(v), band);
  }

  private static Score fleschKincaid(TextCounts c) {
    double v = Formulas.fleschKincaidGrade(c.sentences(), c.words(), c.syllables());
    return new Score(Formula.FLESCH_KINCAID_GRADE, OptionalDouble.of(v), gradeBand(v));
  }

  /**
   * SMOG on 30 sentences (10 from the start, 10 from the middle, 10 from the end) when there are
   * more than 30; on all of them, corrected to 30, from 10 to 30; not at all below 10.
   */
  static Score smog(List<Sentence> sentences) {
    int s = sentences.size();
    if (s < SMOG_MIN_SENTENCES) {
      return new Score(Formula.SMOG, OptionalDouble.empty(),
          "too short: " + s + (s == 1 ? " sentence" : " sentences") + ", SMOG needs at least " + SMOG_MIN_SENTENCES);
    }
    if (s <= SMOG_SAMPLE) {
      int poly = counts(sentences).polysyllables();
      double v = Formulas.smogGrade(s, poly);
      String how = s == SMOG_SAMPLE ? "all 30 sentences" : "all " + s + " sentences, corrected to 30";
      return new Score(Formula.SMOG, OptionalDouble.of(v), gradeBand(v) + " (" + how + ")");
    }
    List<Sentence> sample = smogSample(sentences);
    double v = Formulas.smogGrade(SMOG_SAMPLE, counts(sample).polysyllables());
    return new Score(Formula.SMOG, OptionalDouble.of(v),
        gradeBand(v) + " (sample of 30 of " + s + " sentences: 10 at the start, middle and end)");
  }

  /**
   * SMOG's sample of a text of more than 30 sentences: the first 10, the 10 around the middle
   * (from index s/2 − 5) and the last 10; all sentences for a shorter text.
   */
  public static List<Sentence> smogSample(List<Sentence> sentences) {
    int s = sentences.size();
    if (s <= SMOG_SAMPLE) {
      return sentences;
    }
    List<Sentence> sample = new ArrayList<>(sentences.subList(0, 10));
    int middle = s / 2 - 5;
    sample.addAll(sentences.subList(middle, middle + 10));
    sample.addAll(sentences.subList(s - 10, s));
    return sample;
  }

  private static Score fernandezHuerta(TextCounts c) {
    double v = Formulas.fernandezHuerta(c.sentences(), c.words(), c.syllables());
    String band = v >= 90 ? "muy fácil (very easy, 4th grade)" : v >= 80 ? "fácil (easy, 5th grade)"
        : v >= 70 ? "algo fácil (fairly easy, 6th grade)" : v >= 60 ? "normal (7th-8th grade)"
        : v >= 50 ? "algo difícil (fairly difficult, pre-university)" : v >= 30 ? "difícil (difficult)"
        : "muy difícil (very difficult, university)";
    return new Score(Formula.FERNANDEZ_HUERTA, OptionalDouble.of(v), band);
  }

  private static Score szigrisztPazos(TextCounts c) {
    double v = Formulas.szigrisztPazos(c.sentences(), c.words(), c.syllables());
    return new Score(Formula.SZIGRISZT_PAZOS, OptionalDouble.of(v), infleszBand(v));
  }

  /** The INFLESZ band of a Szigriszt-Pazos score (Barrio-Cantalejo 2008). */
  public static String infleszBand(double v) {
    return v >= 80 ? "muy fácil (very easy)" : v >= 65 ? "bastante fácil (fairly easy)" : v >= 55 ? "normal"
        : v >= 40 ? "algo difícil (somewhat difficult)" : "muy difícil (very difficult)";
  }

  private static String gradeBand(double grade) {
    long g = Math.round(grade);
    return g <= 0 ? "below grade 1" : g > 16 ? "postgraduate" : g > 12 ? "college" : "grade " + g;
  }

  /** A value rounded to two decimals for people, with a point whatever the default locale. */
  public static String twoDecimals(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** A value rounded to one decimal for people, with a point whatever the default locale. */
  public static String oneDecimal(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
