package dev.carepress.check;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The value of one formula on a text, and what it means.
 *
 * @param formula the formula
 * @param value its value, unrounded; empty when the text is too short for the formula
 * @param interpretation the value's band ("standard", "7th-8th grade", "normal" …) or why there is no value
 */
public record Score(Formula formula, OptionalDouble value, String interpretation) {
  /** Validates the components. */
  public Score {
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(interpretation, "interpretation");
  }
}
