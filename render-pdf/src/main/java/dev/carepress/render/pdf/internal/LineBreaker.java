package dev.carepress.render.pdf.internal;

import dev.carepress.render.pdf.internal.text.NumberUnits;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks items into lines, left-aligned and ragged right: greedily at spaces and at the optional
 * breaks after hyphens, slashes and soft hyphens; a word wider than the line (a long URL) is cut
 * between characters where it must be. A space between a number and its unit ("200 mg", {@link
 * NumberUnits}) or after a sign before a number ("≥ 38") is a break only when the two do not fit on
 * a line by themselves.
 */
final class LineBreaker {
  private final Fonts fonts;

  LineBreaker(Fonts fonts) {
    this.fonts = fonts;
  }

  List<Line> breakLines(List<Item> items, float width) {
    List<Line> lines = new ArrayList<>();
    List<Item> cur = new ArrayList<>();
    float curWidth = 0f;
    int lastBreak = -1;
    int i = 0;
    Item pending = null;
    while (pending != null || i < items.size()) {
      Item item = pending != null ? pending : items.get(i++);
      pending = null;
      switch (item.kind) {
        case Item.SOURCE:
          break; // laid out from only when the paragraph needs shaping (ShapedLines)
        case Item.NEWLINE:
          lines.add(toLine(cur, false));
          cur = new ArrayList<>();
          curWidth = 0f;
          lastBreak = -1;
          break;
        case Item.SPACE:
          if (cur.isEmpty() && !lines.isEmpty() && item.style.role() != Fonts.MONO) {
            break; // no space at the start of a continuation line
          }
          if (holdsNumberToUnit(items, i - 1)) {
            item = item.asGlue(); // "200 mg": a break here only if the two do not fit on a line alone
          } else {
            lastBreak = cur.size();
          }
          cur.add(item);
          curWidth += item.width;
          break;
        case Item.BREAK:
          cur.add(item);
          lastBreak = cur.size() - 1;
          break;
        default:
          if (curWidth + item.width <= width || (cur.isEmpty() && item.width <= width)) {
            cur.add(item);
            curWidth += item.width;
          } else if (lastBreak >= 0) {
            Item at = cur.get(lastBreak);
            List<Item> head = new ArrayList<>(cur.subList(0, lastBreak + (at.kind == Item.BREAK ? 1 : 0)));
            List<Item> rest = new ArrayList<>(cur.subList(lastBreak + 1, cur.size()));
            lines.add(toLine(head, at.kind == Item.BREAK && at.hyphenWidth > 0));
            cur = rest;
            curWidth = 0f;
            lastBreak = -1;
            for (int k = 0; k < cur.size(); k++) {
              curWidth += cur.get(k).width;
              if ((cur.get(k).kind == Item.SPACE && !cur.get(k).glue) || cur.get(k).kind == Item.BREAK) {
                lastBreak = k;
              }
            }
            pending = item;
          } else if (!cur.isEmpty()) {
            lines.add(toLine(cur, false)); // glued words with no break: break between them
            cur = new ArrayList<>();
            curWidth = 0f;
            pending = item;
          } else if (item.kind == Item.TEXT && hasTwoCodePoints(item.text)) {
            Item[] parts = split(item, width);
            cur.add(parts[0]);
            lines.add(toLine(cur, false));
            cur = new ArrayList<>();
            curWidth = 0f;
            pending = parts[1];
          } else {
            cur.add(item); // a single glyph wider than the line: it overflows, there is no other way
            curWidth += item.width;
          }
      }
    }
    if (!cur.isEmpty() || lines.isEmpty()) {
      lines.add(toLine(cur, false));
    }
    return lines;
  }

  /**
   * Whether the space at {@code index} stands between a number and its unit ({@link NumberUnits}):
   * the text item before it ends with a number, the text after it starts with a unit; or between a
   * comparison sign and its number ("≥ 38").
   */
  private static boolean holdsNumberToUnit(List<Item> items, int index) {
    if (items.get(index).style.role() == Fonts.MONO) {
      return false; // code keeps its spaces and breaks as written
    }
    Item before = null;
    for (int k = index - 1; k >= 0 && before == null; k--) {
      Item it = items.get(k);
      if (it.kind == Item.TEXT) {
        before = it;
      } else if (it.kind != Item.SOURCE) {
        return false;
      }
    }
    if (before == null) {
      return false;
    }
    boolean sign = NumberUnits.endsWithSign(before.text);
    if (!sign && !NumberUnits.endsWithNumber(before.text)) {
      return false; // most spaces: nothing more to look at
    }
    StringBuilder after = new StringBuilder();
    for (int k = index + 1; k < items.size() && after.length() < 16; k++) {
      Item it = items.get(k);
      if (it.kind == Item.TEXT) {
        after.append(it.text);
      } else if (it.kind != Item.SOURCE) {
        break;
      }
    }
    return sign ? NumberUnits.signAcross(before.text, after) : NumberUnits.joinsAcross(before.text, after);
  }

  /**
   * Cuts a text item into the longest prefix that fits (at least one character) and the rest.
   * Only the prefix is measured: a word of 2 MB cut into 25,000 lines was measured whole for each
   * line, minutes of work.
   */
  private Item[] split(Item item, float width) {
    String text = item.text;
    FontProgram face = item.face >= 0 ? fonts.face(item.face) : null;
    if (face == null) {
      return splitEvenly(item, width);
    }
    float size = item.style.size();
    int cut = Character.charCount(text.codePointAt(0));
    float used = 0f;
    float before = 0f; // the width of the prefix without its last character
    for (int off = 0; off < text.length(); ) {
      int cp = text.codePointAt(off);
      float w = face.width(cp) * size;
      if (used + w > width && off > 0) {
        break;
      }
      before = used;
      used += w;
      off += Character.charCount(cp);
      cut = off;
    }
    float headWidth = used;
    if (cut >= text.length()) {
      cut = text.offsetByCodePoints(text.length(), -1);
      headWidth = before;
    }
    return new Item[] {
      Item.text(item.style, item.face, text.substring(0, cut), headWidth),
      Item.text(item.style, item.face, text.substring(cut), item.width - headWidth)
    };
  }

  /** {@link #split} for an item without a face: every character as wide as the others. */
  private static Item[] splitEvenly(Item item, float width) {
    String text = item.text;
    int total = Math.max(1, text.codePointCount(0, text.length()));
    float perChar = item.width / total;
    int cut = text.offsetByCodePoints(0, 1);
    float used = 0f;
    for (int off = 0; off < text.length(); ) {
      int next = text.offsetByCodePoints(off, 1);
      if (used + perChar > width && off > 0) {
        break;
      }
      used += perChar;
      cut = next;
      off = next;
    }
    if (cut >= text.length()) {
      cut = text.offsetByCodePoints(text.length(), -1);
    }
    String head = text.substring(0, cut);
    float headWidth = item.width * head.codePointCount(0, head.length()) / total;
    return new Item[] {
      Item.text(item.style, item.face, head, headWidth),
      Item.text(item.style, item.face, text.substring(cut), item.width - headWidth)
    };
  }

  private static boolean hasTwoCodePoints(String text) {
    return !text.isEmpty() && text.length() > Character.charCount(text.codePointAt(0));
  }

  /** Merges items into runs; drops trailing spaces; adds the hyphen of a soft-hyphen break. */
  private static Line toLine(List<Item> items, boolean hyphen) {
    int end = items.size();
    while (end > 0 && (items.get(end - 1).kind == Item.SPACE || items.get(end - 1).kind == Item.BREAK)
        && !(hyphen && end == items.size())) {
      if (items.get(end - 1).kind == Item.SPACE && items.get(end - 1).style.role() == Fonts.MONO) {
        break;
      }
      end--;
    }
    List<Run> runs = new ArrayList<>();
    float x = 0f;
    StringBuilder text = null;
    Style style = null;
    int face = -2;
    float runX = 0f;
    float runWidth = 0f;
    for (int k = 0; k < end; k++) {
      Item it = items.get(k);
      if (it.kind == Item.BREAK) {
        if (hyphen && k == end - 1) {
          if (text != null && style.equals(it.style) && face == it.face) {
            text.append('-');
            runWidth += it.hyphenWidth;
          } else {
            if (text != null) {
              runs.add(new Run(style, face, text.toString(), runX, runWidth, false));
            }
            text = new StringBuilder("-");
            style = it.style;
            face = it.face;
            runX = x;
            runWidth = it.hyphenWidth;
          }
          x += it.hyphenWidth;
        }
        continue;
      }
      if (it.kind == Item.PLACEHOLDER) {
        if (text != null) {
          runs.add(new Run(style, face, text.toString(), runX, runWidth, false));
          text = null;
        }
        runs.add(new Run(it.style, -1, it.text, x, it.width, true));
        x += it.width;
        continue;
      }
      if (text != null && it.face == face && it.style.equals(style)) {
        text.append(it.text);
        runWidth += it.width;
      } else {
        if (text != null) {
          runs.add(new Run(style, face, text.toString(), runX, runWidth, false));
        }
        text = new StringBuilder(it.text);
        style = it.style;
        face = it.face;
        runX = x;
        runWidth = it.width;
      }
      x += it.width;
    }
    if (text != null) {
      runs.add(new Run(style, face, text.toString(), runX, runWidth, false));
    }
    return new Line(runs, x);
  }
}
