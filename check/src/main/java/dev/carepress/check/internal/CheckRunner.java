package dev.carepress.check.internal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.PartReadability;
import dev.carepress.check.Readability;
import java.util.ArrayList;
import java.util.List;

/** Runs every check on an analysis, in report order. */
public final class CheckRunner {
  private CheckRunner() {}

  /**
   * What a run produced.
   *
   * @param whole the readability of all the prose
   * @param parts the readability of each part
   * @param checks the results, in report order
   */
  public record Outcome(Readability whole, List<PartReadability> parts, List<CheckResult> checks) {}

  /** Computes the readability and runs the checks. */
  public static Outcome run(Analysis a) {
    String tag = a.article().language();
    Readability whole = ReadabilityCalculator.readability(tag, a.language(), a.sentences());
    List<PartReadability> parts = new ArrayList<>();
    List<Readability> partScores = new ArrayList<>();
    for (ProsePart part : a.parts()) {
      List<Sentence> sentences = new ArrayList<>();
      part.units().forEach(u -> sentences.addAll(u.sentences()));
      Readability r = ReadabilityCalculator.readability(tag, a.language(), sentences);
      partScores.add(r);
      parts.add(new PartReadability(part.id(), part.title(), part.depth(), r));
    }
    List<CheckResult> checks = List.of(
        ReadingGradeCheck.run(a, whole, a.parts(), partScores),
        StructureChecks.summaryFirst(a),
        StructureChecks.headings(a),
        StructureChecks.sectionLength(a),
        StructureChecks.paragraphLength(a),
        SentenceChecks.average(a),
        SentenceChecks.longest(a),
        WordChecks.jargon(a),
        WordChecks.numerals(a),
        StructureChecks.lists(a),
        WordChecks.action(a),
        ReviewChecks.present(a),
        ReviewChecks.age(a));
    return new Outcome(whole, List.copyOf(parts), checks);
  }
}
