package dev.carepress.preview.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.preview.internal.Snapshot.ArticleView;
import dev.carepress.preview.internal.Snapshot.BookView;
import dev.carepress.preview.internal.Workspace.FileState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a snapshot together from what the workspace read: renders the site when its input changed
 * (leaving out, and blaming, an article the renderer fails on), then gives every article file its
 * view — the page, the article shown and every problem — and the book its own. Only the engine's
 * thread uses it.
 */
final class Published {
  private final SourceFiles sources;
  private final Optional<String> title;
  private SiteInput lastInput;
  private Map<String, byte[]> site = Map.of();
  private Map<String, List<Problem>> warnings = Map.of();
  private final Map<Path, Blocked> blocked = new HashMap<>();
  private long generation;
  private final Locations locations = new Locations();

  /** An article the renderer failed on, left out of the site until it changes. */
  private record Blocked(Article article, List<Problem> problems) {}

  /** The snapshot made, and why the site could not be rendered, if it could not. */
  record Outcome(Snapshot snapshot, Optional<String> failure) {}

  Published(SourceFiles sources, Optional<String> title) {
    this.sources = sources;
    this.title = title;
  }

  /**
   * The next snapshot.
   *
   * @param images whether an image the site uses changed (the site is rendered again even when no
   *     article did)
   */
  Outcome build(Workspace workspace, SiteRender render, boolean images, Snapshot before) {
    Map<Path, Article> good = new LinkedHashMap<>();
    for (FileState state : workspace.files()) {
      state.lastGood().ifPresent(a -> good.put(state.file(), a));
    }
    blocked.entrySet().removeIf(e -> good.get(e.getKey()) != e.getValue().article());
    Optional<Book> book = workspace.book().book();
    SiteInput input = SiteInput.of(good, blocked.keySet(), book, title);
    Optional<String> failure = Optional.empty();
    if (lastInput == null || images || input.differsFrom(lastInput)) {
      SiteRender.Result result = render.render(input);
      if (result.files().isEmpty() && !result.blamed().isEmpty()) {
        result.blamed().forEach((file, problems) -> blocked.put(file, new Blocked(good.get(file), problems)));
        input = SiteInput.of(good, blocked.keySet(), book, title);
        result = render.render(input);
      }
      if (result.files().isPresent()) {
        site = result.files().get();
        warnings = result.warnings();
        lastInput = input;
      } else {
        failure = result.failure();
      }
    } else {
      lastInput = input; // the same site, from the articles just read (equal, but new objects)
    }
    SiteInput shown = lastInput == null ? input : lastInput;
    List<ArticleView> views = views(workspace, shown);
    Snapshot snapshot = new Snapshot(before.instance(), ++generation, site, views, bookView(workspace),
        Optional.of(before));
    return new Outcome(snapshot, failure);
  }

  private List<ArticleView> views(Workspace workspace, SiteInput input) {
    Map<Path, SiteInput.Entry> entries = new HashMap<>();
    input.entries().forEach(e -> entries.put(e.file(), e));
    Set<String> taken = new HashSet<>(site.keySet());
    List<ArticleView> views = new ArrayList<>();
    for (FileState state : workspace.files()) {
      Path file = state.file();
      SiteInput.Entry entry = entries.get(file);
      boolean inSite = entry != null && entry.article() == state.lastGood().orElse(null);
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
    workspace.files().forEach(s -> s.lastGood().ifPresent(a -> now.put(s.file(), a)));
    Optional<Book> book = workspace.book().book().map(b -> new Book(b.metadata(), b.articles().stream()
        .map(a -> a.source().map(p -> now.get(p.toAbsolutePath().normalize())).filter(x -> x != null).orElse(a))
        .toList(), b.source()));
    String name = book.map(b -> b.metadata().slug()).orElse(SourceFiles.defaultSlug(file));
    return Optional.of(new BookView(book, name, locations.of(file, workspace.book(), workspace.book().problems())));
  }
}
