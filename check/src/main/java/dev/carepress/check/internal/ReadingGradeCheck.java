package dev.carepress.check.internal;

import static dev.carepress.check.internal.ReadabilityCalculator.oneDecimal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.Finding;
import dev.carepress.check.Formula;
import dev.carepress.check.Level;
import dev.carepress.check.Readability;
import dev.carepress.check.Verdict;
import dev.carepress.check.TextCounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The reading-grade check: English text at or below the grade limit by both Flesch–Kincaid and SMOG
 * (when the text is long enough for SMOG); Spanish text at or above the Fernández-Huerta score of
 * that grade and the INFLESZ limit. When it fails, the findings name the sections above the limit
 * and the sentences that pull the grade up most.
 */
final class ReadingGradeCheck {
  static final String TITLE = "Reading level";
  static final String SOURCE_EN = "Grade 8 or lower for patient materials (NIH; AMA and AAFP advise 5th-6th grade);"
      + " PEMAT-P item 3 (common, everyday language)";
  static final String SOURCE_ES = "INFLESZ 'normal' (55) or easier for patient texts (Barrio-Cantalejo 2008);"
      + " Fernández-Huerta 60+ = 7th-8th grade; PEMAT-P item 3 (common, everyday language)";
  private static final int MAX_SENTENCE_FINDINGS = 10;

  private ReadingGradeCheck() {}

  static CheckResult run(Analysis a, Readability whole, List<ProsePart> parts, List<Readability> partScores) {
    if (a.language().isEmpty()) {
      return Results.notApplicable(a, CheckIds.READING_GRADE, TITLE, Level.REQUIRED, "grade",
          ReadabilityCalculator.notAvailable(a.article().language()), "Readability formulas exist per language");
    }
    if (whole.counts().words() == 0) {
      return Results.notApplicable(a, CheckIds.READING_GRADE, TITLE, Level.REQUIRED, "grade", "No prose to score.",
          a.language().get() == TextLanguage.ENGLISH ? SOURCE_EN : SOURCE_ES);
    }
    return a.language().get() == TextLanguage.ENGLISH ? english(a, whole, parts, partScores)
        : spanish(a, whole, parts, partScores);
  }

  private static CheckResult english(Analysis a, Readability whole, List<ProsePart> parts, List<Readability> scores) {
    double max = a.settings().maxGrade();
    double fk = whole.value(Formula.FLESCH_KINCAID_GRADE).getAsDouble();
    OptionalDouble smog = whole.value(Formula.SMOG);
    double measured = smog.isPresent() ? Math.max(fk, smog.getAsDouble()) : fk;
    boolean pass = measured <= max;
    String summary = "Flesch-Kincaid grade " + twoDecimals(fk) + ", SMOG "
        + (smog.isPresent() ? twoDecimals(smog.getAsDouble())
            : "not computed (" + whole.score(Formula.SMOG).get().interpretation() + ")")
        + "; limit grade " + oneDecimal(max) + (pass ? "" : ": above the limit");
    List<Finding> findings = new ArrayList<>();
    if (!pass) {
      for (int i = 0; i < parts.size(); i++) {
        OptionalDouble partFk = scores.get(i).value(Formula.FLESCH_KINCAID_GRADE);
        OptionalDouble partSmog = scores.get(i).value(Formula.SMOG);
        double worst = Math.max(partFk.orElse(0), partSmog.orElse(0));
        if (worst > max && scores.get(i).counts().words() > 0) {
          findings.add(new Finding("This part reads at grade " + oneDecimal(worst) + " (Flesch-Kincaid "
              + oneDecimal(partFk.orElse(0)) + (partSmog.isPresent() ? ", SMOG " + oneDecimal(partSmog.getAsDouble())
                  : "") + ")", a.place(parts.get(i))));
        }
      }
      hardestSentences(a, parts, max, findings);
    }
    return Results.of(a, CheckIds.READING_GRADE, TITLE, Level.REQUIRED, Results.verdict(pass),
        OptionalDouble.of(measured), OptionalDouble.of(max), "grade", summary, SOURCE_EN, findings);
  }

  private static CheckResult spanish(Analysis a, Readability whole, List<ProsePart> parts, List<Readability> scores) {
    double minFh = a.settings().minFernandezHuerta();
    double minInflesz = a.settings().minInflesz();
    double fh = whole.value(Formula.FERNANDEZ_HUERTA).getAsDouble();
    double sp = whole.value(Formula.SZIGRISZT_PAZOS).getAsDouble();
    boolean pass = fh >= minFh && sp >= minInflesz;
    String summary = "Fernández-Huerta " + oneDecimal(fh) + " (at least " + oneDecimal(minFh) + " for grade "
        + oneDecimal(a.settings().maxGrade()) + "), INFLESZ " + oneDecimal(sp) + " "
        + ReadabilityCalculator.infleszBand(sp) + " (at least " + oneDecimal(minInflesz) + ")"
        + (pass ? "" : ": harder than the limit");
    List<Finding> findings = new ArrayList<>();
    if (!pass) {
      for (int i = 0; i < parts.size(); i++) {
        OptionalDouble partFh = scores.get(i).value(Formula.FERNANDEZ_HUERTA);
        OptionalDouble partSp = scores.get(i).value(Formula.SZIGRISZT_PAZOS);
        if (partFh.isPresent() && (partFh.getAsDouble() < minFh || partSp.getAsDouble() < minInflesz)) {
          findings.add(new Finding("This part scores Fernández-Huerta " + oneDecimal(partFh.getAsDouble())
              + ", INFLESZ " + oneDecimal(partSp.getAsDouble()), a.place(parts.get(i))));
        }
      }
      hardestSentences(a, parts, a.settings().maxGrade(), findings);
    }
    return Results.of(a, CheckIds.READING_GRADE, TITLE, Level.REQUIRED, Results.verdict(pass),
        OptionalDouble.of(fh), OptionalDouble.of(minFh), "Fernández-Huerta score", summary, SOURCE_ES, findings);
  }

  /**
   * The sentences that push the article's grade up most. The effect of a sentence is how much the
   * governing grade would drop without it: Flesch–Kincaid on the whole text, or SMOG when SMOG is
   * the higher grade (then only sentences in SMOG's 30-sentence sample count, as only they are
   * scored). Spanish uses Flesch–Kincaid as the proxy for sentence difficulty. Largest effect first.
   */
  private static void hardestSentences(Analysis a, List<ProsePart> parts, double max, List<Finding> findings) {
    record Hard(ProsePart part, ProseUnit unit, Sentence sentence, double effect, int order) {}
    List<Sentence> all = a.sentences();
    TextCounts total = ReadabilityCalculator.counts(all);
    double fk = Formulas.fleschKincaidGrade(total.sentences(), total.words(), total.syllables());
    boolean english = a.language().orElse(TextLanguage.ENGLISH) == TextLanguage.ENGLISH;
    List<Sentence> sample = ReadabilityCalculator.smogSample(all);
    int samplePoly = ReadabilityCalculator.counts(sample).polysyllables();
    double smog = english && all.size() >= ReadabilityCalculator.SMOG_MIN_SENTENCES
        ? Formulas.smogGrade(sample.size(), samplePoly) : Double.NEGATIVE_INFINITY;
    Set<Sentence> inSample = Collections.newSetFromMap(new IdentityHashMap<>());
    inSample.addAll(sample);
    List<Hard> hard = new ArrayList<>();
    int order = 0;
    for (ProsePart part : parts) {
      for (ProseUnit unit : part.units()) {
        for (Sentence s : unit.sentences()) {
          double effect;
          if (smog > fk) {
            effect = inSample.contains(s)
                ? smog - Formulas.smogGrade(sample.size(), samplePoly - s.polysyllables()) : 0;
          } else {
            int w = total.words() - s.words().size();
            effect = total.sentences() > 1 && w > 0 ? fk - Formulas.fleschKincaidGrade(total.sentences() - 1, w,
                total.syllables() - s.syllables()) : 0;
          }
          if (effect > 0.005) {
            hard.add(new Hard(part, unit, s, effect, order));
          }
          order++;
        }
      }
    }
    hard.sort(Comparator.comparingDouble(Hard::effect).reversed().thenComparingInt(Hard::order));
    String formula = smog > fk ? "SMOG" : "Flesch-Kincaid";
    for (Hard h : hard.subList(0, Math.min(MAX_SENTENCE_FINDINGS, hard.size()))) {
      findings.add(new Finding("Without this sentence the " + formula + " grade would be "
          + String.format(Locale.ROOT, "%.2f", h.effect()) + " lower ("
          + Results.plural(h.sentence().words().size(), "word", "words") + ", "
          + Results.plural(h.sentence().polysyllables(), "word", "words") + " of 3+ syllables)",
          a.place(h.part(), h.unit(), Optional.of(h.sentence()))));
    }
  }

  private static String twoDecimals(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
