package dev.carepress.preview.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One published state of the preview, immutable: the site's files, what each page shows, the
 * problems of every file, and a version per page that changes exactly when what the page shows
 * changes. The server answers every request from one snapshot; a rebuild makes a new one and swaps
 * it in whole, then tells open pages whose version changed to reload.
 */
final class Snapshot {
  /** An article file as the pages show it. */
  record ArticleView(Path file, String name, Optional<Article> article, Optional<String> page, boolean inSite,
      boolean stale, List<Problem> problems) {
    boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  /** The book, if there is one: its slug, its articles as now, and its own problems. */
  record BookView(Optional<Book> book, String name, List<Problem> problems) {}

  private final String instance;
  private final long generation;
  private final Map<String, byte[]> files;
  private final Map<String, ArticleView> byPage;
  private final Map<String, ArticleView> bySlug;
  private final List<ArticleView> all;
  private final Optional<BookView> book;
  private final Map<String, Object> shown = new HashMap<>();
  private final Map<String, String> versions = new HashMap<>();

  Snapshot(String instance, long generation, Map<String, byte[]> files, List<ArticleView> all,
      Optional<BookView> book, Optional<Snapshot> previous) {
    this.instance = instance;
    this.generation = generation;
    this.files = Map.copyOf(files);
    this.all = List.copyOf(all);
    this.book = book;
    Map<String, ArticleView> pages = new HashMap<>();
    Map<String, ArticleView> slugs = new HashMap<>();
    for (ArticleView view : all) {
      view.page().ifPresent(page -> pages.put(page, view));
      if (view.inSite()) {
        view.article().ifPresent(a -> slugs.put(a.slug(), view));
      }
    }
    this.byPage = Map.copyOf(pages);
    this.bySlug = Map.copyOf(slugs);
    assignVersions(previous);
  }

  /** A snapshot with nothing in it, before the first build. */
  static Snapshot empty(String instance) {
    return new Snapshot(instance, 0, Map.of(), List.of(), Optional.empty(), Optional.empty());
  }

  /** Which run of the server this is: versions of another run never match. */
  String instance() {
    return instance;
  }

  long generation() {
    return generation;
  }

  /** A site file (page, stylesheet, image), by its path in the site. */
  Optional<byte[]> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** The article file whose page (or error page) this is. */
  Optional<ArticleView> articleAt(String page) {
    return Optional.ofNullable(byPage.get(page));
  }

  /** The article of the site with this slug. */
  Optional<ArticleView> article(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  /** Every article file, in path order. */
  List<ArticleView> articles() {
    return all;
  }

  Optional<BookView> book() {
    return book;
  }

  /**
   * The version of what the path shows, or {@code "none"} when it shows nothing: a page reloads
   * when its version is no longer the one it was served with.
   */
  String version(String path) {
    return versions.getOrDefault(path, "none");
  }

  /** The site's pages, sorted. */
  List<String> pages() {
    return files.keySet().stream().filter(p -> p.endsWith(".html")).sorted().toList();
  }

  /** The paths whose version differs from the one they had in {@code before}, sorted. */
  List<String> changedSince(Snapshot before) {
    java.util.Set<String> paths = new java.util.TreeSet<>(versions.keySet());
    paths.addAll(before.versions.keySet());
    return paths.stream().filter(p -> !version(p).equals(before.version(p))).toList();
  }

  /** The paths of the report pages: {@code <slug>.check.html}. */
  static String reportPage(String slug) {
    return slug + ".check.html";
  }

  // A page keeps its version while its bytes and what is drawn over it stay the same.
  private void assignVersions(Optional<Snapshot> previous) {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (file.getKey().endsWith(".html")) {
        shown.put(file.getKey(), decoration(file.getKey()));
      }
    }
    for (ArticleView view : all) {
      view.page().filter(p -> !files.containsKey(p)).ifPresent(p -> shown.put(p, view.problems()));
      if (view.inSite()) {
        view.article().ifPresent(a -> shown.put(reportPage(a.slug()), new Object[] {a, view.problems()}));
      }
    }
    String fresh = instance + "." + generation;
    for (Map.Entry<String, Object> e : shown.entrySet()) {
      String path = e.getKey();
      boolean same = previous.isPresent()
          && previous.get().shown.containsKey(path)
          && Arrays.equals(files.get(path), previous.get().files.get(path))
          && Arrays.deepEquals(new Object[] {e.getValue()}, new Object[] {previous.get().shown.get(path)});
      versions.put(path, same ? previous.get().versions.get(path) : fresh);
    }
  }

  // What is drawn over a site page: its article's problems; the index lists every file's.
  private Object decoration(String page) {
    if (page.equals("index.html")) {
      return List.of(all.stream().filter(v -> !v.problems().isEmpty())
          .map(v -> List.of(v.name(), v.page().orElse(""), v.problems())).toList(),
          book.map(BookView::problems).orElse(List.of()), book.isPresent());
    }
    ArticleView view = byPage.get(page);
    return view == null ? List.of() : List.of(view.problems(), view.stale());
  }

  @Override
  public String toString() {
    return "Snapshot[" + generation + ", " + files.size() + " files, " + all.size() + " articles]";
  }
}
