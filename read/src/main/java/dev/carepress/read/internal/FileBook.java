package dev.carepress.read.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.StreamedBook;
import dev.carepress.read.ArticleReader;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A book read from its {@code book.yaml} whose articles are read from their files on every
 * iteration, a few ahead on as many threads as there are processors, in order whatever order the
 * threads finish in. Until one iteration has read every article without an error, an iteration
 * reads them all and then throws one {@link ContentException} with every problem (warnings too), as
 * reading the whole book at once would; once one has, an article that fails (its file changed or
 * vanished) ends the iteration at once with its own problems. The articles' warnings go to the
 * consumer once, when the first iteration without errors ends. Two articles with one slug are an
 * error of the book file, at the line listing the second.
 */
final class FileBook implements StreamedBook {
  /** Fewer articles than this are read on the iterating thread. */
  private static final int MIN_PARALLEL = 4;
  private static final AtomicInteger POOLS = new AtomicInteger();

  /** One article file: its path as problems name it, and the line and column of the book file that list it. */
  record Listed(Path file, int line, int column) {}

  private final BookMetadata metadata;
  private final Path bookFile;
  private final List<Listed> files;
  private final ArticleReader reader;
  private final boolean strict;
  private final Consumer<Problem> warnings;
  private final AtomicBoolean validated = new AtomicBoolean();

  FileBook(BookMetadata metadata, Path bookFile, List<Listed> files, ArticleReader reader, boolean strict,
      Consumer<Problem> warnings) {
    this.metadata = metadata;
    this.bookFile = bookFile;
    this.files = List.copyOf(files);
    this.reader = reader;
    this.strict = strict;
    this.warnings = warnings;
  }

  @Override
  public BookMetadata metadata() {
    return metadata;
  }

  @Override
  public Optional<Path> source() {
    return Optional.of(bookFile);
  }

  @Override
  public int size() {
    return files.size();
  }

  @Override
  public Iterable<Article> articles() {
    return Reading::new;
  }

  /** How many articles one iteration reads ahead of the one it gives out, at most. */
  static int ahead() {
    return 4 * Runtime.getRuntime().availableProcessors();
  }

  /** One iteration: the reads ahead, and what it found so far. */
  private final class Reading implements Iterator<Article> {
    private final boolean checkAll = !validated.get();
    private final ThreadPoolExecutor pool;
    private final Deque<Future<ReadResult<Article>>> reads = new ArrayDeque<>();
    private final Map<String, Path> slugs = new HashMap<>();
    private final List<Problem> bookProblems = new ArrayList<>();
    private final List<Problem> articleProblems = new ArrayList<>();
    private int submitted;
    private int index;
    private Article next;
    private boolean done;

    Reading() {
      int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
      pool = threads < 2 || files.size() < MIN_PARALLEL ? null : daemons(threads);
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        advance();
      }
      return next != null;
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Article article = next;
      next = null;
      return article;
    }

    private void advance() {
      while (index < files.size()) {
        Listed listed = files.get(index);
        ReadResult<Article> read = take();
        if (checkAll) {
          articleProblems.addAll(read.problems());
        }
        if (read.value().isEmpty()) {
          failNowUnlessCheckingAll(read.problems());
          continue;
        }
        Article article = read.value().get();
        Path other = slugs.putIfAbsent(article.slug(), listed.file());
        if (other != null) {
          Problem clash = Problem.error("duplicate-slug", bookFile.toString(), listed.line(), listed.column(),
              "two articles have the slug '" + article.slug() + "': " + other + " and " + listed.file(),
              "give one of them another 'slug:' in its front matter");
          bookProblems.add(clash);
          failNowUnlessCheckingAll(List.of(clash));
          continue;
        }
        next = article;
        return;
      }
      finish();
    }

    private void failNowUnlessCheckingAll(List<Problem> problems) {
      if (!checkAll) {
        stop();
        throw new ContentException(problems);
      }
    }

    private void finish() {
      stop();
      List<Problem> all = new ArrayList<>(bookProblems);
      all.addAll(articleProblems);
      if (all.stream().anyMatch(Problem::isError)) {
        throw new ContentException(all);
      }
      if (checkAll && !validated.getAndSet(true)) {
        articleProblems.forEach(warnings);
      }
    }

    private void stop() {
      done = true;
      if (pool != null) {
        reads.forEach(f -> f.cancel(true));
        pool.shutdownNow();
      }
    }

    /** The result of reading the article at {@link #index}, which then moves on. */
    private ReadResult<Article> take() {
      Path file = files.get(index++).file();
      if (pool == null) {
        submitted++;
        return read(file);
      }
      while (submitted < files.size() && submitted < index + ahead()) {
        Path ahead = files.get(submitted++).file();
        reads.add(pool.submit(() -> read(ahead)));
      }
      try {
        return reads.removeFirst().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
        throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while reading " + file));
      } catch (ExecutionException e) {
        stop();
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw new UncheckedIOException(new IOException(cause));
      }
    }

    private ReadResult<Article> read(Path file) {
      try {
        ReadResult<Article> read = reader.parse(file);
        return strict ? read.strict() : read;
      } catch (IOException e) { // vanished or unreadable since the book was read
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return ReadResult.failure(List.of(Problem.error("unreadable", file.toString(), 0, 0,
            "cannot read the article: " + reason, "check that it exists and can be read")));
      }
    }
  }

  /** Daemon threads that end when idle, so an iteration given up part way leaves none behind. */
  private static ThreadPoolExecutor daemons(int threads) {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), task -> {
          Thread thread = new Thread(task, "carepress-book-" + pool + "-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
