package dev.carepress.batch.internal;

import dev.carepress.Problem;
import dev.carepress.batch.BatchListener;
import dev.carepress.batch.BatchPlan;
import dev.carepress.batch.InputReader;
import dev.carepress.model.Article;
import dev.carepress.read.ReadResult;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A run with a site and too many articles to hold every model at once ({@link #streams}), in two
 * passes over the files. The first reads every article and keeps only its {@link ArticleFacts}
 * (all the site's other pages need of it); the second reads the articles again a chunk at a time,
 * renders each chunk's articles in their other formats, and renders the site with the chunk's
 * articles real and every other one a stand-in, keeping only the chunk's pages (and, with the last
 * chunk, the index, the category pages, the stylesheet and the images). So at most two chunks of
 * models are held (one rendering, the next read), and the files are those of a run that reads
 * everything first. An article that leaves the site part way (it failed in another format, or its
 * file changed between the passes) has the pages of the chunks before rendered again without it (a
 * third read of those articles). One per run.
 */
final class StreamedSite {
  /** The system property that sets from how many article files a site is streamed (0: always; {@link #streams}). */
  static final String FROM_PROPERTY = "carepress.streamSiteFrom";
  /** The system property that sets how many articles a chunk holds ({@link #chunk}). */
  static final String CHUNK_PROPERTY = "carepress.siteChunk";
  /** The fewest articles a chunk holds, unless the property says otherwise. */
  static final int CHUNK = 128;

  /**
   * What was rendered: the files moved into the output folder and the number of articles they are
   * of; the articles of the site as stand-ins, in input order; the files of each article in place,
   * by name; the site's files, if they went into place.
   */
  record Result(List<Path> written, int rendered, List<Entry> entries, Map<String, List<String>> files,
      Optional<List<String>> siteFiles) {}

  // what the first pass keeps of an article: its facts and the problems its reading found
  private record Known(ArticleFacts facts, Optional<Path> source, List<Problem> problems) {}

  // an article's files, as the end of the run needs them (not its model)
  private record Done(String name, Staging.Batch files, AtomicBoolean committed) {}

  // a read of the second pass
  private record Pending(Entry entry, Future<ReadResult<Article>> read) {}

  private final BatchPlan plan;
  private final InputReader reader;
  private final Map<String, Renderer> made;
  private final String siteFormat;
  private final Staging staging;
  private final Tasks tasks;
  private final ProblemLog log;
  private final BatchListener listener;
  private final Attempts attempts;
  private final ShardMembers members;
  private final String extension;
  private final CachedResources resources = new CachedResources(RenderContext.defaults().resources());
  private final Map<String, Known> known = new HashMap<>();
  private final List<Done> done = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> left = new HashSet<>(); // the articles out of the site
  private final List<Entry> inSite = new ArrayList<>(); // stand-ins of the articles in the site
  private final List<Staging.Batch> siteFiles = new ArrayList<>(); // by chunk; null when none
  private Map<String, String> owners = Map.of(); // the articles' pages in the site: their owners by file
  private EarlyPages early;
  private boolean siteFailed;
  private List<Entry> entries = List.of();

  StreamedSite(BatchPlan plan, InputReader reader, Map<String, Renderer> made, String siteFormat, Staging staging,
      Tasks tasks, ProblemLog log, BatchListener listener) {
    this.plan = plan;
    this.reader = reader;
    this.made = made;
    this.siteFormat = siteFormat;
    this.staging = staging;
    this.tasks = tasks;
    this.log = log;
    this.listener = listener;
    this.attempts = new Attempts(log, plan.out());
    this.members = new ShardMembers(plan);
    this.extension = made.get(siteFormat).format().extension();
  }

  /**
   * Whether a run with a site and this many article files streams it: when their models would not
   * fit the {@link HeapBudget}, or from the number the property gives. At 10,000 articles the
   * streamed site took 30-33 s of CPU instead of 18 s to HTML (benchmarks/README.md).
   */
  static boolean streams(int files) {
    return files >= HeapBudget.articles(FROM_PROPERTY);
  }

  /**
   * How many articles a chunk holds: small, so that its models die young (chunks of 256 and 512
   * articles let a 10,000-article run's old generation fill with them, 450 MB of RSS; 128 kept it
   * at 270 MB), but at least an 80th of the run, as each chunk's site render costs a little for
   * every article of the site.
   */
  static int chunk(int articles) {
    return Math.max(1, HeapBudget.property(CHUNK_PROPERTY, Math.max(CHUNK, articles / 80)));
  }

  /** Renders the run, the first pass reading through {@code ahead}, and puts its files in place. */
  Result render(List<Path> files, ReadAhead ahead) {
    List<Entry> entries = firstPass(files.size(), ahead);
    this.entries = entries;
    int chunk = chunk(entries.size());
    boolean site = entries.size() >= 2; // as Renders.makesSite without a book
    List<String> ids = plan.formatIds();
    List<String> formats = ids.stream().filter(id -> !(site && id.equals(siteFormat))).toList();
    long mine = entries.stream().filter(e -> members.contains(e.name())).count();
    listener.started(BatchListener.Phase.RENDERING, (int) (mine * formats.size() + (site ? 1 : 0)));
    early = site ? new EarlyPages(entries, extension, log, false) : EarlyPages.none(log);
    inSite.addAll(entries);
    owners = SitePages.owners(inSite, extension);
    List<List<Entry>> chunks = new ArrayList<>();
    for (int from = 0; from < entries.size(); from += chunk) {
      chunks.add(entries.subList(from, Math.min(entries.size(), from + chunk)));
      siteFiles.add(null);
    }
    int stale = chunks.isEmpty() ? 0 : pass(chunks, chunks.size(), true, formats, site);
    while (stale > 0) { // pages of chunks before link to an article that left the site
      int again = pass(chunks, stale, false, formats, site);
      stale = again == 0 ? 0 : chunks.size(); // another left on the way (its file changed again): all again
    }
    if (site) {
      listener.stepDone();
    }
    return finish();
  }

  // Reads every article and keeps its facts; the stand-ins of the articles whose slug is their own.
  private List<Entry> firstPass(int count, ReadAhead ahead) {
    Entry[] read = new Entry[count];
    Known[] facts = new Known[count];
    ahead.stream(r -> {
      String name = r.file().toString();
      log.addAll(name, ProblemLog.READ, r.result().problems());
      r.result().value().ifPresent(article -> {
        facts[r.index()] = new Known(ArticleFacts.of(article), article.source(), r.result().problems());
        read[r.index()] = new Entry(name, facts[r.index()].facts().standIn(article.source()));
      });
      listener.stepDone();
      ahead.release();
    });
    List<Entry> standIns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (read[i] != null) {
        standIns.add(read[i]);
        known.put(read[i].name(), facts[i]);
      }
    }
    return SlugClashes.unique(standIns, plan.out(), log);
  }

  /**
   * Renders chunks {@code [0, upTo)}, in the article formats too the first time, and the site;
   * returns how many chunks from the first were rendered with an article that left the site since.
   */
  private int pass(List<List<Entry>> chunks, int upTo, boolean first, List<String> formats, boolean site) {
    int stale = 0;
    List<Pending> next = read(chunks.get(0));
    for (int k = 0; k < upTo; k++) {
      Map<String, Article> real = verified(next);
      Map<String, String> before = owners;
      List<Entry> current = chunks.get(k);
      boolean gone = leave(current);
      List<Future<?>> renders = first ? renderFormats(real, formats) : List.of();
      boolean last = k == chunks.size() - 1;
      Optional<Chunk> rendering = site && (last || !real.isEmpty()) // (a shard may have none in a chunk)
          ? Optional.of(siteChunk(real, last, k)) : Optional.empty();
      next = k + 1 < upTo ? read(chunks.get(k + 1)) : List.of();
      renders.forEach(Tasks::join);
      rendering.ifPresent(this::settle);
      gone |= leave(current);
      if (gone) {
        // the chunks before linked to it; this one too if another page's name changed with it
        boolean namesKept = owners.entrySet().stream().allMatch(e -> e.getValue().equals(before.get(e.getKey())));
        stale = Math.max(stale, namesKept ? k : k + 1);
      }
    }
    // an article of another chunk could only have been blamed by the site's render: a full check, once
    if (leave(inSite)) {
      stale = upTo;
    }
    return stale;
  }

  // Takes out of the site those of these articles that have an error now; whether any.
  private boolean leave(List<Entry> entries) {
    List<Entry> failed = entries.stream().filter(e -> !left.contains(e.name()) && log.hasErrors(e.name())).toList();
    failed.forEach(e -> left.add(e.name()));
    if (failed.isEmpty() || !inSite.removeAll(failed)) {
      return false;
    }
    owners = SitePages.owners(inSite, extension);
    return true;
  }

  // Starts reading the chunk's articles of the shard that are still in the site.
  private List<Pending> read(List<Entry> entries) {
    List<Pending> reads = new ArrayList<>();
    for (Entry entry : entries) {
      if (members.contains(entry.name()) && !left.contains(entry.name())) {
        Path file = Path.of(entry.name());
        reads.add(new Pending(entry, tasks.submit(() -> Reads.article(reader, file))));
      }
    }
    return reads;
  }

  // The articles read again, each as the first pass read it; an error for one that changed since.
  private Map<String, Article> verified(List<Pending> reads) {
    Map<String, Article> real = new LinkedHashMap<>();
    for (Pending pending : reads) {
      String name = pending.entry().name();
      ReadResult<Article> result = Tasks.join(pending.read());
      Known first = known.get(name);
      Optional<Article> article = result.value().filter(a -> result.problems().equals(first.problems())
          && a.source().equals(first.source()) && ArticleFacts.of(a).equals(first.facts()));
      if (article.isPresent()) {
        real.put(name, article.get());
      } else {
        log.add(name, ProblemLog.READ, Problem.error("input-changed", name, 0, 0,
            "the file changed while the batch was rendering it: a batch this large reads each article twice (once"
                + " for the site's links and index, once to render it), and the two reads differ; it is left out",
            "run the batch again once nothing is writing to " + name));
      }
    }
    return real;
  }

  // Renders each article in the formats: it goes into place once all are done (unless it failed).
  private List<Future<?>> renderFormats(Map<String, Article> real, List<String> formats) {
    List<Future<?>> renders = new ArrayList<>();
    List<String> ids = plan.formatIds();
    real.forEach((name, article) -> {
      Renders.Job job;
      try {
        job = new Renders.Job(new Entry(name, article), staging.batch(), new AtomicInteger(formats.size()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Done finished = new Done(name, job.files(), new AtomicBoolean());
      done.add(finished);
      if (formats.isEmpty()) {
        early.articleDone(name); // only the site's page: it goes into place once written
      }
      for (String id : formats) {
        Renderer renderer = made.get(id);
        int step = ids.indexOf(id) + 1;
        renders.add(tasks.submit(() -> {
          Renders.renderArticle(attempts, log, job, renderer, step);
          if (job.pending().decrementAndGet() == 0) {
            commitEarly(finished);
            early.articleDone(name);
          }
          listener.stepDone();
          return null;
        }));
      }
    });
    return renders;
  }

  // On the worker thread that finished the article's last render: its files go into place now.
  private void commitEarly(Done finished) {
    if (log.hasErrors(finished.name())) {
      return;
    }
    try {
      finished.files().commit();
      finished.committed().set(true);
    } catch (IOException e) {
      log.add(finished.name(), ProblemLog.READ, attempts.writeProblem(finished.name(), "", e), e);
    }
  }

  // one chunk's site render under way
  private record Chunk(int index, SiteRender render, List<Entry> entries, Future<SiteRender.Result> first) {}

  // Starts the site's render with the chunk's articles real, keeping only their pages (and with the
  // last chunk, the site's other files).
  private Chunk siteChunk(Map<String, Article> real, boolean last, int index) {
    Staging.Batch before = siteFiles.get(index);
    if (before != null) {
      before.drop();
      siteFiles.set(index, null);
    }
    List<Entry> entries = new ArrayList<>(inSite.size());
    for (Entry entry : inSite) {
      Article article = real.get(entry.name());
      entries.add(article == null ? entry : new Entry(entry.name(), article));
    }
    Renderer renderer = made.get(siteFormat);
    Map<String, String> owners = this.owners; // as inSite's, whose slugs the entries have
    boolean shared = last && plan.shard().holdsShared();
    Predicate<String> keep = file -> {
      String owner = owners.get(file);
      // (an article that failed is out: should the site be rendered again without it, and another
      // page take its file's name, that page is not written here; it makes this chunk stale)
      return owner == null ? shared : real.containsKey(owner) && !log.hasErrors(owner);
    };
    SiteRender render = new SiteRender(renderer, Optional.empty(), plan.siteTitle(), staging, log, plan.out(),
        listener, keep, early::fileWritten, tasks.executor(), resources);
    List<Entry> inChunk = List.copyOf(entries);
    return new Chunk(index, render, inChunk, tasks.submit(() -> render.render(inChunk)));
  }

  // The chunk's render settled (again without an article that failed); a site that failed for no
  // article it can name is no site at all, as in a run that reads everything first.
  private void settle(Chunk chunk) {
    SiteRender.Result result = chunk.render().settle(chunk.entries(), Tasks.join(chunk.first()));
    siteFiles.set(chunk.index(), result.files().orElse(null));
    if (result.failure().isPresent() && result.files().isEmpty()) {
      siteFailed = true;
    }
  }

  // The end of the run: each article's files stay only if all its formats rendered and it is in
  // the site; then the site's files go into place.
  private Result finish() {
    List<Path> written = new ArrayList<>();
    Map<String, List<String>> articleFiles = new HashMap<>();
    int rendered = 0;
    for (Done finished : done) {
      String name = finished.name();
      if (log.hasErrors(name)) {
        if (finished.committed().get()) {
          withdraw(finished.files().files(), name);
        }
        continue;
      }
      if (finished.committed().get() || commit(finished.files(), name)) {
        finished.files().files().forEach(f -> written.add(plan.out().resolve(f)));
        articleFiles.put(name, finished.files().files());
        rendered++;
      }
    }
    List<String> site = new ArrayList<>();
    boolean siteInPlace = !siteFailed && siteFiles.stream().anyMatch(java.util.Objects::nonNull);
    for (Staging.Batch files : siteFiles) {
      if (files == null) {
        continue;
      }
      if (siteFailed) {
        files.drop();
      } else if (commit(files, plan.out().toString())) {
        files.files().forEach(f -> written.add(plan.out().resolve(f)));
        site.addAll(files.files());
      } else {
        siteInPlace = false;
      }
    }
    written.sort(PathOrder.BY_TEXT);
    return new Result(written, rendered, List.copyOf(entries), Map.copyOf(articleFiles),
        siteInPlace ? Optional.of(List.copyOf(site)) : Optional.empty());
  }

  private boolean commit(Staging.Batch files, String group) {
    try {
      files.commit();
      return true;
    } catch (IOException e) {
      log.add(group, ProblemLog.READ, attempts.writeProblem(group, "", e), e);
      return false;
    }
  }

  private void withdraw(List<String> files, String group) {
    for (String file : files) {
      try {
        Files.deleteIfExists(plan.out().resolve(file));
      } catch (IOException e) {
        log.add(group, ProblemLog.READ, attempts.writeProblem(group, "", e), e);
      }
    }
  }
}
