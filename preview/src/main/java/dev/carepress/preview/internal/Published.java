package dev.carepress.preview.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.preview.internal.Snapshot.ArticleView;
import dev.carepress.preview.internal.Snapshot.BookView;
import dev.carepress.preview.internal.Workspace.FileState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts snapshots together from what the workspace read. The site is rendered whole when its shape
 * changes (an article added, removed or renamed, the book, an image); when only articles' content
 * changed, it is rendered with {@link Stubs} for the others and only the edited pages, the index,
 * the category pages and the media are taken — then {@link #check} compares a whole render, made
 * in the background, and corrects any page that differs. An article the renderer fails on is left
 * out, and blamed, until it changes. Thread-safe: builds and checks take turns.
 */
final class Published {
  private final SourceFiles sources;
  private final Optional<String> title;
  private final Stubs stubs = new Stubs();
  private final Locations locations = new Locations();
  private final Map<Path, Blocked> blocked = new HashMap<>();
  private SiteInput lastInput;
  private Map<String, byte[]> site = Map.of();
  private Map<String, List<Problem>> warnings = Map.of();
  private List<FileState> states = List.of();
  private Optional<BookView> bookView = Optional.empty();
  private long generation;

  /** An article the renderer failed on, left out of the site until it changes. */
  private record Blocked(Article article, List<Problem> problems) {}

  /**
   * The snapshot made; why the site could not be rendered, if it could not; and the input whose
   * whole render should be checked against it, when pages were taken from a render with stand-ins.
   */
  record Outcome(Snapshot snapshot, Optional<String> failure, Optional<SiteInput> check) {}

  Published(SourceFiles sources, Optional<String> title) {
    this.sources = sources;
    this.title = title;
  }

  /**
   * The next snapshot.
   *
   * @param images whether an image the site uses changed (the site is rendered whole)
   */
  synchronized Outcome build(Workspace workspace, SiteRender render, boolean images, Snapshot before) {
    states = workspace.files();
    Map<Path, Article> good = new LinkedHashMap<>();
    for (FileState state : states) {
      state.lastGood().ifPresent(a -> good.put(state.file(), a));
    }
    blocked.entrySet().removeIf(e -> good.get(e.getKey()) != e.getValue().article());
    stubs.retain(good.keySet());
    Optional<Book> book = workspace.book().book();
    SiteInput input = SiteInput.of(good, blocked.keySet(), book, title);
    Optional<String> failure = Optional.empty();
    Optional<SiteInput> check = Optional.empty();
    if (lastInput != null && !images && sameShape(input, lastInput)) {
      Set<Path> edited = edited(input, lastInput);
      if (edited.isEmpty()) {
        lastInput = input; // the same site, from the articles just read (equal, but new objects)
      } else if (quick(render, input, edited)) {
        lastInput = input;
        check = Optional.of(input);
      } else {
        failure = whole(render, input, good, book);
      }
    } else {
      failure = whole(render, input, good, book);
    }
    bookView = bookView(workspace);
    return new Outcome(snapshot(before), failure, check);
  }

  /** Whether this input is the one the last snapshot shows (a check of an older one is moot). */
  synchronized boolean isLatest(SiteInput input) {
    return lastInput == input;
  }

  /**
   * Compares a whole render of the input with the site served; when they differ (the stand-ins
   * missed something), the whole render's files are published.
   *
   * @return the corrected snapshot, if there was anything to correct
   */
  synchronized Optional<Snapshot> check(SiteInput input, SiteRender.Result whole, Snapshot before) {
    if (lastInput != input || whole.files().isEmpty() || same(site, whole.files().get())) {
      return Optional.empty();
    }
    site = whole.files().get();
    warnings = whole.warnings();
    return Optional.of(snapshot(before));
  }

  // Renders with stand-ins for the articles not edited and takes the pages they cannot change.
  private boolean quick(SiteRender render, SiteInput input, Set<Path> edited) {
    List<Article> articles = new ArrayList<>();
    Set<String> articlePages = new HashSet<>();
    for (SiteInput.Entry entry : input.entries()) {
      articles.add(edited.contains(entry.file()) ? entry.article() : stubs.of(entry.file(), entry.article()));
      articlePages.add(entry.page());
    }
    Book book = input.book();
    SiteRender.Result result = render.render(input.withBook(new Book(book.metadata(), articles, book.source())));
    if (result.files().isEmpty()) {
      return false;
    }
    Map<String, byte[]> next = new TreeMap<>();
    site.forEach((path, bytes) -> {
      if (articlePages.contains(path)) {
        next.put(path, bytes); // an article's page: kept unless edited
      }
    });
    result.files().get().forEach((path, bytes) -> {
      if (!articlePages.contains(path)) {
        next.put(path, bytes); // index, category pages, stylesheet, media
      }
    });
    Map<String, List<Problem>> nextWarnings = new HashMap<>(warnings);
    for (SiteInput.Entry entry : input.entries()) {
      if (edited.contains(entry.file())) {
        next.put(entry.page(), result.files().get().get(entry.page()));
        String source = entry.file().toString();
        nextWarnings.remove(source);
        Optional.ofNullable(result.warnings().get(source)).ifPresent(w -> nextWarnings.put(source, w));
      }
    }
    site = next;
    warnings = nextWarnings;
    return true;
  }

  // Renders the whole site; an article it fails on is left out (and blamed) and the site rendered again.
  private Optional<String> whole(SiteRender render, SiteInput input, Map<Path, Article> good, Optional<Book> book) {
    SiteRender.Result result = render.render(input);
    if (result.files().isEmpty() && !result.blamed().isEmpty()) {
      result.blamed().forEach((file, problems) -> blocked.put(file, new Blocked(good.get(file), problems)));
      input = SiteInput.of(good, blocked.keySet(), book, title);
      result = render.render(input);
    }
    if (result.files().isEmpty()) {
      return result.failure();
    }
    site = result.files().get();
    warnings = result.warnings();
    lastInput = input;
    return Optional.empty();
  }

  private Snapshot snapshot(Snapshot before) {
    SiteInput shown = lastInput;
    List<ArticleView> views = shown == null ? List.of() : views(shown);
    return new Snapshot(before.instance(), ++generation, site, views, bookView, Optional.of(before));
  }

  // The same files, pages and slugs, in the same order, under the same book: only content may differ.
  private static boolean sameShape(SiteInput a, SiteInput b) {
    if (a.entries().size() != b.entries().size() || !a.book().metadata().equals(b.book().metadata())
        || !a.book().source().equals(b.book().source()) || !a.problems().keySet().equals(b.problems().keySet())) {
      return false;
    }
    for (int i = 0; i < a.entries().size(); i++) {
      SiteInput.Entry x = a.entries().get(i);
      SiteInput.Entry y = b.entries().get(i);
      if (!x.file().equals(y.file()) || !x.page().equals(y.page()) || !x.article().slug().equals(y.article().slug())
          || !x.article().source().equals(y.article().source())) {
        return false;
      }
    }
    return true;
  }

  private static Set<Path> edited(SiteInput now, SiteInput before) {
    Set<Path> edited = new HashSet<>();
    for (int i = 0; i < now.entries().size(); i++) {
      if (!now.entries().get(i).article().equals(before.entries().get(i).article())) {
        edited.add(now.entries().get(i).file());
      }
    }
    return edited;
  }

  private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, byte[]> e : a.entrySet()) {
      if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private List<ArticleView> views(SiteInput input) {
    Map<Path, SiteInput.Entry> entries = new HashMap<>();
    input.entries().forEach(e -> entries.put(e.file(), e));
    Set<String> taken = new HashSet<>(site.keySet());
    List<ArticleView> views = new ArrayList<>();
    for (FileState state : states) {
      Path file = state.file();
      SiteInput.Entry entry = entries.get(file);
      boolean inSite = entry != null && state.lastGood().isPresent() && entry.article().equals(state.lastGood().get());
      List<Problem> problems = new ArrayList<>(state.read().problems());
      problems.addAll(input.problems().getOrDefault(file, List.of()));
      if (blocked.containsKey(file)) {
        problems.addAll(blocked.get(file).problems());
      }
      if (inSite) {
        problems.addAll(warnings.getOrDefault(file.toString(), List.of()));
      }
      Optional<String> page;
      if (inSite) {
        page = Optional.of(entry.page());
      } else {
        String slug = state.lastGood().map(Article::slug).orElse(SourceFiles.defaultSlug(file));
        page = taken.add(slug + ".html") ? Optional.of(slug + ".html") : Optional.empty();
      }
      List<Problem> located = locations.of(file, state.read(), problems.stream().distinct().toList());
      views.add(new ArticleView(file, sources.display(file), inSite ? Optional.of(entry.article()) : state.lastGood(),
          page, inSite, inSite && state.read().hasErrors(), located));
    }
    return views;
  }

  private Optional<BookView> bookView(Workspace workspace) {
    if (workspace.bookFile().isEmpty()) {
      return Optional.empty();
    }
    Path file = workspace.bookFile().get();
    Map<Path, Article> now = new HashMap<>();
    states.forEach(s -> s.lastGood().ifPresent(a -> now.put(s.file(), a)));
    Optional<Book> book = workspace.book().book().map(b -> new Book(b.metadata(), b.articles().stream()
        .map(a -> a.source().map(p -> now.get(p.toAbsolutePath().normalize())).filter(x -> x != null).orElse(a))
        .toList(), b.source()));
    String name = book.map(b -> b.metadata().slug()).orElse(SourceFiles.defaultSlug(file));
    return Optional.of(new BookView(book, name, locations.of(file, workspace.book(), workspace.book().problems())));
  }
}
