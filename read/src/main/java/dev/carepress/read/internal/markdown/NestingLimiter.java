package dev.carepress.read.internal.markdown;

import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.source.SourceText;
import java.util.function.Consumer;

/**
 * Cuts the container markers ({@code >}, list bullets) at the start of a line to {@link
 * MarkdownReading#MAX_DEPTH} before Flexmark sees the text: its tree walkers recurse once per level
 * and overflow the stack on thousands. Line numbers stay the same. Stateless.
 */
final class NestingLimiter {
  private static final int MAX_DEPTH = MarkdownReading.MAX_DEPTH;

  private NestingLimiter() {}

  /**
   * The text with every line's markers cut to the limit.
   *
   * @param tooDeep told the position of the first line cut
   */
  static SourceText limit(SourceText body, Consumer<Pos> tooDeep) {
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
      if (cut >= 0) {
        if (out == null) {
          out = new StringBuilder(text.substring(0, lineStart));
          tooDeep.accept(body.pos(lineStart));
        }
        out.append(text, lineStart, cut).append(text, prefixEnd, lineEnd);
      } else if (out != null) {
        out.append(text, lineStart, lineEnd);
      }
      if (out != null) {
        out.append(lineEnd < text.length() ? "\n" : "");
      }
      lineStart = lineEnd + 1;
    }
    return out == null ? body : SourceText.of(out.toString());
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
