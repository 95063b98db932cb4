package dev.carepress.batch.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Moves each article's page of a site into the output folder as soon as both are true: the article
 * rendered in every other format of the run, and the site's render has written the page. A run
 * killed part way then keeps the pages it finished, as it keeps the handouts; the site's index,
 * category pages, stylesheet and images still come at the end. A page moved early that the run
 * later takes out of the site (its article failed there) is removed again with the site's staging
 * batch ({@link Staging.Batch#drop}). Thread-safe: pages are written on the site's thread, articles
 * finish on the others.
 */
final class EarlyPages {
  private final Map<String, String> pageOwners = new HashMap<>();
  private final Map<String, String> pages = new HashMap<>();
  private final Map<String, Staging.Batch> written = new HashMap<>();
  private final Set<String> done = new HashSet<>();
  private final ProblemLog log;
  private final boolean onlyChanged;
  private final Consumer<String> inPlace;

  /**
   * The pages of these articles of a site whose pages have this extension; with {@code
   * onlyChanged} (an incremental run) a page that is in the output folder with the same bytes is
   * left staged.
   */
  EarlyPages(List<Entry> entries, String extension, ProblemLog log, boolean onlyChanged) {
    this(entries, extension, log, onlyChanged, name -> { });
  }

  /**
   * As above, and told of each article, by name, once its page is in place (or left staged, the
   * same bytes being there), called under this object's lock.
   */
  EarlyPages(List<Entry> entries, String extension, ProblemLog log, boolean onlyChanged, Consumer<String> inPlace) {
    for (Entry entry : entries) {
      String page = entry.article().slug() + "." + extension;
      pageOwners.put(page, entry.name());
      pages.put(entry.name(), page);
    }
    this.log = log;
    this.onlyChanged = onlyChanged;
    this.inPlace = inPlace;
  }

  /** No site: nothing to move early. */
  static EarlyPages none(ProblemLog log) {
    return new EarlyPages(List.of(), "", log, false);
  }

  /** The article rendered in every other format and its files are in place. */
  synchronized void articleDone(String name) {
    done.add(name);
    String page = pages.get(name);
    Staging.Batch files = page == null ? null : written.get(page);
    if (files != null) {
      move(files, page, name);
    }
  }

  /** The site's render wrote this file (complete) into this staging batch. */
  synchronized void fileWritten(Staging.Batch files, String file) {
    String owner = pageOwners.get(file);
    if (owner == null) {
      return; // not an article's page: it waits for the end of the run
    }
    written.put(file, files);
    if (done.contains(owner)) {
      move(files, file, owner);
    }
  }

  private void move(Staging.Batch files, String page, String owner) {
    if (log.hasErrors(owner)) {
      return;
    }
    try {
      files.commitFile(page, onlyChanged); // or left staged: the same bytes are in place
      inPlace.accept(owner);
    } catch (IOException e) {
      // left staged: the end of the run moves it with the rest of the site, or reports the failure
    }
  }
}
