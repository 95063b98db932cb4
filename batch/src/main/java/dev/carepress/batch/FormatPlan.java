package dev.carepress.batch;

import dev.carepress.render.Settings;
import java.util.Objects;

/**
 * One format a batch renders, and the settings its renderer is made with (unset keys take their
 * defaults; the renderer checks the values when it is made).
 *
 * @param formatId the format's id, as in {@code carepress formats}: {@code html}, {@code pdf} …
 * @param settings the renderer's settings, e.g. {@code pageSize=LETTER}
 */
public record FormatPlan(String formatId, Settings settings) {
  /** Validates the components. */
  public FormatPlan {
    Objects.requireNonNull(formatId, "formatId");
    Objects.requireNonNull(settings, "settings");
    if (formatId.isBlank()) {
      throw new IllegalArgumentException("a format id is not blank");
    }
  }

  /** The format with its default settings. */
  public static FormatPlan of(String formatId) {
    return new FormatPlan(formatId, Settings.empty());
  }

  /** The format with these settings. */
  public static FormatPlan of(String formatId, Settings settings) {
    return new FormatPlan(formatId, settings);
  }
}
