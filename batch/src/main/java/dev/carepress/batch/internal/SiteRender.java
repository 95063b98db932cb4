package dev.carepress.batch.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.batch.BatchListener;
import dev.carepress.model.Article;
import dev.carepress.render.Labels;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Slugs;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.ResourceResolver;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The site of a batch (the HTML pages of every article, the index and the category pages), and its
 * retry: the site holds only articles that rendered in every format, so when an article fails
 * elsewhere, or the site fails because of one, it is rendered again without them. Thread-safe.
 */
final class SiteRender {
  /** The step of the site's problems: after every format of an article. */
  static final int STEP = 1000;

  /** The site as rendered: its files, or the problems and the exception that stopped it. */
  record Result(Optional<Staging.Batch> files, List<Problem> problems, Optional<Throwable> failure) {
    Result {
      problems = List.copyOf(problems);
    }

    static Result none() {
      return new Result(Optional.empty(), List.of(), Optional.empty());
    }
  }

  private final Renderer renderer;
  private final Optional<Book> book;
  private final Optional<String> title;
  private final Staging staging;
  private final ProblemLog log;
  private final Attempts attempts;
  private final Path out;
  private final BatchListener listener;
  private final Predicate<String> keep;
  private final BiConsumer<Staging.Batch, String> written;
  private final Executor pages;
  private final ResourceResolver resources;

  /**
   * A site render; only the files {@code keep} accepts (by path relative to the output folder) are
   * written, and {@code written} hears of each one when it is complete (on the rendering thread);
   * the renderer may render the site's pages on {@code pages}.
   */
  SiteRender(Renderer renderer, Optional<Book> book, Optional<String> title, Staging staging, ProblemLog log,
      Path out, BatchListener listener, Predicate<String> keep, BiConsumer<Staging.Batch, String> written,
      Executor pages) {
    this(renderer, book, title, staging, log, out, listener, keep, written, pages,
        RenderContext.defaults().resources());
  }

  /** A site render as above that finds the articles' images with {@code resources}. */
  SiteRender(Renderer renderer, Optional<Book> book, Optional<String> title, Staging staging, ProblemLog log,
      Path out, BatchListener listener, Predicate<String> keep, BiConsumer<Staging.Batch, String> written,
      Executor pages, ResourceResolver resources) {
    this.resources = resources;
    this.pages = pages;
    this.keep = keep;
    this.written = written;
    this.renderer = renderer;
    this.book = book;
    this.title = title;
    this.staging = staging;
    this.log = log;
    this.attempts = new Attempts(log, out);
    this.out = out;
    this.listener = listener;
  }

  /** Renders the site of these articles into a staging batch of its own. */
  Result render(List<Entry> entries) {
    Map<String, String> groups = groupsBySource(entries);
    Consumer<Problem> warnings = p -> log.add(groups.getOrDefault(p.source(), out.toString()), STEP, p);
    Staging.Batch files;
    try {
      files = staging.batch();
    } catch (IOException e) {
      log.add(out.toString(), STEP, attempts.writeProblem(out.toString(), renderer.format().id(), e), e);
      return Result.none();
    }
    try {
      renderer.renderSite(siteBook(entries), told(files),
          RenderContext.defaults().withResources(resources).withWarnings(warnings), pages);
      return new Result(Optional.of(files), List.of(), Optional.empty());
    } catch (ContentException e) {
      files.drop();
      return new Result(Optional.empty(), e.problems(), Optional.of(e));
    } catch (IOException | RuntimeException e) {
      files.drop();
      return new Result(Optional.empty(), List.of(), Optional.of(e));
    }
  }

  /**
   * The site of every article that rendered in all its formats, starting from its first render of
   * {@code entries}. When it failed, or when an article in it failed elsewhere, it is rendered
   * again without those articles; when it failed for no article it can name, each article's page
   * is rendered alone to find the culprit.
   */
  Result settle(List<Entry> entries, Result first) {
    List<Entry> inSite = new ArrayList<>(entries);
    Result result = first;
    while (true) {
      boolean blamed = blame(result.problems(), groupsBySource(inSite));
      if (result.failure().isPresent() && !blamed) {
        blamed = probePages(inSite);
      }
      if (result.failure().isPresent() && !blamed) {
        Throwable failure = result.failure().get();
        Problem problem = result.problems().stream().findFirst()
            .orElse(Problem.error("render-failed", out.toString(), 0, 0,
                "the HTML site could not be rendered: " + Attempts.message(failure), Attempts.hintFor(failure)));
        log.add(out.toString(), STEP, problem, failure);
        return result;
      }
      List<Entry> remaining = new ArrayList<>();
      inSite.stream().filter(e -> !log.hasErrors(e.name())).forEach(remaining::add);
      if (remaining.size() == inSite.size() && result.failure().isEmpty()) {
        return result;
      }
      result.files().ifPresent(Staging.Batch::drop);
      inSite = remaining;
      if (inSite.isEmpty()) {
        return Result.none();
      }
      listener.added(1);
      result = render(inSite);
      listener.stepDone();
    }
  }

  // Logs each problem under the article it names; whether any did.
  private boolean blame(List<Problem> problems, Map<String, String> groups) {
    boolean blamed = false;
    for (Problem problem : problems) {
      String group = groups.get(problem.source());
      if (group != null) {
        log.add(group, STEP, problem);
        blamed = true;
      }
    }
    return blamed;
  }

  private boolean probePages(List<Entry> entries) {
    boolean blamed = false;
    for (Entry entry : entries) {
      int before = log.problems(entry.name()).size();
      attempts.attempt(entry.name(), STEP, renderer.format().id(),
          () -> renderer.render(entry.article(), OutputStream.nullOutputStream(), RenderContext.defaults()));
      blamed |= log.problems(entry.name()).size() > before && log.hasErrors(entry.name());
    }
    return blamed;
  }

  // The batch's sink, which tells of each file when the renderer closes it.
  private FileSink told(Staging.Batch files) {
    FileSink sink = files.sink(keep);
    return new FileSink() {
      @Override
      public boolean wants(String path) {
        return keep.test(path);
      }

      @Override
      public OutputStream open(String path) throws IOException {
        return told(sink.open(path), files, path);
      }
    };
  }

  private OutputStream told(OutputStream stream, Staging.Batch files, String path) {
    return new FilterOutputStream(stream) {
      private boolean closed;

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
      }

      @Override
      public void close() throws IOException {
        if (!closed) {
          closed = true;
          super.close();
          if (keep.test(path)) {
            written.accept(files, path);
          }
        }
      }
    };
  }

  /** The articles as the book the site renders: the batch's book, or one titled by the plan. */
  private Book siteBook(List<Entry> entries) {
    List<Article> articles = new ArrayList<>();
    entries.forEach(e -> articles.add(e.article()));
    BookMetadata metadata = book.map(Book::metadata).orElseGet(() -> {
      String language = articles.stream().map(Article::language).distinct().count() == 1
          ? articles.get(0).language() : "en";
      // untitled, the site is "Health articles" in its one language (its index page is in that language)
      String siteTitle = title.orElse(Labels.forLanguage(language).get("siteTitle"));
      String slug = Slugs.slugify(title.orElse("Health articles"));
      return new BookMetadata(siteTitle, Optional.empty(), slug, List.of(), Optional.empty(),
          language, Optional.empty(), Optional.empty());
    });
    return new Book(metadata, articles, book.flatMap(Book::source));
  }

  // Which input a problem of the site belongs to, by the source it names: the input's name, the
  // article's source file or its slug.
  private static Map<String, String> groupsBySource(List<Entry> entries) {
    Map<String, String> groups = new HashMap<>();
    for (Entry entry : entries) {
      groups.put(entry.name(), entry.name());
      entry.article().source().ifPresent(s -> groups.putIfAbsent(s.toString(), entry.name()));
      groups.putIfAbsent(entry.article().slug(), entry.name());
    }
    return groups;
  }
}
