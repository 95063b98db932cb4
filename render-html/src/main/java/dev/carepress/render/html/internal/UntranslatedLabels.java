package dev.carepress.render.html.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.Labels;
import dev.carepress.render.UntranslatedLanguages;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Says when the words around an article fall back to English: one warning per language Carepress
 * has no labels for, naming the language, however many articles are in it. Never silent, never
 * repeated per article.
 */
public final class UntranslatedLabels {
  /** The code of the warning. */
  public static final String CODE = Labels.UNTRANSLATED;

  private UntranslatedLabels() {}

  /** Reports the article's language when it has no labels. */
  public static void warn(Article article, Consumer<Problem> warnings) {
    UntranslatedLanguages.warn(Optional.empty(), List.of(article), warnings);
  }

  /** Reports each language of the book and its articles that has no labels, once, at its first use. */
  public static void warn(Book book, Consumer<Problem> warnings) {
    UntranslatedLanguages.warn(Optional.of(book), book.articles(), warnings);
  }

  /** The warning for a language without labels, about the given source. */
  public static Problem problem(String language, String source) {
    return Labels.untranslatedWarning(language, source);
  }
}
