package dev.carepress.benchmarks;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.ArticleReaders;
import dev.carepress.read.BookReader;
import dev.carepress.read.JsonArticleWriter;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints what the readers make of files: for every article file ({@code .md}, {@code .markdown},
 * {@code .json}) under the given files and folders, in path order, its canonical JSON and every
 * problem; for every {@code book.yaml}, the book's problems and each of its articles' JSON. Used by
 * {@code benchmarks/read-identity.sh} to show that a change to the readers leaves their output
 * byte-identical. Uses only the public reader API, so it runs against older builds too:
 *
 * <pre>java -cp CORE_CLASSPATH benchmarks/src/main/java/dev/carepress/benchmarks/ReadDump.java OUT.txt PATH...</pre>
 */
public final class ReadDump {
  private ReadDump() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ReadDump OUT.txt PATH...");
      System.exit(2);
    }
    try (OutputStream file = Files.newOutputStream(Path.of(args[0]));
        PrintStream out = new PrintStream(file, false, StandardCharsets.UTF_8)) {
      for (int i = 1; i < args.length; i++) {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
          paths = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path path : paths) {
          if (path.getFileName().toString().equals("book.yaml")) {
            book(path, out);
          } else if (ArticleReaders.isArticleFile(path)) {
            article(path, out);
          }
        }
      }
    }
  }

  private static void article(Path path, PrintStream out) throws IOException {
    out.println("=== article " + path);
    ReadResult<Article> result;
    try {
      result = ArticleReaders.parse(path);
    } catch (RuntimeException e) {
      out.println("exception " + e);
      return;
    }
    problems(result.problems(), out);
    result.value().ifPresent(article -> out.print(JsonArticleWriter.create().toJson(article)));
  }

  private static void book(Path path, PrintStream out) throws IOException {
    out.println("=== book " + path);
    ReadResult<Book> result = BookReader.create().parse(path);
    problems(result.problems(), out);
    if (result.value().isPresent()) {
      Book book = result.value().get();
      out.println("metadata " + book.metadata());
      for (Article article : book.articles()) {
        out.println("--- " + article.source().map(Path::toString).orElse("?"));
        out.print(JsonArticleWriter.create().toJson(article));
      }
    }
  }

  private static void problems(List<Problem> problems, PrintStream out) {
    for (Problem problem : problems) {
      out.println("problem " + problem.severity() + " " + problem.code() + " " + problem);
    }
  }
}
