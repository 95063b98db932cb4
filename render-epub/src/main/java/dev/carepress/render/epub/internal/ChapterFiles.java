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

  private final Map<String, String> files = new LinkedHashMap<>();
  private final Set<String> taken = new HashSet<>();

  /** Each article's slug with its path relative to the package document, in reading order. */
  static Map<String, String> of(List<Article> articles) {
    ChapterFiles files = new ChapterFiles();
    articles.forEach(a -> files.add(a.slug()));
    return files.files();
  }

  /** Names the next article's file (the slug not given before) and returns it. */
  String add(String slug) {
    int n = files.size() + 1;
    String name = PLAIN.matcher(slug).matches() ? slug : "article-" + n;
    while (!taken.add(name.toLowerCase(Locale.ROOT))) {
      name = "article-" + n + "-" + taken.size();
    }
    String file = "text/" + name + ".xhtml";
    files.put(slug, file);
    return file;
  }

  /** Whether an article with this slug was added. */
  boolean has(String slug) {
    return files.containsKey(slug);
  }

  /** The files named so far, by slug, in reading order. */
  Map<String, String> files() {
    return files;
  }
}
