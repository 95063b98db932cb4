package dev.carepress.check.internal;

import static dev.carepress.check.internal.ReadabilityCalculator.oneDecimal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.Finding;
import dev.carepress.check.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The checks on sentence length: the average, and every sentence over the limit. */
final class SentenceChecks {
  private SentenceChecks() {}

  static CheckResult average(Analysis a) {
    String title = "Average sentence length";
    double max = a.settings().maxAverageSentenceWords();
    String source = "PEMAT-P item 3 (common, everyday language); an average of " + oneDecimal(max)
        + " words or fewer is plain-language practice (heuristic)";
    List<Sentence> sentences = a.sentences();
    if (sentences.isEmpty()) {
      return Results.notApplicable(a, CheckIds.SENTENCE_AVERAGE, title, Level.ADVISORY, "words", "No sentences.",
          source);
    }
    double average = ReadabilityCalculator.counts(sentences).wordsPerSentence();
    boolean pass = average <= max;
    return Results.of(a, CheckIds.SENTENCE_AVERAGE, title, Level.ADVISORY, Results.verdict(pass),
        OptionalDouble.of(average), OptionalDouble.of(max), "words",
        "Average " + oneDecimal(average) + " words per sentence over " + sentences.size() + " sentences; limit "
            + oneDecimal(max), source, List.of());
  }

  static CheckResult longest(Analysis a) {
    String title = "Long sentences";
    int max = a.settings().maxSentenceWords();
    String source = "PEMAT-P item 3 (common, everyday language); more than " + max
        + " words in one sentence is hard to follow (heuristic)";
    List<Finding> findings = new ArrayList<>();
    int longest = 0;
    for (ProsePart part : a.parts()) {
      for (ProseUnit unit : part.units()) {
        for (Sentence s : unit.sentences()) {
          int words = s.words().size();
          longest = Math.max(longest, words);
          if (words > max) {
            findings.add(new Finding(words + " words: split the sentence", a.place(part, unit, Optional.of(s))));
          }
        }
      }
    }
    if (a.sentences().isEmpty()) {
      return Results.notApplicable(a, CheckIds.SENTENCE_LONGEST, title, Level.ADVISORY, "words", "No sentences.",
          source);
    }
    String text = "Longest sentence " + longest + " words; limit " + max
        + (findings.isEmpty() ? "" : "; " + Results.plural(findings.size(), "sentence is", "sentences are") + " longer");
    return Results.of(a, CheckIds.SENTENCE_LONGEST, title, Level.ADVISORY, Results.verdict(findings.isEmpty()),
        OptionalDouble.of(longest), OptionalDouble.of(max), "words", text, source, findings);
  }
}
