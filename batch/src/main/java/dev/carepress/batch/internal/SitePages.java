package dev.carepress.batch.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The file of each article's page in a site, named as render-html's {@code SitePlan} names them:
 * {@code <slug>.<extension>}, made unique after case folding in site order ({@code -2}, {@code -3}
 * …), never {@code index}. A streamed site ({@link StreamedSite}) writes only some articles' pages
 * in each render, so it must tell an article's page from the site's other files exactly.
 */
final class SitePages {
  private SitePages() {}

  /** Each page's owner (the input's name), by the page's file. */
  static Map<String, String> owners(List<Entry> entries, String extension) {
    Set<String> taken = new HashSet<>();
    taken.add("index");
    Map<String, String> owners = new HashMap<>();
    for (Entry entry : entries) {
      String slug = entry.article().slug();
      String name = slug;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = slug + "-" + n;
      }
      owners.put(name + "." + extension, entry.name());
    }
    return owners;
  }
}
