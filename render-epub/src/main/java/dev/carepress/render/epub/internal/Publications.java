package dev.carepress.render.epub.internal;

import dev.carepress.model.Metadata;
import java.util.Locale;
import java.util.Set;

/** Small facts about publications that several documents need. */
final class Publications {
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "ug", "ur", "yi");

  private Publications() {}

  /** Whether the language is written right to left (the same list as {@link Metadata#rightToLeft()}). */
  static boolean rightToLeft(String languageTag) {
    return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(languageTag).getLanguage());
  }
}
