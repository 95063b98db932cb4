package dev.carepress.preview.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Folders of articles for the tests: copies of the bundled examples, and files written into them. */
public final class Folders {
  private Folders() {}

  /** The repository's {@code examples} folder. */
  public static Path examples() {
    return Path.of(System.getProperty("carepress.examples", "../examples"));
  }

  /** A copy of {@code examples/articles} (with its images) in {@code dir/articles}, and of the book and cover. */
  public static Path copyOfExamples(Path dir) {
    try {
      Path source = examples();
      copyTree(source.resolve("articles"), dir.resolve("articles"));
      Files.copy(source.resolve("book.yaml"), dir.resolve("book.yaml"));
      Files.copy(source.resolve("cover.png"), dir.resolve("cover.png"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a folder with its subfolders. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Writes the text as UTF-8, as an editor saving in place does. */
  public static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a file as UTF-8. */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the first {@code from} in the file with {@code to}; fails if it is not there. */
  public static void edit(Path file, String from, String to) {
    String text = read(file);
    if (!text.contains(from)) {
      throw new AssertionError(file + " has no '" + from + "'");
    }
    write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  /** A small valid article. */
  public static String article(String title, String body) {
    return "---\ntitle: " + title + "\nsummary: A short test article.\ncategory: Tests\n---\n\n" + body + "\n";
  }
}
