package dev.carepress.batch.internal;

import dev.carepress.Problem;
import dev.carepress.model.Book;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files are named by slug, so two articles with one slug (or the book and one of its articles)
 * would overwrite each other: each of them is an error instead, and none of them is rendered.
 */
final class SlugClashes {
  private SlugClashes() {}

  /** An article by its name in the batch and its slug. */
  record Named(String name, String slug) {}

  /** The entries whose slug no other entry has; an error for each of the others. */
  static List<Entry> unique(List<Entry> entries, Path out, ProblemLog log) {
    List<Named> named = new ArrayList<>();
    entries.forEach(e -> named.add(new Named(e.name(), e.article().slug())));
    Set<String> clashing = clashing(named, out, log);
    return entries.stream().filter(e -> !clashing.contains(e.name())).toList();
  }

  /**
   * The names of the articles whose slug another has too, in order; an error for each of them
   * naming the others. A streamed run, which keeps only the names and slugs, gives only those.
   */
  static Set<String> clashing(List<Named> articles, Path out, ProblemLog log) {
    Map<String, List<Named>> bySlug = new HashMap<>();
    articles.forEach(a -> bySlug.computeIfAbsent(a.slug(), s -> new ArrayList<>()).add(a));
    Set<String> clashing = new java.util.LinkedHashSet<>();
    for (Named article : articles) {
      List<Named> same = bySlug.get(article.slug());
      if (same.size() == 1) {
        continue;
      }
      clashing.add(article.name());
      List<String> others = new ArrayList<>();
      same.stream().filter(a -> a != article).forEach(a -> others.add(a.name()));
      log.add(article.name(), ProblemLog.READ, Problem.error("duplicate-slug", article.name(), 0, 0,
          "the slug '" + article.slug() + "' is also the slug of " + String.join(", ", others)
              + "; both would be written to " + out.resolve(article.slug()) + ".*",
          "give one of them another slug in its front matter (slug: ...)"));
    }
    return clashing;
  }

  /**
   * Whether the book can be written under its slug: not when it is rendered in a format of its own
   * (not only as the site) and one of the articles has the same slug.
   */
  static boolean bookSlugIsFree(Book book, String bookName, Set<String> articleSlugs, boolean bookFormats, Path out,
      ProblemLog log) {
    String slug = book.metadata().slug();
    if (bookFormats && articleSlugs.contains(slug)) {
      log.add(bookName, ProblemLog.READ, Problem.error("duplicate-slug", bookName, 0, 0,
          "the book's slug '" + slug + "' is also the slug of one of its articles; both would be written to "
              + out.resolve(slug) + ".*",
          "give the book another slug in " + bookName + " (slug: ...)"));
      return false;
    }
    return true;
  }
}
