package dev.carepress.render.html.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pages of a static site before any is written: a file per article ({@code <slug>.html}), a
 * page per category ({@code category-<name>.html}), and the articles without a category. Names
 * are unique after case folding ({@code -2}, {@code -3} … are added) and never {@code index}.
 */
final class SitePlan {
  static final String INDEX = "index.html";

  /** A category page and its articles, in book order. */
  record Category(String name, String file, List<Article> articles) {}

  private final Map<String, String> files;
  private final Map<String, Category> categories;
  private final List<Article> uncategorized;

  private SitePlan(Map<String, String> files, Map<String, Category> categories, List<Article> uncategorized) {
    this.files = files;
    this.categories = categories;
    this.uncategorized = uncategorized;
  }

  /** The plan of the book's site. */
  static SitePlan of(Book book) {
    Set<String> taken = new HashSet<>();
    taken.add("index");
    Map<String, String> files = new LinkedHashMap<>();
    for (Article article : book.articles()) {
      files.put(article.slug(), unique(article.slug(), taken) + ".html");
    }
    Map<String, Category> categories = new LinkedHashMap<>();
    List<Article> uncategorized = new ArrayList<>();
    for (Article article : book.articles()) {
      Optional<String> category = article.metadata().category().filter(c -> !c.isBlank());
      if (category.isEmpty()) {
        uncategorized.add(article);
        continue;
      }
      categories.computeIfAbsent(category.get(), name -> new Category(name,
          unique("category-" + Slugs.slugify(name), taken) + ".html", new ArrayList<>())).articles().add(article);
    }
    return new SitePlan(files, categories, uncategorized);
  }

  private static String unique(String base, Set<String> taken) {
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n;
    }
    return name;
  }

  /** The file of the article with this slug, if it is in the site. */
  Optional<String> file(String slug) {
    return Optional.ofNullable(files.get(slug));
  }

  /** The category pages, in the order their first article comes in the book. */
  List<Category> categories() {
    return List.copyOf(categories.values());
  }

  /** The page of a category, if the site has it. */
  Optional<Category> category(String name) {
    return Optional.ofNullable(categories.get(name));
  }

  /** The articles without a category, in book order. */
  List<Article> uncategorized() {
    return uncategorized;
  }
}
