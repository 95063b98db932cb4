package dev.carepress.render.epub.internal;

import dev.carepress.Problem;
import dev.carepress.render.Labels;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Says when the words around a chapter fall back to English: one warning per language of the
 * publication that Carepress has no labels for, naming it, at the first article in it.
 */
final class LabelLanguages {
  /** The code of the warning; the same as the HTML renderer's. */
  static final String CODE = Labels.UNTRANSLATED;

  private LabelLanguages() {}

  /** Reports each language of the publication (its own and its articles') that has no labels. */
  static void warnUntranslated(Publication publication, ArticleScan scan, Consumer<Problem> warnings) {
    for (String language : publication.languages()) {
      if (!Labels.hasTranslation(language)) {
        warnings.accept(problem(language, scan.firstSource(language)
            .orElseGet(() -> publication.source().map(Path::toString).orElse(publication.title()))));
      }
    }
  }

  private static Problem problem(String language, String source) {
    return Labels.untranslatedWarning(language, source);
  }
}
