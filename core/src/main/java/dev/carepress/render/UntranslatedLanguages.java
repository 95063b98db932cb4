package dev.carepress.render;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Says when the words around an article fall back to English: one warning per language Carepress
 * has no labels for, at its first use, naming the language — the same in every format, never
 * silent, never repeated per article.
 */
public final class UntranslatedLanguages {
  /**
   * Country codes often written where a language tag belongs, with the language meant: "vn" for
   * Vietnamese (vi), "jp" for Japanese (ja), "kr" (Kanuri) for Korean (ko), "cn" for Chinese. Only
   * codes that are no language of their own, or (kr) one a clinic is far less likely to mean.
   */
  private static final Map<String, String> COUNTRY_NOT_LANGUAGE = Map.ofEntries(
      Map.entry("vn", "Vietnamese, write language: vi"), Map.entry("jp", "Japanese, write language: ja"),
      Map.entry("kr", "Korean, write language: ko"), Map.entry("cn", "Chinese, write language: zh-Hans"),
      Map.entry("ua", "Ukrainian, write language: uk"), Map.entry("ir", "Persian, write language: fa"),
      Map.entry("il", "Hebrew, write language: he"), Map.entry("mm", "Burmese, write language: my"),
      Map.entry("ph", "Tagalog, write language: tl"), Map.entry("np", "Nepali, write language: ne"));

  private UntranslatedLanguages() {}

  /** Reports each language of the book (if any) and of the articles that has no labels, once, at its first use. */
  public static void warn(Optional<Book> book, List<Article> articles, Consumer<Problem> warnings) {
    Map<String, String> first = new LinkedHashMap<>();
    book.ifPresent(b -> first.put(b.metadata().language(),
        b.source().map(Object::toString).orElse(b.metadata().slug())));
    for (Article article : articles) {
      first.putIfAbsent(article.language(), article.source().map(Object::toString).orElse(article.slug()));
    }
    first.forEach((language, source) -> {
      if (!Labels.hasTranslation(language)) {
        warnings.accept(warning(language, source));
      }
    });
  }

  /** The warning for a language without labels (its furniture falls back to English), about the given source. */
  public static Problem warning(String languageTag, String source) {
    String name = Locale.forLanguageTag(languageTag).getDisplayName(Locale.ENGLISH);
    String named = name.isEmpty() || name.equals(languageTag) ? languageTag : name + " (" + languageTag + ")";
    String meant = COUNTRY_NOT_LANGUAGE.get(Locale.forLanguageTag(languageTag).getLanguage());
    return Problem.warning(Labels.UNTRANSLATED, source, 0, 0,
        "Carepress has no labels in " + named + ": the words around the article (\"Key points\", "
            + "\"Contents\", review dates) are in English",
        (meant == null ? "" : "if you meant " + meant + "; else ")
            + "give your own with labels.KEY=TEXT settings (carepress formats --labels lists the keys), or use one of "
            + String.join(", ", Labels.translatedLanguages()));
  }
}
