package dev.carepress.preview.internal;

import dev.carepress.model.Slugs;
import dev.carepress.read.ArticleReaders;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which files of the folder are the preview's: article files anywhere below it, except in hidden
 * folders ({@code .git}) and hidden files (editors' swap files). A symbolic link counts only when it
 * leads to a file inside the folder, so a link cannot bring a file from elsewhere into the site.
 */
final class SourceFiles {
  private final Path root;
  private final Path realRoot;

  /**
   * @param root the folder; paths below it are absolute, and shown relative to it
   * @throws IOException if the folder cannot be read
   */
  SourceFiles(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = root.toRealPath();
  }

  /** The folder, absolute. */
  Path root() {
    return root;
  }

  /** The folder's real path, every link resolved. */
  Path realRoot() {
    return realRoot;
  }

  /** The article files below {@code dir} (the root or a folder in it), sorted. */
  List<Path> articlesUnder(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || isHidden(dir)) {
      return found;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        return d.equals(dir) || !hiddenName(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (isArticle(file)) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // unreadable: not part of the site
      }
    });
    found.sort(null);
    return found;
  }

  /** The folders to watch below {@code dir}, itself included: every one that is not hidden. */
  List<Path> foldersUnder(Path dir) throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || isHidden(dir)) {
      return found;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        if (!d.equals(dir) && hiddenName(d)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        found.add(d);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
    return found;
  }

  /**
   * Whether the path is an article file of the preview: an article extension, not hidden, and a
   * regular file inside the folder once links are resolved.
   */
  boolean isArticle(Path file) {
    return ArticleReaders.isArticleFile(file) && !isHidden(file) && isInside(file);
  }

  /** Whether the path, links resolved, is a regular file inside the folder. */
  boolean isInside(Path file) {
    try {
      Path real = file.toRealPath();
      return real.startsWith(realRoot) && Files.isRegularFile(real);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** Whether a name between the folder and the path starts with a dot. */
  boolean isHidden(Path path) {
    Path relative = relative(path);
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The path relative to the folder (the path itself when it is not under it). */
  Path relative(Path path) {
    Path normalized = path.normalize();
    return normalized.startsWith(root) ? root.relativize(normalized) : normalized;
  }

  /** How a problem or a log line names the file: relative to the folder, with {@code /}. */
  String display(Path path) {
    String text = relative(path).toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }

  /** How a problem's source is shown: a file under the folder relative to it, anything else as it is. */
  String shown(String source) {
    try {
      Path path = Path.of(source);
      return path.isAbsolute() && path.normalize().startsWith(root) ? display(path) : source;
    } catch (java.nio.file.InvalidPathException e) {
      return source;
    }
  }

  /** The slug a reader gives an article with no {@code slug:} of its own: its file name's. */
  static String defaultSlug(Path file) {
    String name = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse("");
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    return name.codePoints().anyMatch(Character::isLetterOrDigit) ? Slugs.shorten(Slugs.slugify(name)) : "article";
  }

  private static boolean hiddenName(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
