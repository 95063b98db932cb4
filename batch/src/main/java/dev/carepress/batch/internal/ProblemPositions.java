package dev.carepress.batch.internal;

import dev.carepress.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a renderer's problem the line and column it lacks. Renderers work on the model, which keeps
 * no positions, so their problems name only the file ("the image 'chart.png' of article 'asthma'
 * was not found"); what such a message quotes is, as a rule, text of the file (an image's path, a
 * link, a footnote's label), besides the names of articles and books. The problem is placed at the
 * first occurrence in its source file of the first quoted text (three or more characters, not the
 * name after "article" or "book") that the file holds, else at the first occurrence of a character
 * it names by code point ("no font has U+1F912"), so that a writer is sent to the line to change,
 * as the readers' problems do. A problem with a position, or whose quoted texts are not in
 * the file, is left as it is.
 */
final class ProblemPositions {
  /** Files larger than this are not searched (an article is far smaller). */
  private static final long MAX_BYTES = 4L << 20;
  private static final Pattern CODE_POINT = Pattern.compile("\\bU\\+([0-9A-F]{4,6})\\b");

  private ProblemPositions() {}

  /** The problem, placed at the first occurrence of the text it quotes in its source file if it has no position. */
  static Problem locate(Problem problem) {
    if (problem.line() > 0) {
      return problem;
    }
    List<String> quoted = new ArrayList<>(quoted(problem.message()));
    quoted.addAll(characters(problem.message()));
    if (quoted.isEmpty()) {
      return problem;
    }
    String text;
    try {
      Path file = Path.of(problem.source());
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return problem;
      }
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) { // no such path, unreadable: as it was
      return problem;
    }
    for (String subject : quoted) {
      Problem placed = problem.locatedAt(text, subject);
      if (placed != problem) {
        return placed;
      }
    }
    return problem;
  }

  /**
   * The characters the message names by code point ({@code U+1F912}, as in "no font has U+1F912 FACE
   * WITH THERMOMETER"), in order.
   */
  static List<String> characters(String message) {
    List<String> found = new ArrayList<>();
    Matcher m = CODE_POINT.matcher(message);
    while (m.find()) {
      int codePoint = Integer.parseInt(m.group(1), 16);
      if (Character.isValidCodePoint(codePoint)) {
        found.add(Character.toString(codePoint));
      }
    }
    return found;
  }

  /**
   * The texts between single quotes in the message, in order: those of three or more characters
   * that do not name an article or a book.
   */
  static List<String> quoted(String message) {
    List<String> found = new ArrayList<>();
    int open = message.indexOf('\'');
    while (open >= 0) {
      int close = message.indexOf('\'', open + 1);
      if (close < 0) {
        break;
      }
      String before = message.substring(0, open);
      if (close - open > 3 && !before.endsWith("article ") && !before.endsWith("book ")) {
        found.add(message.substring(open + 1, close));
      }
      open = message.indexOf('\'', close + 1);
    }
    return found;
  }
}
