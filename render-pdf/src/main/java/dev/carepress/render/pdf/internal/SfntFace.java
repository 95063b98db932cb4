package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.FontBytes.u16;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * What a renderer needs of a plain TrueType font — its metrics, its Unicode character map and its
 * PostScript name — read straight from the few tables that hold them (head, hhea, maxp, hmtx, OS/2,
 * post, cmap, name), without FontBox, which parses every table of the file: that parse was the
 * largest part of a one-handout cold start. The values are those FontBox gives (the same cmap
 * subtable chosen, the same numbers); a font this reader does not handle (no glyf outlines, a cmap
 * subtable other than format 4 or 12, a table cut short) is left to FontBox.
 */
final class SfntFace {
  final String postScriptName;
  final FontMetrics metrics;
  final FontCmap cmap;

  private SfntFace(String postScriptName, FontMetrics metrics, FontCmap cmap) {
    this.postScriptName = postScriptName;
    this.metrics = metrics;
    this.cmap = cmap;
  }

  /**
   * Reads the font, or empty when FontBox must (see the class comment).
   *
   * @throws dev.carepress.render.RenderException if the font's licence does not allow embedding
   */
  static Optional<SfntFace> read(byte[] font, String displayName) {
    if (!TrueTypeSubset.canSubset(font)) {
      return Optional.empty();
    }
    Map<String, int[]> tables = TrueTypeTables.read(font);
    int[] head = tables.get("head");
    int[] hhea = tables.get("hhea");
    int[] maxp = tables.get("maxp");
    int[] hmtx = tables.get("hmtx");
    int[] cmapTable = tables.get("cmap");
    if (cmapTable == null || head[1] < 54 || hhea[1] < 36 || maxp[1] < 6) {
      return Optional.empty();
    }
    int unitsPerEm = u16(font, head[0] + 18);
    int glyphCount = u16(font, maxp[0] + 4);
    int[] advances = advances(font, hmtx, u16(font, hhea[0] + 34), glyphCount);
    FontCmap cmap = advances == null ? null : cmap(font, cmapTable, glyphCount);
    if (cmap == null || unitsPerEm == 0) {
      return Optional.empty();
    }
    int[] os2 = tables.get("OS/2");
    boolean hasOs2 = os2 != null && os2[1] >= 10;
    if (hasOs2) {
      FontMetrics.checkEmbeddable(s16(font, os2[0] + 8), displayName);
    }
    int version = hasOs2 ? u16(font, os2[0]) : 0;
    int capHeight = hasOs2 && version >= 2 && os2[1] >= 90 ? s16(font, os2[0] + 88) : 0;
    int[] post = tables.get("post");
    boolean hasPost = post != null && post[1] >= 16;
    float italicAngle = hasPost ? (float) (s16(font, post[0] + 4) + u16(font, post[0] + 6) / 65536.0) : 0f;
    boolean fixedPitch = hasPost && u32(font, post[0] + 12) != 0;
    int[] box = {s16(font, head[0] + 36), s16(font, head[0] + 38), s16(font, head[0] + 40), s16(font, head[0] + 42)};
    FontMetrics metrics = new FontMetrics(unitsPerEm, box, s16(font, hhea[0] + 4), s16(font, hhea[0] + 6), hasOs2,
        capHeight, hasOs2 ? u16(font, os2[0] + 4) : 400, italicAngle, fixedPitch, advances);
    return Optional.of(new SfntFace(postScriptName(font, tables.get("name")), metrics, cmap));
  }

  /** Every glyph's advance: the last long metric's for the glyphs after them; null if hmtx is short. */
  private static int[] advances(byte[] font, int[] hmtx, int longMetrics, int glyphCount) {
    if ((long) longMetrics * 4 > hmtx[1]) {
      return null;
    }
    int[] advances = new int[glyphCount];
    if (longMetrics == 0) {
      Arrays.fill(advances, 250); // as FontBox: a font without widths
      return advances;
    }
    for (int g = 0; g < glyphCount; g++) {
      advances[g] = u16(font, hmtx[0] + Math.min(g, longMetrics - 1) * 4);
    }
    return advances;
  }

  /** The (platform, encoding) pairs of a Unicode cmap subtable, in the order FontBox prefers them. */
  private static final int[][] PREFERRED = {{0, 4}, {3, 10}, {0, 3}, {3, 1}, {3, 0}};

  /** The character map from the preferred Unicode subtable, or null if it is not format 4 or 12. */
  private static FontCmap cmap(byte[] font, int[] table, int glyphCount) {
    int at = table[0];
    int end = table[0] + table[1];
    int count = u16(font, at + 2);
    if (at + 4 + count * 8 > end) {
      return null;
    }
    int chosen = -1;
    for (int[] wanted : PREFERRED) {
      for (int i = 0; i < count && chosen < 0; i++) {
        int record = at + 4 + i * 8;
        if (u16(font, record) == wanted[0] && u16(font, record + 2) == wanted[1]) {
          chosen = at + (int) u32(font, record + 4);
        }
      }
    }
    if (chosen < 0 || chosen + 4 > end) {
      return null;
    }
    char[] bmp = new char[0x10000];
    switch (u16(font, chosen)) {
      case 4:
        return format4(font, chosen, end, glyphCount, bmp) ? new FontCmap(glyphCount, bmp, new long[0]) : null;
      case 12:
        long[] astral = format12(font, chosen, end, glyphCount, bmp);
        return astral == null ? null : new FontCmap(glyphCount, bmp, astral);
      default:
        return null;
    }
  }

  /** Fills in the BMP table from a format 4 subtable (segments; the one ending at U+FFFF maps nothing). */
  private static boolean format4(byte[] font, int at, int end, int glyphCount, char[] bmp) {
    int segments = u16(font, at + 6) / 2;
    int ends = at + 14;
    int starts = ends + segments * 2 + 2;
    int deltas = starts + segments * 2;
    int rangeOffsets = deltas + segments * 2;
    if (rangeOffsets + segments * 2 > end) {
      return false;
    }
    for (int i = 0; i < segments; i++) {
      int last = u16(font, ends + i * 2);
      int first = u16(font, starts + i * 2);
      int delta = u16(font, deltas + i * 2);
      int rangeAt = rangeOffsets + i * 2;
      int rangeOffset = u16(font, rangeAt);
      if (first == 0xFFFF || last == 0xFFFF) {
        continue;
      }
      for (int c = first; c <= last; c++) {
        int gid;
        if (rangeOffset == 0) {
          gid = (c + delta) & 0xFFFF;
        } else {
          int glyphAt = rangeAt + rangeOffset + (c - first) * 2;
          if (glyphAt + 2 > end) {
            return false;
          }
          gid = u16(font, glyphAt);
          gid = gid == 0 ? 0 : (gid + delta) & 0xFFFF;
        }
        if (gid > 0 && gid < glyphCount && bmp[c] == 0) {
          bmp[c] = (char) gid;
        }
      }
    }
    return true;
  }

  /** Fills in the BMP table from a format 12 subtable (groups); returns the astral codes, or null if cut short. */
  private static long[] format12(byte[] font, int at, int end, int glyphCount, char[] bmp) {
    long groups = u32(font, at + 12);
    if (at + 16 + groups * 12 > end) {
      return null;
    }
    long[] astral = new long[64];
    int n = 0;
    for (int i = 0; i < groups; i++) {
      int group = at + 16 + i * 12;
      long first = u32(font, group);
      long last = Math.min(u32(font, group + 4), Character.MAX_CODE_POINT);
      long glyph = u32(font, group + 8);
      for (long c = first; c <= last; c++, glyph++) {
        if (glyph >= glyphCount) {
          break;
        }
        if (glyph == 0) {
          continue;
        }
        if (c < 0x10000) {
          if (bmp[(int) c] == 0) {
            bmp[(int) c] = (char) glyph;
          }
        } else {
          if (n == astral.length) {
            astral = Arrays.copyOf(astral, n * 2);
          }
          astral[n++] = c << 32 | glyph;
        }
      }
    }
    astral = Arrays.copyOf(astral, n);
    Arrays.sort(astral);
    return astral;
  }

  /**
   * The PostScript name (name id 6) as FontBox reads it — the Macintosh Roman English record, else
   * the Windows Unicode US English one, trimmed — or null when the font has neither.
   */
  private static String postScriptName(byte[] font, int[] table) {
    if (table == null || table[1] < 6) {
      return null;
    }
    int count = u16(font, table[0] + 2);
    int strings = table[0] + u16(font, table[0] + 4);
    String windows = null;
    for (int i = 0; i < count && table[0] + 6 + i * 12 + 12 <= table[0] + table[1]; i++) {
      int record = table[0] + 6 + i * 12;
      int platform = u16(font, record);
      int encoding = u16(font, record + 2);
      int language = u16(font, record + 4);
      int length = u16(font, record + 8);
      int offset = strings + u16(font, record + 10);
      if (u16(font, record + 6) != 6 || offset + length > font.length) {
        continue;
      }
      if (platform == 1 && encoding == 0 && language == 0) {
        return new String(font, offset, length, StandardCharsets.ISO_8859_1).trim();
      }
      if (platform == 3 && encoding == 1 && language == 0x409 && windows == null) {
        windows = new String(font, offset, length, StandardCharsets.UTF_16BE).trim();
      }
    }
    return windows;
  }

  private static int s16(byte[] b, int at) {
    return (short) u16(b, at);
  }

  private static long u32(byte[] b, int at) {
    return ((long) u16(b, at) << 16) | u16(b, at + 2);
  }
}
