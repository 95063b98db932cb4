package dev.carepress.batch.internal;

import dev.carepress.batch.BatchListener;
import dev.carepress.batch.BatchPlan;
import dev.carepress.model.Article;
import dev.carepress.render.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run without a site and without a book, streamed: each article is rendered in its formats as
 * soon as it is read, its files are moved into the output folder and it is let go, while {@link
 * ReadAhead} reads at most a window ahead; so the run's memory does not grow with its articles.
 * What it keeps of each article is its name, its slug and the names of its files. Two articles with
 * one slug are both errors, as in a run that reads everything first ({@link SlugClashes}): the
 * second is not rendered, and the first, if its files were already moved into place, has them taken
 * out again at the end, with the problems its renders found (it was never rendered, as far as the
 * run's result goes).
 */
final class StreamedRenders {
  /**
   * What was rendered: the files moved into the output folder and the number of articles they are
   * of; by article name, in the order they went into place, the files of each and (if asked) its facts.
   */
  record Result(List<Path> written, int rendered, Map<String, List<String>> files, Map<String, ArticleFacts> facts) {}

  // an article read, as the slug check needs it
  private record Slugged(int index, String name, String slug) {}

  private final BatchPlan plan;
  private final Map<String, Renderer> made;
  private final Staging staging;
  private final Tasks tasks;
  private final ProblemLog log;
  private final BatchListener listener;
  private final Attempts attempts;
  private final ShardMembers members;
  private final ReadAhead reads;
  private final List<String> ids;
  // guarded by this: the slugs seen, the articles whose slug another has too, and the files moved into place
  private final Map<String, Slugged> slugs = new HashMap<>();
  private final List<Slugged> clashing = new ArrayList<>();
  private final Set<String> clashed = new HashSet<>();
  private final Map<String, List<String>> committed = new LinkedHashMap<>();
  private final Map<String, ArticleFacts> facts = new HashMap<>();
  private final boolean keepFacts;

  StreamedRenders(BatchPlan plan, Map<String, Renderer> made, Staging staging, Tasks tasks, ProblemLog log,
      BatchListener listener, ReadAhead reads) {
    this(plan, made, staging, tasks, log, listener, reads, false);
  }

  /** As above; with {@code keepFacts}, the result has the {@link ArticleFacts} of each article in place. */
  StreamedRenders(BatchPlan plan, Map<String, Renderer> made, Staging staging, Tasks tasks, ProblemLog log,
      BatchListener listener, ReadAhead reads, boolean keepFacts) {
    this.keepFacts = keepFacts;
    this.plan = plan;
    this.made = made;
    this.staging = staging;
    this.tasks = tasks;
    this.log = log;
    this.listener = listener;
    this.reads = reads;
    this.attempts = new Attempts(log, plan.out());
    this.members = new ShardMembers(plan);
    this.ids = plan.formatIds();
  }

  /**
   * Renders every article of the shard as it is read (one step an article and format, the steps of
   * one that is not rendered counted done at once), and waits for them.
   */
  Result render(List<Path> files) {
    long mine = files.stream().filter(f -> members.contains(f.toString())).count();
    listener.started(BatchListener.Phase.RENDERING, (int) (mine * ids.size()));
    reads.stream(this::take);
    return settle();
  }

  // On a worker thread: the read article is rendered, or let go at once.
  private void take(ReadAhead.Read read) {
    String name = read.file().toString();
    log.addAll(name, ProblemLog.READ, read.result().problems());
    boolean member = members.contains(name);
    if (read.result().value().isEmpty() || !registered(read, name) || !member) {
      if (member) {
        for (int i = 0; i < ids.size(); i++) {
          listener.stepDone();
        }
      }
      reads.release();
      return;
    }
    Article article = read.result().value().get();
    Renders.Job job;
    try {
      job = new Renders.Job(new Entry(name, article), staging.batch(), new AtomicInteger(ids.size()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (String id : ids) {
      Renderer renderer = made.get(id);
      int step = ids.indexOf(id) + 1;
      tasks.submit(() -> {
        try {
          Renders.renderArticle(attempts, log, job, renderer, step);
          listener.stepDone();
        } catch (RuntimeException | Error e) {
          reads.fail(e);
        } finally {
          if (job.pending().decrementAndGet() == 0) {
            finish(job);
          }
        }
        return null;
      });
    }
  }

  // Whether the article's slug is its own so far; if not, neither it nor the one before is rendered.
  private synchronized boolean registered(ReadAhead.Read read, String name) {
    Slugged slugged = new Slugged(read.index(), name, read.result().value().get().slug());
    Slugged first = slugs.putIfAbsent(slugged.slug(), slugged);
    if (first == null) {
      return true;
    }
    if (clashed.add(first.name())) {
      clashing.add(first);
    }
    clashed.add(name);
    clashing.add(slugged);
    return false;
  }

  // On the worker thread that did the article's last render: its files go into place, unless it
  // failed or its slug was found to be another's on the way.
  private void finish(Renders.Job job) {
    try {
      String name = job.entry().name();
      synchronized (this) {
        if (!clashed.contains(name) && !log.hasErrors(name)) {
          job.files().commit();
          committed.put(name, job.files().files());
          if (keepFacts) {
            facts.put(name, ArticleFacts.of(job.entry().article()));
          }
        }
      }
    } catch (IOException e) {
      String name = job.entry().name();
      log.add(name, ProblemLog.READ, attempts.writeProblem(name, "", e), e);
    } catch (RuntimeException | Error e) {
      reads.fail(e);
    } finally {
      reads.release();
    }
  }

  // After the last article: the slug errors (in input order, as a run that reads first finds them).
  private synchronized Result settle() {
    clashing.sort((a, b) -> Integer.compare(a.index(), b.index()));
    List<SlugClashes.Named> named = new ArrayList<>();
    clashing.forEach(s -> named.add(new SlugClashes.Named(s.name(), s.slug())));
    SlugClashes.clashing(named, plan.out(), log);
    for (Slugged s : clashing) {
      log.forgetAfter(s.name(), ProblemLog.READ);
      List<String> files = committed.remove(s.name());
      facts.remove(s.name());
      if (files != null) {
        withdraw(files, s.name());
      }
    }
    List<Path> written = new ArrayList<>();
    committed.values().forEach(files -> files.forEach(f -> written.add(plan.out().resolve(f))));
    return new Result(written, committed.size(), Map.copyOf(committed), Map.copyOf(facts));
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
