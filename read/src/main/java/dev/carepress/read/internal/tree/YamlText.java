package dev.carepress.read.internal.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * YAML text as lines of code points, for looking at what the YAML engine pointed at when it failed:
 * which character stands at a place, how far a line is indented, where its key and colon are.
 * Lines and columns are 0-based and count code points, as the engine's marks do. Immutable.
 */
final class YamlText {
  private final int[][] lines;
  private final int lineOffset;

  /** The text, whose first line is line {@code lineOffset + 1} of its file. */
  YamlText(String text, int lineOffset) {
    this.lineOffset = lineOffset;
    String[] split = text.split("\n", -1);
    lines = new int[split.length][];
    for (int i = 0; i < split.length; i++) {
      String line = split[i].endsWith("\r") ? split[i].substring(0, split[i].length() - 1) : split[i];
      lines[i] = line.codePoints().toArray();
    }
  }

  /** The file's line number (1-based) of a 0-based line of the text. */
  int fileLine(int line) {
    return line + 1 + lineOffset;
  }

  int lineCount() {
    return lines.length;
  }

  int length(int line) {
    return line >= 0 && line < lines.length ? lines[line].length : 0;
  }

  /** The code point at a place, or -1 outside the text. */
  int at(int line, int column) {
    return line >= 0 && line < lines.length && column >= 0 && column < lines[line].length ? lines[line][column] : -1;
  }

  /** The text of a line from {@code from} to {@code to} (clamped). */
  String slice(int line, int from, int to) {
    int end = Math.min(to, length(line));
    int start = Math.max(0, Math.min(from, end));
    return line >= 0 && line < lines.length ? new String(lines[line], start, end - start) : "";
  }

  /** How many spaces start a line. */
  int indent(int line) {
    int i = 0;
    while (at(line, i) == ' ') {
      i++;
    }
    return i;
  }

  /** Whether a line holds nothing to read: only spaces and tabs, or a comment. */
  boolean blank(int line) {
    int i = 0;
    while (at(line, i) == ' ' || at(line, i) == '\t') {
      i++;
    }
    return at(line, i) == -1 || at(line, i) == '#';
  }

  /** The nearest line before {@code line} that holds something to read, or -1. */
  int previousContentLine(int line) {
    for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      if (!blank(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The last line that holds something to read, or 0. */
  int lastContentLine() {
    return Math.max(0, previousContentLine(lines.length));
  }

  /** The columns where a line's content starts: its indent, and after each list marker "- " that follows. */
  List<Integer> keyColumns(int line) {
    List<Integer> columns = new ArrayList<>();
    int i = indent(line);
    columns.add(i);
    while (at(line, i) == '-' && at(line, i + 1) == ' ') {
      i += 2;
      while (at(line, i) == ' ') {
        i++;
      }
      if (at(line, i) != -1) {
        columns.add(i);
      }
    }
    return columns;
  }

  /** The column where a line's last key starts (after any list markers). */
  int keyColumn(int line) {
    List<Integer> columns = keyColumns(line);
    return columns.get(columns.size() - 1);
  }

  /** The first colon of a line that ends a key (followed by a space or the end of the line), or -1. */
  int keyColon(int line) {
    int quote = 0;
    for (int i = keyColumn(line); i < length(line); i++) {
      int c = at(line, i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if ((c == '"' || c == '\'') && i == keyColumn(line)) {
        quote = c;
      } else if (c == ':' && (at(line, i + 1) == ' ' || at(line, i + 1) == -1 || at(line, i + 1) == '\t')) {
        return i;
      } else if (c == '#' && i > 0 && at(line, i - 1) == ' ') {
        return -1;
      }
    }
    return -1;
  }

  /** The word that starts at a column: up to a space or a colon that ends a key. */
  String wordAt(int line, int column) {
    int end = column;
    while (at(line, end) != -1 && at(line, end) != ' ' && !(at(line, end) == ':' && at(line, end + 1) <= ' ')) {
      end++;
    }
    return slice(line, column, end);
  }

  /** The last character before a place that is not a space or a line break, as {line, column}, or null. */
  int[] lastBefore(int line, int column) {
    for (int l = Math.min(line, lines.length - 1); l >= 0; l--) {
      for (int c = (l == line ? column : length(l)) - 1; c >= 0; c--) {
        if (at(l, c) != ' ' && at(l, c) != '\t') {
          return new int[] {l, c};
        }
      }
    }
    return null;
  }

  /** The place of a code point counted from the start of the text, as {line, column}. */
  int[] placeOf(int codePointIndex) {
    int left = codePointIndex;
    for (int l = 0; l < lines.length; l++) {
      int withBreak = lines[l].length + 1;
      if (left < withBreak) {
        return new int[] {l, left};
      }
      left -= withBreak;
    }
    return new int[] {lastContentLine(), length(lastContentLine())};
  }

  /**
   * The last '[' or '{' before a place that nothing closes, as {line, column}, or null: brackets in
   * quoted text and comments are passed over. A plain guess, used only to point at what to close.
   */
  int[] unclosedOpener(int line, int column) {
    List<int[]> open = new ArrayList<>();
    for (int l = 0; l <= Math.min(line, lines.length - 1); l++) {
      int quote = 0;
      for (int c = 0; c < (l == line ? Math.min(column, length(l)) : length(l)); c++) {
        int ch = at(l, c);
        int before = c == 0 ? ' ' : at(l, c - 1);
        if (quote != 0) {
          quote = ch == quote ? 0 : quote;
        } else if (ch == '#' && (before == ' ' || before == '\t')) {
          break;
        } else if ((ch == '"' || ch == '\'') && " \t[{,:".indexOf(before) >= 0) {
          quote = ch;
        } else if (ch == '[' || ch == '{') {
          open.add(new int[] {l, c});
        } else if ((ch == ']' || ch == '}') && !open.isEmpty()) {
          open.remove(open.size() - 1);
        }
      }
    }
    return open.isEmpty() ? null : open.get(open.size() - 1);
  }
}
