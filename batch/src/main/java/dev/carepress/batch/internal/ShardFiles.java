package dev.carepress.batch.internal;

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
    // by the names the site gives its pages: an article with the slug 'index' has 'index-2.html'
    Map<String, String> pages = SitePages.owners(entries, extension);
    return file -> {
      String owner = pages.get(file);
      return owner == null ? shard.shard().holdsShared() : shard.contains(owner);
    };
  }
}
