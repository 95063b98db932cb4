package dev.carepress.batch.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which of the site's files a shard writes: the page of each of its own articles, and, in shard 1,
 * every file that is not an article's page (the index, the category pages, the stylesheet, the
 * images).
 */
final class ShardFiles {
  private ShardFiles() {}

  /**
   * The site files of the shard, by path relative to the output folder.
   *
   * @param entries every article of the site
   * @param extension the extension of the site's pages, e.g. {@code html}
   */
  static Predicate<String> filter(ShardMembers shard, List<Entry> entries, String extension) {
    if (shard.shard().isAll()) {
      return file -> true;
    }
    Map<String, String> pages = new HashMap<>();
    entries.forEach(e -> pages.put(e.article().slug() + "." + extension, e.name()));
    return file -> {
      String owner = pages.get(file);
      return owner == null ? shard.shard().holdsShared() : shard.contains(owner);
    };
  }
}
