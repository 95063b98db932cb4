package dev.carepress.render.epub.internal;

import dev.carepress.model.Article;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file name of each article in the container: {@code text/<slug>.xhtml} when the slug is plain
 * lower-case ASCII, else {@code text/article-<n>.xhtml}. Names stay ASCII and unique after case
 * folding, as OCF asks.
 */
final class ChapterFiles {
  private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,100}");

  private ChapterFiles() {}

  /** Each article's slug with its path relative to the package document, in reading order. */
  static Map<String, String> of(List<Article> articles) {
    Map<String, String> files = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    int n = 0;
    for (Article article : articles) {
      n++;
      String slug = article.slug();
      String name = PLAIN.matcher(slug).matches() ? slug : "article-" + n;
      while (!taken.add(name.toLowerCase(Locale.ROOT))) {
        name = "article-" + n + "-" + taken.size();
      }
      files.put(slug, "text/" + name + ".xhtml");
    }
    return files;
  }
}
