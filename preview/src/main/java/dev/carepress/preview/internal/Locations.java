package dev.carepress.preview.internal;

import dev.carepress.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a line and column to the problems a renderer reports without one — an image that is not
 * found, a link left out — by finding what they name ({@code the image 'steps.png' …}) in the
 * article's text, so the page can say {@code file:line:column} for them too. A problem whose
 * subject is not found in the text keeps line 0. Results are kept per read of the file.
 */
final class Locations {
  private static final Set<String> LOCATABLE = Set.of(
      "image-left-out", "image-not-found", "link-left-out", "footnote-missing");

  private final Map<Path, Located> kept = new HashMap<>();

  private record Located(Object read, List<Problem> given, List<Problem> located) {}

  /**
   * The problems, those without a line given one where the text shows where.
   *
   * @param read the read the problems come from: when it is the same object, the text is the same
   */
  List<Problem> of(Path file, Object read, List<Problem> problems) {
    if (problems.stream().noneMatch(Locations::locatable)) {
      return List.copyOf(problems);
    }
    Located before = kept.get(file);
    if (before != null && before.read() == read && before.given().equals(problems)) {
      return before.located();
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException | RuntimeException e) {
      return List.copyOf(problems);
    }
    List<Problem> out = new ArrayList<>();
    for (Problem p : problems) {
      out.add(locatable(p) ? locate(text, p) : p);
    }
    kept.put(file, new Located(read, List.copyOf(problems), List.copyOf(out)));
    return List.copyOf(out);
  }

  private static boolean locatable(Problem p) {
    return p.line() == 0 && LOCATABLE.contains(p.code()) && p.message().indexOf('\'') >= 0;
  }

  /** The problem, given a line and column from its source file if it has none and can have one. */
  static Problem locate(Problem p) {
    if (!locatable(p)) {
      return p;
    }
    try {
      return locate(Files.readString(Path.of(p.source())), p);
    } catch (IOException | RuntimeException e) {
      return p;
    }
  }

  /** The problem at the first place its quoted subject appears in the text, if it does. */
  static Problem locate(String text, Problem p) {
    int open = p.message().indexOf('\'');
    int close = p.message().indexOf('\'', open + 1);
    if (close <= open + 1) {
      return p;
    }
    return p.locatedAt(text, p.message().substring(open + 1, close));
  }
}
