package dev.carepress.batch.internal;

import dev.carepress.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a renderer's problem the line and column it lacks. Renderers work on the model, which keeps
 * no positions, so their problems name only the file ("the image 'chart.png' of article 'asthma'
 * was not found"); what such a message quotes is, as a rule, text of the file (an image's path, a
 * link, a footnote's label), besides the names of articles and books. The problem is placed at the
 * first occurrence in its source file of the first quoted text (three or more characters, not the
 * name after "article" or "book") that the file holds, so that a writer is sent to the line to
 * change, as the readers' problems do. A problem with a position, or whose quoted texts are not in
 * the file, is left as it is.
 */
final class ProblemPositions {
  /** Files larger than this are not searched (an article is far smaller). */
  private static final long MAX_BYTES = 4L << 20;

  private ProblemPositions() {}

  /** The problem, placed at the first occurrence of the text it quotes in its source file if it has no position. */
  static Problem locate(Problem problem) {
    if (problem.line() > 0) {
      return problem;
    }
    List<String> quoted = quoted(problem.message());
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
