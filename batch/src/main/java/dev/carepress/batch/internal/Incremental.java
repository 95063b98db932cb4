package dev.carepress.batch.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The incremental part of a run: compares each input's fingerprint with the output folder's
 * {@link Manifest} to choose what to render, then records what was written and removes the files
 * of inputs that are gone (deleted articles, a changed slug, a category page no longer made).
 *
 * <p>An article is rendered again when its file or an image of it changed, or one of its files is
 * missing from the output folder. The site has a fingerprint of its own, of what every page but an
 * article's own content depends on (the order of the articles, their slugs, categories, languages
 * and images, the book): when it is unchanged, only the pages of the changed articles, the index,
 * the category pages, the stylesheet and the images are rendered (from the unchanged articles'
 * {@link ArticleFacts}, without reading them), and only the files whose bytes differ are written
 * (when, besides, every changed article has the facts it had, the index, the category pages, the
 * stylesheet and the images are left as they are, not rendered: only the changed pages are); when
 * it changed, or some page might be named otherwise than {@code <slug>.<extension>}, the whole
 * site is rendered from every article, read. The book is rendered when its file, cover or any
 * article of it changed. When the run's fingerprint (Carepress and renderer versions, settings,
 * reader) changed, everything is rendered. So an incremental run leaves exactly the files a full
 * run into an empty folder would.
 *
 * <p>A run that did not finish left a {@link ManifestJournal}, read over the manifest: the articles
 * it put in place are up to date (those whose site page it did not get to have that page rendered),
 * and the index and category pages are rendered again, since they may not show its articles' facts.
 */
final class Incremental {
  /** What to render, and which stand-ins must be read first (their real article is needed). */
  record Plan(Renders.Work work, Set<String> toRead) {}

  private final Path out;
  private final String run;
  private final Optional<Manifest> previous;
  private final Optional<Manifest> comparable;
  private final Map<String, Manifest.Entry> next = new LinkedHashMap<>();
  private final Map<String, String> fingerprints = new LinkedHashMap<>();
  private final Map<String, ArticleFacts> facts = new LinkedHashMap<>();
  private final ManifestJournal journal;
  private boolean partialSite;

  private Incremental(Path out, String run, Optional<Manifest> previous) {
    this.out = out;
    this.run = run;
    this.previous = previous;
    this.comparable = previous.filter(m -> m.run().equals(run));
    this.journal = new ManifestJournal(out, run, previous);
  }

  /** Starts an incremental run into {@code out}, whose settings and versions have this fingerprint. */
  static Incremental start(Path out, String runFingerprint) {
    return new Incremental(out, runFingerprint, Manifest.load(out));
  }

  /** Starts an incremental run whose output folder's manifest was already loaded. */
  static Incremental start(Path out, String runFingerprint, Manifest previous) {
    return new Incremental(out, runFingerprint, Optional.of(previous));
  }

  /**
   * What to render of these inputs.
   *
   * @param standIns the inputs found unchanged and not read, by name
   * @param unchanged what was found of them
   * @param articleExtensions the extensions of the files an article writes itself (the site's not included)
   * @param siteExtension the extension of the site's pages, when the run makes a site
   * @param bookExtensions the extensions of the book's files
   */
  Plan plan(List<Entry> entries, Set<String> standIns, Optional<UnchangedInputs> unchanged,
      List<String> articleExtensions, Optional<String> siteExtension, Optional<Path> bookFile, Optional<Book> book,
      List<String> bookExtensions) {
    fingerprints.clear();
    facts.clear();
    Set<String> skip = new LinkedHashSet<>();
    Set<String> toRead = new LinkedHashSet<>();
    List<String> siteParts = new ArrayList<>();
    siteParts.add("site");
    for (Entry entry : entries) {
      UnchangedInputs.Known known = standIns.contains(entry.name())
          ? unchanged.flatMap(u -> u.known(entry.name())).orElseThrow() : known(entry.article());
      fingerprints.put(entry.name(), known.fingerprint());
      facts.put(entry.name(), known.facts());
      siteParts.add(String.join("\u0000", entry.name(), known.facts().slug(), known.facts().category().orElse("\u0001"),
          known.facts().language(), known.images()));
      Set<String> expected = new HashSet<>();
      articleExtensions.forEach(ext -> expected.add(entry.article().slug() + "." + ext));
      // a stand-in's files were found in place moments ago (UnchangedInputs#standIn): not looked for again
      boolean standIn = standIns.contains(entry.name());
      if (comparable.isPresent() && (standIn ? comparable.get().records(entry.name(), known.fingerprint(), expected)
          : comparable.get().upToDate(entry.name(), known.fingerprint(), expected, out))) {
        skip.add(entry.name());
      } else if (standIn) {
        toRead.add(entry.name());
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
    Set<String> unrendered = Set.of();
    Optional<Set<String>> only = Optional.empty();
    partialSite = false;
    if (siteExtension.isPresent()) {
      String fingerprint = Fingerprints.of(siteParts);
      fingerprints.put(Manifest.SITE, fingerprint);
      boolean sameSite = comparable.isPresent() && comparable.get().upToDate(Manifest.SITE, fingerprint, null, out);
      // an unfinished run put these articles' files in place, not their pages: the pages are rendered
      Set<String> pageless = new HashSet<>(skip);
      pageless.retainAll(comparable.flatMap(Manifest::unfinished).map(ManifestJournal.Unfinished::pageless)
          .orElse(Set.of()));
      boolean allSkipped = skip.size() == entries.size() && pageless.isEmpty();
      if (sameSite && !allSkipped && pagesNamedBySlug(entries)) {
        renderSite = true;
        partialSite = true;
        unrendered = pages(entries, name -> skip.contains(name) && !pageless.contains(name), siteExtension.get());
        pageless.stream().filter(standIns::contains).forEach(toRead::add);
        if (sameFacts(entries, skip)) { // nor did any listed fact: the index and category pages are as they were
          only = Optional.of(pages(entries, name -> !skip.contains(name), siteExtension.get()));
        }
      } else if (!sameSite || !allSkipped) {
        renderSite = true;
        toRead.addAll(standIns); // every page is rendered: from the real articles
      }
    }
    return new Plan(new Renders.Work(skip, renderSite, renderBook, unrendered, only), toRead);
  }

  /** The site is rendered whole after all (every page from its article, read): see {@link #wrote}. */
  void wholeSite() {
    partialSite = false;
  }

  private static UnchangedInputs.Known known(Article article) {
    ArticleFacts facts = ArticleFacts.of(article);
    String images = Fingerprints.images(Fingerprints.folderOf(article.source()), facts.images());
    Optional<Path> source = article.source().filter(Files::isRegularFile);
    String fingerprint = source.isPresent() ? Fingerprints.input(source.get(), images) : Fingerprints.article(article);
    return new UnchangedInputs.Known(fingerprint, images, facts);
  }

  // Whether every page of the site is surely <slug>.html: no two slugs the same but for case, none
  // that a category page or the index could take (render-html's SitePlan adds -2 ... to those).
  private static boolean pagesNamedBySlug(List<Entry> entries) {
    Set<String> seen = new HashSet<>();
    for (Entry entry : entries) {
      String slug = entry.article().slug().toLowerCase(Locale.ROOT);
      if (!seen.add(slug) || slug.equals("index") || slug.startsWith("category-")) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> pages(List<Entry> entries, java.util.function.Predicate<String> named, String extension) {
    Set<String> pages = new HashSet<>();
    entries.stream().filter(e -> named.test(e.name())).forEach(e -> pages.add(e.article().slug() + "." + extension));
    return pages;
  }

  // Whether every article rendered again has the facts the manifest records for it: then the site's
  // index and category pages, stylesheet and images, made only of the facts and the site's
  // fingerprint, are the files already in place.
  private boolean sameFacts(List<Entry> entries, Set<String> skip) {
    if (comparable.isPresent() && comparable.get().unfinished().isPresent()) {
      return false; // the pages in place may be older than the facts of articles an unfinished run did
    }
    for (Entry entry : entries) {
      if (!skip.contains(entry.name())) {
        Optional<ArticleFacts> before = comparable.map(m -> m.inputs().get(entry.name())).flatMap(Manifest.Entry::facts);
        if (!before.equals(Optional.ofNullable(facts.get(entry.name())))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Records that an input is up to date: its files are kept as they were, its facts as found now. */
  void kept(String name) {
    comparable.map(m -> m.inputs().get(name)).ifPresent(e ->
        next.put(name, new Manifest.Entry(e.fingerprint(), e.files(), Optional.ofNullable(facts.get(name)))));
  }

  /**
   * Records in the journal, at once, that an article rendered in this run has its own files in
   * place, so that a run killed after this does not render them again. Called on worker threads,
   * once planning is done.
   */
  void finished(String name, List<String> files) {
    entry(name, files).ifPresent(e -> journal.add(name, e));
  }

  /** Records in the journal that an article's site page is in place (after its own files, if it has any). */
  void pageInPlace(String name) {
    entry(name, List.of()).ifPresent(e -> journal.page(name, e));
  }

  private Optional<Manifest.Entry> entry(String name, List<String> files) {
    String fingerprint = fingerprints.get(name);
    return fingerprint == null ? Optional.empty()
        : Optional.of(new Manifest.Entry(fingerprint, files, Optional.ofNullable(facts.get(name))));
  }

  /** Records in the journal that an article recorded as finished was taken out again. */
  void withdrawn(String name) {
    journal.forget(name);
  }

  /**
   * Records the files an input wrote in this run; of a site rendered in part, every file of the
   * site as before (the same pages, category pages and images: its fingerprint did not change).
   */
  void wrote(String name, List<String> files) {
    String fingerprint = fingerprints.get(name);
    if (fingerprint == null) {
      return;
    }
    List<String> all = files;
    if (name.equals(Manifest.SITE) && partialSite) {
      all = comparable.map(m -> m.inputs().get(name).files()).orElse(files);
    }
    next.put(name, new Manifest.Entry(fingerprint, all, Optional.ofNullable(facts.get(name))));
  }

  /**
   * Saves the new manifest and removes every file the previous one listed that no input wrote or
   * kept this time.
   *
   * @return the files removed, sorted
   */
  List<Path> finish() throws IOException {
    Manifest manifest = new Manifest(run, ordered());
    if (previous.isPresent() && previous.get().sameAs(manifest)) {
      journal.delete();
      return List.of(); // nothing changed: every file listed is kept, and the manifest need not be written
    }
    Set<String> keep = manifest.files();
    List<Path> removed = new ArrayList<>();
    if (previous.isPresent()) {
      for (String file : previous.get().everyFile()) {
        Path target = out.resolve(file).normalize();
        if (!keep.contains(file) && target.startsWith(out.normalize()) && Files.deleteIfExists(target)) {
          removed.add(target);
        }
      }
    }
    manifest.save(out, previous);
    journal.delete();
    removed.sort(PathOrder.BY_TEXT);
    return removed;
  }

  // Input order, so that the same inputs always give the same manifest.
  private Map<String, Manifest.Entry> ordered() {
    Map<String, Manifest.Entry> ordered = new LinkedHashMap<>();
    fingerprints.keySet().stream().filter(next::containsKey).forEach(name -> ordered.put(name, next.get(name)));
    return ordered;
  }
}
