package dev.carepress.read.internal.markdown;

import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.source.SourceText;
import java.util.function.Consumer;

/**
 * Cuts the container markers ({@code >}, list bullets) at the start of a line to {@link
 * MarkdownReading#MAX_DEPTH} before Flexmark sees the text: its tree walkers recurse once per level
 * and overflow the stack on thousands. Also cuts the blanks of a line's container prefix to {@link
 * #MAX_BLANKS}: Flexmark rescans a line's indentation once per open block, so a list nested by
 * indentation alone (2,000 lines, each two spaces deeper) took minutes, growing with the cube of
 * the depth. Line numbers stay the same. Stateless.
 */
final class NestingLimiter {
  private static final int MAX_DEPTH = MarkdownReading.MAX_DEPTH;
  /**
   * The most blanks kept at the start of a line: room for {@link #MAX_DEPTH} levels of the widest
   * usual list marker ({@code 100. }) and an indented code block in the deepest.
   */
  static final int MAX_BLANKS = MAX_DEPTH * 5 + 8;

  private NestingLimiter() {}

  /**
   * The text with every line's markers cut to the limit.
   *
   * @param tooDeep told the position of the first line whose markers were cut
   * @param overIndented told the position of the first line whose blanks were cut
   */
  static SourceText limit(SourceText body, Consumer<Pos> tooDeep, Consumer<Pos> overIndented) {
    String text = body.text();
    StringBuilder out = null;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int prefixEnd = containerPrefixEnd(text, lineStart, lineEnd);
      int cut = prefixEnd - lineStart > MAX_DEPTH ? cutAt(text, lineStart, prefixEnd) : -1;
      String line = cut < 0 ? null : text.substring(lineStart, cut) + text.substring(prefixEnd, lineEnd);
      String fewerBlanks = line == null
          ? cutBlanks(text, lineStart, lineEnd)
          : cutBlanks(line, 0, line.length());
      if (line != null || fewerBlanks != null) {
        if (out == null) {
          out = new StringBuilder(text.substring(0, lineStart));
        }
        (line != null ? tooDeep : overIndented).accept(body.pos(lineStart));
        out.append(fewerBlanks != null ? fewerBlanks : line);
      } else if (out != null) {
        out.append(text, lineStart, lineEnd);
      }
      if (out != null) {
        out.append(lineEnd < text.length() ? "\n" : "");
      }
      lineStart = lineEnd + 1;
    }
    return out == null ? body : body.replaced(out.toString());
  }

  /**
   * The line with the blanks of its container prefix past the first {@link #MAX_BLANKS} left out
   * (but one after each marker, which needs it); null if it has no more than that.
   */
  private static String cutBlanks(String text, int start, int end) {
    int prefixEnd = blankPrefixEnd(text, start, end);
    if (prefixEnd - start <= MAX_BLANKS) {
      return null;
    }
    StringBuilder kept = new StringBuilder(MAX_BLANKS + MAX_DEPTH * 2);
    int blanks = 0;
    boolean afterMarker = false;
    boolean cut = false;
    for (int i = start; i < prefixEnd; i++) {
      char c = text.charAt(i);
      boolean blank = c == ' ' || c == '\t';
      if (!blank || blanks < MAX_BLANKS || afterMarker) {
        kept.append(c);
      } else {
        cut = true;
      }
      blanks += blank ? 1 : 0;
      afterMarker = !blank;
    }
    return cut ? kept.append(text, prefixEnd, end).toString() : null;
  }

  /** Where the run of quote markers, bullets and blanks at the start of a line ends, with the blanks after them. */
  private static int blankPrefixEnd(String text, int start, int end) {
    int i = containerPrefixEnd(text, start, end);
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** Where to cut a prefix holding more markers than the limit allows; -1 if it does not. */
  private static int cutAt(String text, int lineStart, int prefixEnd) {
    int markers = 0;
    int cut = lineStart;
    for (int i = lineStart; i < prefixEnd; i++) {
      char c = text.charAt(i);
      if (c == '>' || c == '-' || c == '*' || c == '+') {
        markers++;
        if (markers > MAX_DEPTH + 1) {
          return cut;
        }
      }
      cut = i + 1;
    }
    return -1;
  }

  /** Where the run of quote markers, bullets and blanks at the start of a line ends (no regex: it recurses). */
  private static int containerPrefixEnd(String text, int start, int end) {
    int i = start;
    int last = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '>') {
        last = ++i;
      } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end
          && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
        last = ++i;
      } else {
        break;
      }
    }
    return last;
  }
}
