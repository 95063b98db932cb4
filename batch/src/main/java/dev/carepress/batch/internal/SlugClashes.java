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

  /** The entries whose slug no other entry has; an error for each of the others. */
  static List<Entry> unique(List<Entry> entries, Path out, ProblemLog log) {
    Map<String, List<Entry>> bySlug = new HashMap<>();
    entries.forEach(e -> bySlug.computeIfAbsent(e.article().slug(), s -> new ArrayList<>()).add(e));
    List<Entry> unique = new ArrayList<>();
    for (Entry entry : entries) {
      List<Entry> same = bySlug.get(entry.article().slug());
      if (same.size() == 1) {
        unique.add(entry);
        continue;
      }
      List<String> others = new ArrayList<>();
      same.stream().filter(e -> e != entry).forEach(e -> others.add(e.name()));
      log.add(entry.name(), ProblemLog.READ, Problem.error("duplicate-slug", entry.name(), 0, 0,
          "the slug '" + entry.article().slug() + "' is also the slug of " + String.join(", ", others)
              + "; both would be written to " + out.resolve(entry.article().slug()) + ".*",
          "give one of them another slug in its front matter (slug: ...)"));
    }
    return unique;
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
