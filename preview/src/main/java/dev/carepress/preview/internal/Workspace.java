package dev.carepress.preview.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.ArticleReaders;
import dev.carepress.read.BookReader;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * What the folder holds as the preview last read it: each article file's latest read and its last
 * version that read without errors, and the book. Only the builder thread uses it (after the first
 * load, which reads in parallel); a change re-reads only the files it names.
 */
final class Workspace {
  /** One article file: its latest read, and the last article it gave without errors. */
  record FileState(Path file, ReadResult<Article> read, Optional<Article> lastGood) {}

  /** The book as last read: its metadata and articles (empty until it read once), and its problems. */
  record BookState(Optional<Book> book, List<Problem> problems) {
    static final BookState NONE = new BookState(Optional.empty(), List.of());
  }

  private final SourceFiles sources;
  private final Optional<Path> bookFile;
  private final CachedResources resources;
  private final Map<Path, FileState> files = new TreeMap<>();
  private BookState book = BookState.NONE;
  private ReadResult<Book> lastBookRead;

  Workspace(SourceFiles sources, Optional<Path> bookFile, CachedResources resources) {
    this.sources = sources;
    this.bookFile = bookFile.map(b -> b.toAbsolutePath().normalize());
    this.resources = resources;
  }

  SourceFiles sources() {
    return sources;
  }

  /** Every article file, in path order. */
  List<FileState> files() {
    return List.copyOf(files.values());
  }

  BookState book() {
    return book;
  }

  Optional<Path> bookFile() {
    return bookFile;
  }

  /**
   * Reads the book and every article file, several at a time. The book's reader reads its articles
   * anyway: when it read them all without errors, they are taken as they are, not read twice.
   */
  void loadAll(ExecutorService pool) throws IOException {
    files.clear();
    book = readBook();
    Map<Path, FileState> fromBook = fromBook();
    Map<Path, Future<FileState>> reading = new TreeMap<>();
    for (Path file : sources.articlesUnder(sources.root())) {
      if (fromBook.containsKey(file)) {
        files.put(file, fromBook.get(file));
      } else {
        reading.put(file, pool.submit(() -> read(file, Optional.empty())));
      }
    }
    for (Map.Entry<Path, Future<FileState>> e : reading.entrySet()) {
      try {
        files.put(e.getKey(), e.getValue().get());
      } catch (java.util.concurrent.ExecutionException ex) {
        files.put(e.getKey(), failed(e.getKey(), ex.getCause()));
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading the folder", ex);
      }
    }
  }

  /**
   * Takes in a batch of changed paths (files or folders, created, modified or deleted).
   *
   * @return the article, book and image files whose change matters, and whether an image changed
   */
  Changes apply(Set<Path> changed) throws IOException {
    Set<Path> touched = new LinkedHashSet<>();
    boolean images = false;
    for (Path raw : changed) {
      Path path = raw.toAbsolutePath().normalize();
      if (resources.forget(path)) {
        images = true;
        touched.add(path);
      }
      if (bookFile.isPresent() && path.equals(bookFile.get())) {
        BookState before = book;
        book = readBook();
        if (!book.equals(before)) {
          touched.add(path);
        }
      } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        for (Path file : sources.articlesUnder(path)) {
          update(file, touched);
        }
        removeGoneUnder(path, touched);
      } else if (ArticleReaders.isArticleFile(path) || files.containsKey(path)) {
        update(path, touched);
      } else {
        removeGoneUnder(path, touched); // a folder deleted or renamed
      }
    }
    return new Changes(List.copyOf(touched), images);
  }

  /** What a batch of changes did. */
  record Changes(List<Path> files, boolean images) {
    boolean any() {
      return !files.isEmpty() || images;
    }
  }

  /** Forgets what was read and reads everything again (the watcher missed events). */
  Changes reloadAll(ExecutorService pool) throws IOException {
    resources.clear();
    Map<Path, FileState> before = new TreeMap<>(files);
    loadAll(pool);
    Set<Path> touched = new LinkedHashSet<>();
    before.keySet().forEach(p -> {
      if (!files.containsKey(p)) {
        touched.add(p);
      }
    });
    files.forEach((p, state) -> {
      if (!before.containsKey(p) || !sameRead(before.get(p).read(), state.read())) {
        touched.add(p);
      }
    });
    return new Changes(List.copyOf(touched), true);
  }

  private void update(Path file, Set<Path> touched) {
    FileState before = files.get(file);
    if (!sources.isArticle(file)) {
      if (before != null) {
        files.remove(file);
        touched.add(file);
      }
      return;
    }
    FileState now = read(file, Optional.ofNullable(before).flatMap(FileState::lastGood));
    files.put(file, now);
    if (before == null || !sameRead(before.read(), now.read())) {
      touched.add(file);
    }
  }

  private void removeGoneUnder(Path path, Set<Path> touched) {
    List<Path> gone = new ArrayList<>();
    for (Path file : files.keySet()) {
      if (file.startsWith(path) && !sources.isArticle(file)) {
        gone.add(file);
      }
    }
    gone.forEach(files::remove);
    touched.addAll(gone);
  }

  private static boolean sameRead(ReadResult<Article> a, ReadResult<Article> b) {
    return a.value().equals(b.value()) && a.problems().equals(b.problems());
  }

  private static FileState read(Path file, Optional<Article> lastGood) {
    ReadResult<Article> result;
    try {
      result = ArticleReaders.parse(file);
    } catch (IOException | RuntimeException e) {
      return new FileState(file, failed(file, e).read(), lastGood);
    }
    return new FileState(file, result, result.value().or(() -> lastGood));
  }

  private static FileState failed(Path file, Throwable e) {
    String why = e instanceof IOException
        ? "it could not be read (" + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()) + ")"
        : "the reader failed on it (" + e + ")";
    Problem problem = Problem.error("read-failed", file.toString(), 0, 0, "the article was not read: " + why,
        e instanceof IOException ? "check that the file exists and can be read" : "please report this with the file");
    return new FileState(file, ReadResult.failure(List.of(problem)), Optional.empty());
  }

  // The book's articles as its reader read them, each with its own problems (warnings only: the book read).
  private Map<Path, FileState> fromBook() {
    Map<Path, FileState> out = new TreeMap<>();
    ReadResult<Book> read = lastBookRead;
    if (read == null || read.value().isEmpty()) {
      return out;
    }
    for (Article article : read.value().get().articles()) {
      if (article.source().isEmpty()) {
        continue;
      }
      Path file = article.source().get().toAbsolutePath().normalize();
      String source = article.source().get().toString();
      List<Problem> own = read.problems().stream().filter(p -> p.source().equals(source)).toList();
      out.put(file, new FileState(file, ReadResult.of(article, own), Optional.of(article)));
    }
    return out;
  }

  private BookState readBook() {
    lastBookRead = null;
    if (bookFile.isEmpty() || !Files.isRegularFile(bookFile.get())) {
      return BookState.NONE;
    }
    Path file = bookFile.get();
    String source = file.toString();
    try {
      ReadResult<Book> result = BookReader.create().parse(file);
      lastBookRead = result;
      List<Problem> own = result.problems().stream().filter(p -> p.source().equals(source)).toList();
      if (result.hasErrors() && own.stream().noneMatch(Problem::isError)) {
        own = new ArrayList<>(own);
        own.add(0, Problem.error("book-articles", source, 0, 0,
            "the book is shown as it was last read: one of its articles has errors",
            "fix the articles marked on their pages"));
      }
      return new BookState(result.value().or(() -> book.book()), own);
    } catch (IOException | RuntimeException e) {
      return new BookState(book.book(), List.of(Problem.error("read-failed", source, 0, 0,
          "the book was not read: " + e.getMessage(), "check that the file exists and can be read")));
    }
  }
}
