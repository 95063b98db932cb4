package dev.carepress.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Readability of a text: its counts and the scores of the formulas made for its language. For a
 * language with no formula the scores are empty and {@link #note()} says so; Carepress never applies
 * another language's formula.
 *
 * @param language the language tag the formulas were chosen by
 * @param counts sentences, words, syllables
 * @param scores one per formula of the language, in a fixed order
 * @param note why there are no scores, or a caution about them; empty when there is nothing to say
 */
public record Readability(String language, TextCounts counts, List<Score> scores, Optional<String> note) {
  /** Validates and copies the components. */
  public Readability {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(counts, "counts");
    scores = List.copyOf(scores);
    Objects.requireNonNull(note, "note");
  }

  /** The score of a formula, if it was computed for this text. */
  public Optional<Score> score(Formula formula) {
    return scores.stream().filter(s -> s.formula() == formula).findFirst();
  }

  /** The value of a formula, if it has one for this text. */
  public java.util.OptionalDouble value(Formula formula) {
    return score(formula).map(Score::value).orElse(java.util.OptionalDouble.empty());
  }

  /** Whether the language has formulas (the scores may still be empty for a text without words). */
  public boolean available() {
    return !scores.isEmpty();
  }
}
