package dev.carepress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The footer's clinic and site line wrapped onto as many lines as it needs, so that nothing of it
 * is cut: its parts (separated by middle dots: the clinic's name, phone number, web site, the
 * site's address) are kept whole and together while they fit; a part wider than a line alone (a
 * long name in large print, a long web address) breaks at its spaces and after the slashes of an
 * address, and a word wider than a line between its letters. Stateless.
 */
final class FooterLines {
  static final String SEPARATOR = " \u00b7 ";

  private FooterLines() {}

  /** The lines of {@code text}, each at most {@code width} wide as {@code measure} says (a lone letter may be wider). */
  static List<String> wrap(String text, float width, ToDoubleFunction<String> measure) {
    List<String> lines = new ArrayList<>();
    String line = null;
    for (String part : text.split(SEPARATOR, -1)) {
      if (line != null && fits(line + SEPARATOR + part, width, measure)) {
        line = line + SEPARATOR + part;
        continue;
      }
      add(lines, line);
      line = null;
      if (fits(part, width, measure)) {
        line = part;
        continue;
      }
      for (String piece : pieces(part)) {
        if (line != null && fits((line + piece).stripTrailing(), width, measure)) {
          line = line + piece;
          continue;
        }
        add(lines, line);
        line = piece;
        while (!fits(line.stripTrailing(), width, measure) && line.codePointCount(0, line.length()) > 1) {
          int cut = longestFitting(line, width, measure);
          lines.add(line.substring(0, cut));
          line = line.substring(cut);
        }
      }
    }
    add(lines, line);
    return lines;
  }

  private static void add(List<String> lines, String line) {
    if (line != null && !line.isBlank()) {
      lines.add(line.strip());
    }
  }

  private static boolean fits(String text, float width, ToDoubleFunction<String> measure) {
    return measure.applyAsDouble(text) <= width;
  }

  /**
   * A part's pieces, each with what ends it: a word with the spaces after it, or a stretch of an
   * address up to and with a slash (not between the two of {@code //}).
   */
  static List<String> pieces(String part) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean last = i + 1 == part.length();
      char next = last ? 0 : part.charAt(i + 1);
      if (!last && (c == ' ' && next != ' ' || c == '/' && next != '/')) {
        pieces.add(part.substring(start, i + 1));
        start = i + 1;
      }
    }
    pieces.add(part.substring(start));
    return pieces;
  }

  /** The length of the longest start of {@code text}, at least one letter, that fits the width. */
  private static int longestFitting(String text, float width, ToDoubleFunction<String> measure) {
    int end = text.offsetByCodePoints(0, 1);
    for (int next = end; next < text.length(); next = text.offsetByCodePoints(next, 1)) {
      if (!fits(text.substring(0, next), width, measure)) {
        break;
      }
      end = next;
    }
    return end;
  }
}
