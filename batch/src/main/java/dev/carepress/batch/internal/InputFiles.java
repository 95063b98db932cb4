package dev.carepress.batch.internal;

import dev.carepress.Problem;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the command's INPUT arguments into article files: files are taken as given, folders are
 * searched (recursively, in a stable sorted order) for {@code *.md}, {@code *.markdown} and {@code
 * *.json}. Hidden files and folders (names starting with {@code .}) and the output folder are
 * skipped; symbolic links are followed only to files inside the folder searched. A file reached
 * twice is kept once.
 */
public final class InputFiles {
  /** The article file name endings, for messages. */
  public static final String KINDS = "*.md, *.markdown or *.json";

  private InputFiles() {}

  /** The files found, and a problem for each argument that is not usable. */
  public record Found(List<Path> files, List<Problem> problems) {
    /** Copies the components. */
    public Found {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  /** Whether the file name ends in an article extension. */
  public static boolean isArticleFile(Path file) {
    return hasArticleExtension(file.getFileName().toString());
  }

  private static boolean hasArticleExtension(String name) {
    return endsWithIgnoringCase(name, ".md") || endsWithIgnoringCase(name, ".markdown")
        || endsWithIgnoringCase(name, ".json");
  }

  // As name.toLowerCase(Locale.ROOT).endsWith(ending), for a lower-case ending, without the copy.
  private static boolean endsWithIgnoringCase(String name, String ending) {
    int from = name.length() - ending.length();
    if (from < 0) {
      return false;
    }
    for (int i = 0; i < ending.length(); i++) {
      if (Character.toLowerCase(name.charAt(from + i)) != ending.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the file name looks like a book description. */
  public static boolean isBookFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Expands the arguments.
   *
   * @param arguments files and folders as given on the command line
   * @param skip a folder never searched (the output folder), if any
   */
  public static Found expand(List<Path> arguments, Optional<Path> skip) {
    List<Path> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    Optional<Path> skipReal = skip.flatMap(InputFiles::realPath);
    for (Path argument : arguments) {
      String name = argument.toString();
      if (Files.isDirectory(argument)) {
        List<Walked> found = search(argument, skipReal, problems);
        if (found.isEmpty()) {
          problems.add(
              Problem.error("no-articles", name, 0, 0, "the folder has no article files",
                  "articles are " + KINDS + " files"));
        }
        for (Walked file : found) {
          if (seen.add(file.real())) {
            files.add(file.named().normalize());
          }
        }
      } else if (Files.isRegularFile(argument)) {
        if (isBookFile(argument)) {
          problems.add(
              Problem.error("book-as-input", name, 0, 0, "a book is not an article",
                  "pass it with --book " + name));
        } else if (!isArticleFile(argument)) {
          problems.add(
              Problem.error("not-an-article", name, 0, 0, "not an article file",
                  "articles are " + KINDS + " files"));
        } else {
          realPath(argument).filter(seen::add).ifPresent(real -> files.add(argument.normalize()));
        }
      } else if (Files.exists(argument, LinkOption.NOFOLLOW_LINKS) && !Files.exists(argument)) {
        problems.add(Problem.error("broken-link", name, 0, 0, "a symbolic link to nothing", "check the link's target"));
      } else if (Files.exists(argument)) {
        problems.add(Problem.error("not-a-file", name, 0, 0, "neither a file nor a folder", "give an article file or a folder"));
      } else {
        problems.add(Problem.error("no-such-file", name, 0, 0, "no such file or folder", "check the path"));
      }
    }
    return new Found(files, problems);
  }

  /** A file found in a folder: its path as named from the folder given, and its real path. */
  private record Walked(Path named, Path real) {}

  private static List<Walked> search(Path root, Optional<Path> skip, List<Problem> problems) {
    Optional<Path> rootReal = realPath(root);
    if (rootReal.isEmpty()) {
      problems.add(Problem.error("unreadable", root.toString(), 0, 0, "cannot read the folder", "check its permissions"));
      return List.of();
    }
    List<Walked> found = new ArrayList<>();
    // the folder given may itself be a link: walk its target, but name the files by the path given
    Path start = Files.isSymbolicLink(root) ? rootReal.get() : root;
    try {
      // no FOLLOW_LINKS: a linked folder inside is seen as a link and not entered
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(start) && (isHidden(dir) || skip.equals(realPath(dir)))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          // the name's text once, with no lower-case copy: this runs, cold, for every file of a folder
          String name = file.getFileName().toString();
          if (name.startsWith(".") || !hasArticleExtension(name)) {
            return FileVisitResult.CONTINUE;
          }
          Path relative = start.relativize(file);
          Path named = start == root ? file : root.resolve(relative);
          if (attrs.isRegularFile()) {
            // no link is followed on the way, so its real path is the folder's and the names below it
            found.add(new Walked(named, rootReal.get().resolve(relative)));
          } else if (attrs.isSymbolicLink()) {
            Optional<Path> target = realPath(file);
            if (target.isPresent() && target.get().startsWith(rootReal.get()) && Files.isRegularFile(target.get())) {
              found.add(new Walked(named, target.get()));
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (!(e instanceof NoSuchFileException)) {
            problems.add(Problem.error("unreadable", file.toString(), 0, 0, "cannot read: " + reason(e), "check its permissions"));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(Problem.error("unreadable", root.toString(), 0, 0, "cannot read the folder: " + reason(e), "check its permissions"));
    }
    return sorted(found);
  }

  // Sorted name by name (a folder's files together, whatever the separator), by each path's text
  // taken once (not at each of a folder of 1,000 articles' some 10,000 comparisons), with no copy
  // of its segments.
  private static List<Walked> sorted(List<Walked> found) {
    record Keyed(String text, Walked file) {}
    List<Keyed> keyed = new ArrayList<>(found.size());
    for (Walked file : found) {
      keyed.add(new Keyed(file.named().toString(), file));
    }
    char separator = found.isEmpty() ? '/' : found.get(0).named().getFileSystem().getSeparator().charAt(0);
    keyed.sort((a, b) -> compareBySegments(a.text(), b.text(), separator));
    List<Walked> sorted = new ArrayList<>(keyed.size());
    keyed.forEach(k -> sorted.add(k.file()));
    return sorted;
  }

  /**
   * Compares two paths' texts as comparing the paths name by name would (each name by {@link
   * String#compareTo}, then the shorter path first): character by character, with the separator
   * before every other character, since a name that ends where the other goes on is the smaller one.
   */
  static int compareBySegments(String a, String b, char separator) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return x == separator ? -1 : y == separator ? 1 : x - y;
      }
    }
    return a.length() - b.length();
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static Optional<Path> realPath(Path path) {
    try {
      return Optional.of(path.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** What went wrong, in words, without the file name (the caller names the file). */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.FileSystemException) {
      String why = ((java.nio.file.FileSystemException) e).getReason();
      if (why != null) {
        return why.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + why.substring(1);
      }
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
