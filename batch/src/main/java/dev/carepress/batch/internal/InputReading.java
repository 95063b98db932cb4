package dev.carepress.batch.internal;

import dev.carepress.batch.BatchListener;
import dev.carepress.batch.InputReader;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.ReadResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * Reads the inputs of a batch on the worker threads: the article files, and the book with the
 * articles it adds (an article both given and in the book counts once, as the file given). Every
 * problem goes to the {@link ProblemLog}, under the file it belongs to.
 */
final class InputReading {
  private final InputFiles.Found found;
  private final Optional<Path> book;
  private final Future<ReadResult<Book>> bookRead;
  private final List<Future<ReadResult<Article>>> reads = new ArrayList<>();
  private final Set<String> standIns = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * One article file: its name as shown, and the article when it was read without errors, or its
   * stand-in ({@link ArticleFacts#standIn}) when an incremental run found it unchanged and did not
   * read it.
   */
  record Item(String name, Optional<Article> article, boolean standIn) {
    Item(String name, Optional<Article> article) {
      this(name, article, false);
    }
  }

  /** What was read: every article file in order (those the book adds last), and the book if it was read. */
  record Inputs(List<Item> items, Optional<Book> book) {
    Inputs {
      items = List.copyOf(items);
    }
  }

  private InputReading(InputReader reader, Tasks tasks, BatchListener listener, InputFiles.Found found,
      Optional<Path> book, Optional<UnchangedInputs> unchanged) {
    this.found = found;
    this.book = book;
    this.bookRead = book.map(b -> tasks.submit(() -> {
      ReadResult<Book> read = Reads.book(reader, b);
      listener.stepDone();
      return read;
    })).orElse(null);
    for (Path file : found.files()) {
      reads.add(tasks.submit(() -> {
        Optional<Article> standIn = unchanged.flatMap(u -> u.standIn(file));
        standIn.ifPresent(a -> standIns.add(file.toString()));
        ReadResult<Article> read = standIn.isPresent() ? ReadResult.of(standIn.get(), List.of())
            : Reads.article(reader, file);
        listener.stepDone();
        return read;
      }));
    }
  }

  /** Starts reading every file (one step each) and the book (one more). */
  static InputReading start(InputReader reader, Tasks tasks, BatchListener listener, InputFiles.Found found,
      Optional<Path> book) {
    return new InputReading(reader, tasks, listener, found, book, Optional.empty());
  }

  /**
   * Starts reading every file (one step each) but those {@code unchanged} finds unchanged since
   * the last incremental run, which get their stand-ins instead.
   */
  static InputReading start(InputReader reader, Tasks tasks, BatchListener listener, InputFiles.Found found,
      UnchangedInputs unchanged) {
    return new InputReading(reader, tasks, listener, found, Optional.empty(), Optional.of(unchanged));
  }

  /** Waits for the reads, logging their problems. */
  Inputs finish(ProblemLog log) {
    List<Item> items = new ArrayList<>();
    Set<Path> given = new LinkedHashSet<>();
    for (int i = 0; i < reads.size(); i++) {
      Path file = found.files().get(i);
      ReadResult<Article> read = Tasks.join(reads.get(i));
      log.addAll(file.toString(), ProblemLog.READ, read.problems());
      if (bookRead != null) { // only a book's articles are compared with the files given
        InputFiles.realPath(file).ifPresent(given::add);
      }
      items.add(new Item(file.toString(), read.value(), standIns.contains(file.toString())));
    }
    Optional<Book> theBook = Optional.empty();
    if (bookRead != null) {
      String bookName = book.get().toString();
      log.open(bookName);
      ReadResult<Book> read = Tasks.join(bookRead);
      log.addAll(bookName, ProblemLog.READ, read.problems());
      if (read.value().isPresent()) {
        theBook = read.value();
        for (Article article : theBook.get().articles()) {
          Optional<Path> real = article.source().flatMap(InputFiles::realPath);
          if (real.isEmpty() || given.add(real.get())) {
            String name = article.source().map(Path::toString).orElse(bookName + "#" + article.slug());
            log.open(name);
            items.add(new Item(name, Optional.of(article)));
          }
        }
      }
    }
    return new Inputs(items, theBook);
  }
}
