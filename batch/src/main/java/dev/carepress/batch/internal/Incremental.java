package dev.carepress.batch.internal;

import dev.carepress.model.Book;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The incremental part of a run: compares each input's fingerprint with the output folder's
 * {@link Manifest} to choose what to render, then records what was written and removes the files
 * of inputs that are gone (deleted articles, a changed slug, a category page no longer made).
 *
 * <p>An article is rendered again when its file or an image of it changed, or one of its files is
 * missing from the output folder; the site (every HTML page, the index and the category pages) when
 * any article in it, the set of articles or their order changed, and then only the site files whose
 * bytes differ are written; the book when its file, cover or any article of it changed. When the
 * run's fingerprint (Carepress and renderer versions, settings) changed, everything is rendered.
 * So an incremental run leaves exactly the files a full run into an empty folder would.
 */
final class Incremental {
  private final Path out;
  private final String run;
  private final Optional<Manifest> previous;
  private final Optional<Manifest> comparable;
  private final Map<String, Manifest.Entry> next = new LinkedHashMap<>();
  private final Map<String, String> fingerprints = new LinkedHashMap<>();

  private Incremental(Path out, String run) {
    this.out = out;
    this.run = run;
    this.previous = Manifest.load(out);
    this.comparable = previous.filter(m -> m.run().equals(run));
  }

  /** Starts an incremental run into {@code out}, whose settings and versions have this fingerprint. */
  static Incremental start(Path out, String runFingerprint) {
    return new Incremental(out, runFingerprint);
  }

  /**
   * What to render of these inputs.
   *
   * @param articleExtensions the extensions of the files an article writes itself (the site's not included)
   * @param site whether the run makes a site
   * @param bookExtensions the extensions of the book's files
   */
  Renders.Work plan(List<Entry> entries, List<String> articleExtensions, boolean site, Optional<Path> bookFile,
      Optional<Book> book, List<String> bookExtensions) {
    Set<String> skip = new HashSet<>();
    List<String> siteParts = new ArrayList<>();
    siteParts.add("site");
    for (Entry entry : entries) {
      String fingerprint = Fingerprints.article(entry.article());
      fingerprints.put(entry.name(), fingerprint);
      siteParts.add(entry.name() + " " + fingerprint);
      Set<String> expected = new HashSet<>();
      articleExtensions.forEach(ext -> expected.add(entry.article().slug() + "." + ext));
      if (comparable.isPresent() && comparable.get().upToDate(entry.name(), fingerprint, expected, out)) {
        skip.add(entry.name());
      }
    }
    boolean renderBook = false;
    if (book.isPresent() && bookFile.isPresent()) {
      String fingerprint = Fingerprints.book(bookFile.get(), book.get());
      fingerprints.put(Manifest.BOOK, fingerprint);
      siteParts.add("book " + fingerprint);
      Set<String> expected = new HashSet<>();
      bookExtensions.forEach(ext -> expected.add(book.get().metadata().slug() + "." + ext));
      renderBook = !bookExtensions.isEmpty()
          && !(comparable.isPresent() && comparable.get().upToDate(Manifest.BOOK, fingerprint, expected, out));
    }
    boolean renderSite = false;
    if (site) {
      String fingerprint = Fingerprints.of(siteParts);
      fingerprints.put(Manifest.SITE, fingerprint);
      renderSite = !(comparable.isPresent() && comparable.get().upToDate(Manifest.SITE, fingerprint, null, out));
    }
    return new Renders.Work(skip, renderSite, renderBook);
  }

  /** Records that an input is up to date: its entry is kept as it was. */
  void kept(String name) {
    comparable.map(m -> m.inputs().get(name)).ifPresent(e -> next.put(name, e));
  }

  /** Records the files an input wrote in this run. */
  void wrote(String name, List<String> files) {
    String fingerprint = fingerprints.get(name);
    if (fingerprint != null) {
      next.put(name, new Manifest.Entry(fingerprint, files));
    }
  }

  /**
   * Saves the new manifest and removes every file the previous one listed that no input wrote or
   * kept this time.
   *
   * @return the files removed, sorted
   */
  List<Path> finish() throws IOException {
    Manifest manifest = new Manifest(run, ordered());
    Set<String> keep = manifest.files();
    List<Path> removed = new ArrayList<>();
    if (previous.isPresent()) {
      for (String file : previous.get().files()) {
        Path target = out.resolve(file).normalize();
        if (!keep.contains(file) && target.startsWith(out.normalize()) && Files.deleteIfExists(target)) {
          removed.add(target);
        }
      }
    }
    manifest.save(out);
    removed.sort(Comparator.comparing(Path::toString));
    return removed;
  }

  // Input order, so that the same inputs always give the same manifest.
  private Map<String, Manifest.Entry> ordered() {
    Map<String, Manifest.Entry> ordered = new LinkedHashMap<>();
    fingerprints.keySet().stream().filter(next::containsKey).forEach(name -> ordered.put(name, next.get(name)));
    return ordered;
  }
}
