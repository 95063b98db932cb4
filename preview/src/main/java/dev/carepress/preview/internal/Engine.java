package dev.carepress.preview.internal;

import dev.carepress.Problem;
import dev.carepress.check.LiteracyChecks;
import dev.carepress.preview.PreviewEvent;
import dev.carepress.preview.internal.Snapshot.ArticleView;
import dev.carepress.preview.internal.Workspace.Changes;
import dev.carepress.render.Renderer;
import dev.carepress.render.Renderers;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The preview's builder: reads the folder, renders the site, publishes snapshots, and on its own
 * thread waits for changes and rebuilds what they touch. One thread does every rebuild, so builds
 * never overlap; the server's threads only read the published snapshot. Nothing an article does
 * stops it: a file that cannot be read is a problem shown in its page, and a failure inside a
 * rebuild is reported and leaves the last version served.
 */
public final class Engine implements AutoCloseable {
  private static final Duration HEARTBEAT = Duration.ofSeconds(10);
  private static final Duration CHECK_DELAY = Duration.ofMillis(500);

  /** What the engine is given. */
  public record Config(Path folder, Optional<Path> book, Optional<String> title, Renderers renderers,
      LiteracyChecks checks, Consumer<PreviewEvent> listener, int maxStreams, Duration quiet, Duration longest) {}

  private final Config config;
  private final SourceFiles sources;
  private final CachedResources resources;
  private final Workspace workspace;
  private final SiteRender siteRender;
  private final EventStreams streams;
  private final Downloads downloads;
  private final Reports reports;
  private final String instance = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
  private final Published published;
  private final Object publishing = new Object();
  private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "carepress-preview-check");
    t.setDaemon(true);
    return t;
  });
  private volatile Snapshot current;
  private FolderWatcher watcher;
  private Thread thread;
  private volatile boolean closed;

  /**
   * An engine for the folder; nothing is read yet.
   *
   * @throws IOException if the folder cannot be read
   * @throws dev.carepress.render.UnknownFormatException if no HTML renderer is on the class path
   */
  public Engine(Config config) throws IOException {
    this.config = config;
    this.sources = new SourceFiles(config.folder());
    this.resources = new CachedResources(sources.realRoot());
    this.workspace = new Workspace(sources, config.book(), resources);
    Renderer html = config.renderers().require("html");
    this.siteRender = new SiteRender(html, resources);
    this.current = Snapshot.empty(instance);
    this.streams = new EventStreams(config.maxStreams(), () -> current);
    this.downloads = new Downloads(config.renderers(), html.format().id(), resources);
    this.reports = new Reports(config.checks());
    this.published = new Published(sources, config.title());
  }

  /** What the server answers from: the snapshot published last. */
  public Router router() {
    return new Router(() -> current, streams, downloads, reports, sources);
  }

  /** Reads everything and publishes the first snapshot, then starts watching for changes. */
  public void start() throws IOException {
    watcher = new FolderWatcher(sources); // first, so no save made during the first build is missed
    long began = System.nanoTime();
    ExecutorService pool = readers();
    try {
      workspace.loadAll(pool);
    } finally {
      pool.shutdownNow();
    }
    publish(PreviewEvent.Kind.STARTED, List.of(), true, began);
    thread = new Thread(this::watch, "carepress-preview-watch");
    thread.setDaemon(true);
    thread.start();
  }

  /** The snapshot now served. */
  Snapshot current() {
    return current;
  }

  /** How many pages are open (have an event stream). */
  public int openPages() {
    return streams.size();
  }

  // Heartbeats go out every HEARTBEAT whether or not files change, so that the streams of closed
  // pages are found and dropped even while a writer saves all the time.
  private void watch() {
    long lastBeat = System.nanoTime();
    while (!closed) {
      try {
        Optional<FolderWatcher.Batch> batch = watcher.next(HEARTBEAT, config.quiet(), config.longest());
        if (System.nanoTime() - lastBeat >= HEARTBEAT.toNanos()) {
          streams.heartbeat();
          lastBeat = System.nanoTime();
        }
        if (batch.isEmpty()) {
          continue;
        }
        long began = System.nanoTime();
        Changes changes = batch.get().overflow() ? reloadAll() : workspace.apply(batch.get().paths());
        if (changes.any()) {
          publish(PreviewEvent.Kind.REBUILT, changes.files(), changes.images(), began);
        }
      } catch (ClosedWatchServiceException | InterruptedException e) {
        return;
      } catch (IOException | RuntimeException | StackOverflowError e) {
        if (!closed) {
          tell(new PreviewEvent(PreviewEvent.Kind.FAILED, List.of(), List.of(), 0, List.of(Problem.error(
              "preview-failed", sources.root().toString(), 0, 0, String.valueOf(e), "")), Duration.ZERO));
        }
      }
    }
  }

  private Changes reloadAll() throws IOException {
    ExecutorService pool = readers();
    try {
      return workspace.reloadAll(pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private void publish(PreviewEvent.Kind kind, List<Path> changed, boolean images, long began) {
    Snapshot before;
    Published.Outcome outcome;
    synchronized (publishing) {
      before = current;
      outcome = published.build(workspace, siteRender, images, before);
      current = outcome.snapshot();
      streams.published(outcome.snapshot());
    }
    outcome.check().ifPresent(this::checkLater);
    List<String> pages = kind == PreviewEvent.Kind.STARTED ? outcome.snapshot().pages()
        : outcome.snapshot().changedSince(before);
    List<Problem> problems = new ArrayList<>();
    Map<Path, Boolean> wanted = new LinkedHashMap<>();
    changed.forEach(p -> wanted.put(p.toAbsolutePath().normalize(), true));
    for (ArticleView view : outcome.snapshot().articles()) {
      if (kind == PreviewEvent.Kind.STARTED || wanted.containsKey(view.file())) {
        view.problems().forEach(p -> problems.add(shown(p)));
      }
    }
    outcome.snapshot().book().filter(b -> kind == PreviewEvent.Kind.STARTED
        || workspace.bookFile().map(wanted::containsKey).orElse(false))
        .ifPresent(b -> b.problems().forEach(p -> problems.add(shown(p))));
    outcome.failure().ifPresent(f -> problems.add(0, Problem.error("site-failed", sources.root().toString(), 0, 0,
        "the site could not be rendered, so the last version is still served: " + f, "")));
    List<String> files = changed.stream().map(sources::display).toList();
    tell(new PreviewEvent(outcome.failure().isPresent() ? PreviewEvent.Kind.FAILED : kind, files, pages,
        articles(outcome.snapshot()), problems, Duration.ofNanos(System.nanoTime() - began)));
  }

  // The whole site, rendered on another thread after a quick rebuild: if a page differs, it is corrected.
  // It waits a moment first, so that a writer saving again soon does not wait for a check made moot.
  private void checkLater(SiteInput input) {
    try {
      checker.schedule(() -> {
        if (closed || !published.isLatest(input)) {
          return; // a newer rebuild came: it is checked in turn
        }
        long began = System.nanoTime();
        SiteRender.Result whole = siteRender.render(input);
        Optional<Snapshot> corrected;
        Snapshot before;
        synchronized (publishing) {
          before = current;
          corrected = published.check(input, whole, before);
          corrected.ifPresent(s -> {
            current = s;
            streams.published(s);
          });
        }
        corrected.ifPresent(s -> tell(new PreviewEvent(PreviewEvent.Kind.REBUILT, List.of(), s.changedSince(before),
            articles(s), List.of(), Duration.ofNanos(System.nanoTime() - began))));
      }, CHECK_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // closing
    }
  }

  private static int articles(Snapshot snapshot) {
    return (int) snapshot.articles().stream().filter(ArticleView::inSite).count();
  }

  private Problem shown(Problem p) {
    return new Problem(p.severity(), p.code(), sources.shown(p.source()), p.line(), p.column(), p.message(), p.hint());
  }

  private void tell(PreviewEvent event) {
    try {
      config.listener().accept(event);
    } catch (RuntimeException e) {
      // a listener's failure is its own; the preview carries on
    }
  }

  private static ExecutorService readers() {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
      Thread t = new Thread(r, "carepress-preview-read-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Stops watching and ends every event stream; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (watcher != null) {
        watcher.close();
      }
    } catch (IOException e) {
      // closing: nothing to do about it
    }
    if (thread != null && thread != Thread.currentThread()) {
      thread.interrupt();
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    checker.shutdownNow();
    try {
      checker.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    streams.close();
    tell(new PreviewEvent(PreviewEvent.Kind.STOPPED, List.of(), List.of(), 0, List.of(), Duration.ZERO));
  }
}
