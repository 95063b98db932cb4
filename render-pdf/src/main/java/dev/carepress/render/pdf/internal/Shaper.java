package dev.carepress.render.pdf.internal;

import dev.carepress.render.pdf.internal.text.NearbyFace;
import dev.carepress.render.pdf.internal.text.NumberUnits;
import java.text.Normalizer;
import java.util.List;

/**
 * Turns text into line-breaking {@link Item}s, choosing for every character the first face that
 * has a glyph for it. Every code point is checked against the face's character map before it is
 * kept, so drawing can never meet a character its font cannot encode; characters that no face has
 * become placeholders and a warning. Spaces, no-break spaces, soft hyphens, non-breaking hyphens,
 * tabs, control and format characters are handled here.
 */
final class Shaper {
  private final Fonts fonts;
  private final Diagnostics diagnostics;
  /** Per face, the ASCII characters shaped with it (bit c of word c / 64). */
  private final long[] ascii;
  /*
   * The glyph run being gathered: while it is a stretch of the text as written, only where it
   * starts and ends (its string is then a substring, with no builder to fill and copy); once a
   * character is replaced or skipped inside it, in the builder.
   */
  private final StringBuilder chunk = new StringBuilder();
  private String source;
  private int chunkStart = -1;
  private int chunkEnd;
  private boolean built;

  Shaper(Fonts fonts, Diagnostics diagnostics) {
    this.fonts = fonts;
    this.diagnostics = diagnostics;
    this.ascii = new long[fonts.faces().length * 2];
  }

  /** How many different ASCII characters have been shaped with the face. */
  int asciiVariety(int face) {
    return Long.bitCount(ascii[face * 2]) + Long.bitCount(ascii[face * 2 + 1]);
  }

  Fonts fonts() {
    return fonts;
  }

  /**
   * Appends the items of the text.
   *
   * @param preserve keep spaces and line breaks as written (code blocks)
   */
  void shape(String raw, Style style, boolean preserve, List<Item> out) {
    String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
    int role = style.role();
    float size = style.size();
    if (!preserve) {
      out.add(Item.source(style, raw));
    }
    source = text;
    chunkStart = -1;
    built = false;
    chunk.setLength(0);
    int chunkFace = -1;
    float chunkWidth = 0f;
    int column = 0;
    int previous = -1;
    int wordLength = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int before = previous;
      int at = i;
      int cp = text.codePointAt(i);
      previous = cp;
      i += Character.charCount(cp);
      int next = i < n ? text.codePointAt(i) : -1;
      if (cp == '\r' && next == '\n') {
        continue;
      }
      if (isSpace(cp)) {
        wordLength = 0;
        chunkWidth = flush(chunkFace, chunkWidth, style, out);
        if (preserve) {
          if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
            out.add(Item.newline(style));
            column = 0;
          } else {
            int count = cp == '\t' ? 4 - (column % 4) : 1;
            for (int k = 0; k < count; k++) {
              out.add(space(style));
            }
            column += count;
          }
        } else if (lastKind(out) != Item.SPACE) {
          out.add(space(style));
        }
        continue;
      }
      column++;
      wordLength++;
      if (cp == 0x00AD) { // soft hyphen: invisible, a place to break with a hyphen
        chunkWidth = flush(chunkFace, chunkWidth, style, out);
        int face = fonts.faceFor(role, '-');
        out.add(Item.breakOpportunity(style, face, face < 0 ? 0f : fonts.face(face).width('-') * size));
        continue;
      }
      if (cp == 0x200B) { // zero-width space: a place to break
        chunkWidth = flush(chunkFace, chunkWidth, style, out);
        out.add(Item.breakOpportunity(style, role, 0f));
        continue;
      }
      if (cp >= 0x7F) { // printable ASCII needs none of these checks
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || isVariationSelector(cp)
            || (cp >= 0xE0000 && cp <= 0xE007F)) {
          continue; // invisible by definition: joiners, marks of direction, BOM, tags
        }
      } else if (cp < 0x20) {
        continue; // C0 controls
      }
      int face = fonts.faceFor(role, cp);
      if (face < 0 && chunkFace >= 0 && fonts.face(chunkFace).has(cp)) {
        face = chunkFace; // punctuation or a mark of the script before it (an Arabic comma, a danda)
      }
      if (face < 0) {
        face = nearbyFace(text, at, i, role); // or of the word after it ("MD، بتاريخ")
      }
      int drawn = cp;
      if (face < 0) {
        int substitute = substitute(cp);
        if (substitute >= 0 && (face = fonts.faceFor(role, substitute)) >= 0) {
          drawn = substitute;
        }
      }
      if (face < 0) {
        chunkWidth = flush(chunkFace, chunkWidth, style, out);
        diagnostics.missingGlyph(cp);
        out.add(Item.placeholder(style, cp, size * 0.6f));
        continue;
      }
      if (face != chunkFace && hasChunk()) {
        chunkWidth = flush(chunkFace, chunkWidth, style, out);
      }
      chunkFace = face;
      if (drawn < 0x80) {
        ascii[face * 2 + (drawn >> 6)] |= 1L << drawn;
      }
      append(drawn, cp, at, i);
      chunkWidth += fonts.face(face).width(drawn) * size;
      // break after a hyphen or dash inside a word, and after a slash in a path or URL, but not in
      // short pairs such as "mg/dL" or "and/or", nor between a number and its unit
      boolean breakable = isBreakAfter(cp) && (cp != '/' || wordLength > 5)
          && !(cp != '/' && NumberUnits.joinsAtHyphen(text, at)); // "a 5-mg tablet": no break
      if (breakable && next > 0 && Character.isLetterOrDigit(next) && before != '/' && before != ':'
          && before > 0 && !isSpace(before)) {
        chunkWidth = flush(chunkFace, chunkWidth, style, out);
        out.add(Item.breakOpportunity(style, face, 0f));
      } else if (isIdeographic(cp)) {
        chunkWidth = flush(chunkFace, chunkWidth, style, out); // CJK breaks between characters
        out.add(Item.breakOpportunity(style, face, 0f));
      }
    }
    flush(chunkFace, chunkWidth, style, out);
  }

  /**
   * For a shared character (punctuation of a script) that neither the role's faces nor the text
   * before it have, such as an Arabic comma after a Latin word: the face of a letter near it that
   * has it ({@link NearbyFace}); -1 if none.
   */
  private int nearbyFace(String text, int from, int to, int role) {
    int cp = text.codePointAt(from);
    if (!isShared(cp)) {
      return -1;
    }
    return NearbyFace.find(text, from, to, letter -> {
      int face = isShared(letter) ? -1 : fonts.faceFor(role, letter);
      return face >= 0 && fonts.face(face).has(cp) ? face : -1;
    });
  }

  private static boolean isShared(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED
        || script == Character.UnicodeScript.UNKNOWN;
  }

  /** Like {@link #shape}, without reporting missing characters (text repeated in running heads). */
  void shapeQuietly(String text, Style style, List<Item> out) {
    diagnostics.quiet(true);
    try {
      shape(text, style, false, out);
    } finally {
      diagnostics.quiet(false);
    }
  }

  /** The width of the text in points, as {@link #shape} would lay it out on one line. */
  float width(String text, Style style) {
    java.util.ArrayList<Item> items = new java.util.ArrayList<>();
    shapeQuietly(text, style, items);
    float w = 0f;
    for (Item item : items) {
      w += item.width;
    }
    return w;
  }

  /** The kind of the last item that is not a source text, or -1 for none. */
  private static int lastKind(List<Item> out) {
    for (int i = out.size() - 1; i >= 0; i--) {
      if (out.get(i).kind != Item.SOURCE) {
        return out.get(i).kind;
      }
    }
    return -1;
  }

  private Item space(Style style) {
    int face = fonts.faceFor(style.role(), ' ');
    return Item.space(style, Math.max(face, 0), face < 0 ? style.size() * 0.26f : fonts.face(face).width(' ') * style.size());
  }

  private boolean hasChunk() {
    return chunkStart >= 0 || chunk.length() > 0;
  }

  /** Adds {@code drawn} (for the character {@code cp} at {@code source[from, to)}) to the run. */
  private void append(int drawn, int cp, int from, int to) {
    if (!hasChunk()) {
      if (drawn == cp) {
        chunkStart = from;
        chunkEnd = to;
        built = false;
        return;
      }
      built = true;
    } else if (!built) {
      if (drawn == cp && from == chunkEnd) {
        chunkEnd = to;
        return;
      }
      chunk.append(source, chunkStart, chunkEnd);
      built = true;
    }
    chunk.appendCodePoint(drawn);
  }

  private float flush(int face, float width, Style style, List<Item> out) {
    if (hasChunk()) {
      out.add(Item.text(style, face, built ? chunk.toString() : source.substring(chunkStart, chunkEnd), width));
      chunk.setLength(0);
      chunkStart = -1;
      built = false;
    }
    return 0f;
  }

  private static boolean isSpace(int cp) {
    switch (cp) {
      case ' ': case '\t': case '\n': case '\r': case 0x0B: case 0x0C: case 0x2028: case 0x2029:
      case 0x1680: case 0x205F: case 0x3000:
        return true;
      default:
        return cp >= 0x2000 && cp <= 0x200A && cp != 0x2007;
    }
  }

  private static boolean isBreakAfter(int cp) {
    return cp == '-' || cp == '/' || cp == 0x2010 || cp == 0x2013 || cp == 0x2014;
  }

  private static boolean isIdeographic(int cp) {
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
  }

  private static boolean isVariationSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** A plainer character with the same meaning, for fonts that lack typographic ones. */
  private static int substitute(int cp) {
    switch (cp) {
      case 0x00A0: case 0x202F: case 0x2007: return ' ';
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: return '-';
      case 0x2014: case 0x2015: return '-';
      case 0x2018: case 0x2019: case 0x201A: case 0x2032: return '\'';
      case 0x201C: case 0x201D: case 0x201E: case 0x2033: return '"';
      case 0x2022: case 0x25E6: case 0x25AA: return '*';
      default: return -1;
    }
  }
}
