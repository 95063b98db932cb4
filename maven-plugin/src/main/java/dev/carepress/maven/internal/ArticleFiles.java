package dev.carepress.maven.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The article files of a folder chosen by include and exclude patterns ({@code **}{@code /*.md}),
 * matched against each file's path relative to the folder, with {@code /} between names. As in
 * Maven's own file sets, a pattern starting with {@code **}{@code /} also matches at the top level.
 * Hidden files and folders are skipped; the result is sorted, so the batch's order is stable.
 */
public final class ArticleFiles {
  /** The default includes: every article format the readers know. */
  public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown", "**/*.json");

  private ArticleFiles() {}

  /** The files under {@code folder} matching an include and no exclude; none if the folder does not exist. */
  public static List<Path> find(Path folder, List<String> includes, List<String> excludes) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<PathMatcher> in = matchers(includes.isEmpty() ? DEFAULT_INCLUDES : includes, "include");
    List<PathMatcher> out = matchers(excludes, "exclude");
    List<Path> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile).sorted().forEach(file -> {
        Path relative = folder.relativize(file);
        if (!isHidden(relative) && matches(in, relative) && !matches(out, relative)) {
          found.add(file);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static boolean isHidden(Path relative) {
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The patterns' matchers.
   *
   * @param element the element the patterns were given in, for the message
   * @throws IllegalArgumentException naming the pattern that is not a valid glob (it was
   *     PatternSyntaxException's "Missing ']' near index 3", as an internal error of the plugin)
   */
  private static List<PathMatcher> matchers(List<String> patterns, String element) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String pattern : patterns) {
      String glob = pattern.strip().replace('\\', '/');
      try {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        if (glob.startsWith("**/")) {
          matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
        }
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("<" + element + ">" + pattern + "</" + element + ">: not a valid pattern ("
            + e.getDescription() + " at character " + (e.getIndex() + 1) + "); write a path relative to the folder"
            + " with * for any name, ** for any folders, ? for one character, [abc] for one of them and {md,json}"
            + " for either", e);
      }
    }
    return matchers;
  }

  private static boolean matches(List<PathMatcher> matchers, Path relative) {
    return matchers.stream().anyMatch(m -> m.matches(relative));
  }
}
