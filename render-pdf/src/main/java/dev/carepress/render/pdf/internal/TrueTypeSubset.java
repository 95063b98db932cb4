package dev.carepress.render.pdf.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Subsets a TrueType font file straight from its bytes, renumbering the glyphs: the subset holds
 * only the glyphs a document draws, numbered 1, 2, 3 … in the order they were first drawn (0 is
 * .notdef), then the components of its composite glyphs. A handout draws a hundred-odd glyphs of a
 * font of thousands, so its {@code loca} and {@code hmtx} tables shrink from some 13 KB each to a few
 * hundred bytes. The tables a PDF renderer needs are kept (head, hhea, maxp, hmtx, loca, glyf and
 * the hinting tables cvt, fpgm, prep). Only plain {@code .ttf} files with TrueType outlines;
 * collections and CFF fonts go through FontBox's subsetter.
 */
final class TrueTypeSubset {
  /** Tables copied unchanged: the same bytes in every subset of a font. */
  private static final String[] FIXED = {"cvt ", "fpgm", "prep"};
  /** Tables made for each subset. */
  private static final String[] MADE = {"head", "hhea", "maxp", "hmtx", "loca", "glyf"};

  private TrueTypeSubset() {}

  /** Whether the bytes are a single TrueType font this class can subset. */
  static boolean canSubset(byte[] font) {
    if (font.length < 12) {
      return false;
    }
    int version = ByteBuffer.wrap(font).getInt(0);
    if (version != 0x00010000 && version != 0x74727565) {
      return false;
    }
    Map<String, int[]> tables = tables(font);
    return tables.containsKey("glyf") && tables.containsKey("loca") && tables.containsKey("head")
        && tables.containsKey("maxp") && tables.containsKey("hhea") && tables.containsKey("hmtx");
  }

  /**
   * Where a font's tables and glyphs are, its horizontal metrics, and the part of every subset that
   * does not depend on the glyphs (the table directory's layout and the hinting tables): read once
   * per font, then shared (immutable).
   */
  static final class Layout {
    final byte[] font;
    final int[] glyf;
    final int[] offsets;
    final int glyphs;
    final int[] advances;
    final short[] lsbs;
    final int[] head;
    final int[] hhea;
    final int[] maxp;
    /** The tags of the subset's tables, sorted as the table directory wants them. */
    final String[] tags;
    /** The fixed tables' bytes, padded and in the order they follow the directory. */
    final byte[] fixed;
    /** Per tag: the offset of a fixed table in {@link #fixed}, or -1 for a made table. */
    final int[] fixedOffset;
    final int[] fixedLength;
    final int[] fixedChecksum;

    Layout(byte[] font) {
      this.font = font;
      ByteBuffer in = ByteBuffer.wrap(font);
      Map<String, int[]> tables = tables(font);
      this.head = tables.get("head");
      this.hhea = tables.get("hhea");
      this.maxp = tables.get("maxp");
      this.glyf = tables.get("glyf");
      int[] loca = tables.get("loca");
      int[] hmtx = tables.get("hmtx");
      boolean longLoca = in.getShort(head[0] + 50) != 0;
      this.glyphs = in.getShort(maxp[0] + 4) & 0xFFFF;
      this.offsets = new int[glyphs + 1];
      for (int g = 0; g <= glyphs; g++) {
        offsets[g] = longLoca ? in.getInt(loca[0] + g * 4) : (in.getShort(loca[0] + g * 2) & 0xFFFF) * 2;
      }
      int metrics = Math.max(1, Math.min(glyphs, in.getShort(hhea[0] + 34) & 0xFFFF));
      this.advances = new int[glyphs];
      this.lsbs = new short[glyphs];
      int hmtxEnd = hmtx[0] + hmtx[1];
      for (int g = 0; g < glyphs; g++) {
        int last = hmtx[0] + (Math.min(g, metrics - 1)) * 4;
        advances[g] = last + 2 <= hmtxEnd ? in.getShort(last) & 0xFFFF : 0;
        int lsbAt = g < metrics ? hmtx[0] + g * 4 + 2 : hmtx[0] + metrics * 4 + (g - metrics) * 2;
        lsbs[g] = lsbAt + 2 <= hmtxEnd ? in.getShort(lsbAt) : 0;
      }
      String[] present = java.util.stream.Stream.concat(Arrays.stream(FIXED).filter(tables::containsKey),
          Arrays.stream(MADE)).sorted().toArray(String[]::new);
      this.tags = present;
      this.fixedOffset = new int[tags.length];
      this.fixedLength = new int[tags.length];
      this.fixedChecksum = new int[tags.length];
      int size = 0;
      for (String tag : FIXED) {
        if (tables.containsKey(tag)) {
          size += pad4(tables.get(tag)[1]);
        }
      }
      this.fixed = new byte[size];
      Arrays.fill(fixedOffset, -1);
      int at = 0;
      for (String tag : FIXED) {
        int[] t = tables.get(tag);
        if (t == null) {
          continue;
        }
        int i = Arrays.asList(tags).indexOf(tag);
        System.arraycopy(font, t[0], fixed, at, t[1]);
        fixedOffset[i] = at;
        fixedLength[i] = t[1];
        fixedChecksum[i] = checksum(fixed, at, pad4(t[1]));
        at += pad4(t[1]);
      }
    }

    /** The size of the table directory (the file header and one entry per table). */
    int directorySize() {
      return 12 + 16 * tags.length;
    }
  }

  /**
   * A document's glyphs of one font, numbered in the order they are first drawn: new id 0 is
   * .notdef. Not thread-safe: one per document and font.
   */
  static final class Glyphs {
    private final char[] newIds;
    private int[] oldIds = new int[64];
    private int count = 1;

    Glyphs(int fontGlyphs) {
      this.newIds = new char[fontGlyphs];
    }

    /** The new id of the font's glyph {@code old} (> 0), numbering it on first use. */
    int id(int old) {
      int id = newIds[old];
      if (id == 0) {
        id = count++;
        if (id == oldIds.length) {
          oldIds = Arrays.copyOf(oldIds, id * 2);
        }
        oldIds[id] = old;
        newIds[old] = (char) id;
      }
      return id;
    }

    /** The number of glyphs, .notdef included. */
    int count() {
      return count;
    }

    /** The font's glyph id of a new id. */
    int old(int id) {
      return oldIds[id];
    }
  }

  /**
   * The subset of the glyphs numbered so far; the components of composite glyphs are numbered here,
   * after every drawn glyph.
   */
  static byte[] subset(Layout layout, Glyphs glyphs) {
    byte[] font = layout.font;
    int glyfStart = layout.glyf[0];
    int[] offsets = layout.offsets;
    // composites: number their components (and theirs); the loop sees glyphs numbered on the way
    for (int id = 1; id < glyphs.count(); id++) {
      int old = glyphs.old(id);
      int start = glyfStart + offsets[old];
      int end = glyfStart + offsets[old + 1];
      if (end - start >= 10 && (short) (((font[start] & 0xFF) << 8) | (font[start + 1] & 0xFF)) < 0) {
        int p = start + 10;
        int flags;
        do {
          flags = u16(font, p);
          int component = u16(font, p + 2);
          if (component < layout.glyphs) {
            glyphs.id(component);
          }
          p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
          p += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
        } while ((flags & 0x0020) != 0 && p + 4 <= end);
      }
    }
    int n = glyphs.count();
    int glyfSize = 0;
    for (int id = 0; id < n; id++) {
      int old = glyphs.old(id);
      glyfSize += pad4(offsets[old + 1] - offsets[old]);
    }
    String[] tags = layout.tags;
    int[] lengths = new int[tags.length];
    int total = layout.directorySize() + layout.fixed.length;
    for (int i = 0; i < tags.length; i++) {
      lengths[i] = layout.fixedOffset[i] >= 0 ? layout.fixedLength[i] : madeLength(tags[i], layout, n, glyfSize);
      if (layout.fixedOffset[i] < 0) {
        total += pad4(lengths[i]);
      }
    }
    byte[] file = new byte[total];
    // the fixed tables right after the directory, then the made ones in the order of MADE
    System.arraycopy(layout.fixed, 0, file, layout.directorySize(), layout.fixed.length);
    int[] at = new int[tags.length];
    int pos = layout.directorySize() + layout.fixed.length;
    for (String tag : MADE) {
      int i = Arrays.asList(tags).indexOf(tag);
      at[i] = pos;
      pos += pad4(lengths[i]);
    }
    for (int i = 0; i < tags.length; i++) {
      if (layout.fixedOffset[i] >= 0) {
        at[i] = layout.directorySize() + layout.fixedOffset[i];
        continue;
      }
      int o = at[i];
      switch (tags[i]) {
        case "head":
          System.arraycopy(font, layout.head[0], file, o, layout.head[1]);
          putInt(file, o + 8, 0); // checksum adjustment, set below
          putShort(file, o + 50, 1); // long loca
          break;
        case "hhea":
          System.arraycopy(font, layout.hhea[0], file, o, layout.hhea[1]);
          putShort(file, o + 34, n); // numberOfHMetrics: every glyph has its own
          break;
        case "maxp":
          System.arraycopy(font, layout.maxp[0], file, o, layout.maxp[1]);
          putShort(file, o + 4, n);
          break;
        case "hmtx":
          for (int id = 0; id < n; id++) {
            int old = glyphs.old(id);
            putShort(file, o + id * 4, layout.advances[old]);
            putShort(file, o + id * 4 + 2, layout.lsbs[old]);
          }
          break;
        case "loca": {
          int g = 0;
          for (int id = 0; id < n; id++) {
            putInt(file, o + id * 4, g);
            int old = glyphs.old(id);
            g += pad4(offsets[old + 1] - offsets[old]);
          }
          putInt(file, o + n * 4, g);
          break;
        }
        case "glyf": {
          int g = o;
          for (int id = 0; id < n; id++) {
            int old = glyphs.old(id);
            int length = offsets[old + 1] - offsets[old];
            if (length <= 0) {
              continue;
            }
            System.arraycopy(font, glyfStart + offsets[old], file, g, length);
            if (length >= 10 && (file[g] & 0x80) != 0) { // composite: renumber its components
              int p = g + 10;
              int end = g + length;
              int flags;
              do {
                flags = u16(file, p);
                int component = u16(file, p + 2);
                if (component < layout.glyphs) {
                  putShort(file, p + 2, glyphs.id(component));
                }
                p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                p += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
              } while ((flags & 0x0020) != 0 && p + 4 <= end);
            }
            g += pad4(length);
          }
          break;
        }
        default:
          throw new IllegalStateException(tags[i]);
      }
    }
    int count = tags.length;
    int power = Integer.highestOneBit(count);
    putInt(file, 0, 0x00010000);
    putShort(file, 4, count);
    putShort(file, 6, power * 16);
    putShort(file, 8, 31 - Integer.numberOfLeadingZeros(power));
    putShort(file, 10, count * 16 - power * 16);
    int headAt = -1;
    for (int i = 0; i < count; i++) {
      int entry = 12 + i * 16;
      for (int k = 0; k < 4; k++) {
        file[entry + k] = (byte) tags[i].charAt(k);
      }
      int sum = layout.fixedOffset[i] >= 0 ? layout.fixedChecksum[i] : checksum(file, at[i], pad4(lengths[i]));
      putInt(file, entry + 4, sum);
      putInt(file, entry + 8, at[i]);
      putInt(file, entry + 12, lengths[i]);
      if (tags[i].equals("head")) {
        headAt = at[i];
      }
    }
    // the whole file's checksum: header, directory and tables; the fixed tables' sums are known
    long sum = checksum(file, 0, layout.directorySize()) & 0xFFFFFFFFL;
    for (int i = 0; i < count; i++) {
      sum += (layout.fixedOffset[i] >= 0 ? layout.fixedChecksum[i] : checksum(file, at[i], pad4(lengths[i])))
          & 0xFFFFFFFFL;
    }
    putInt(file, headAt + 8, (int) (0xB1B0AFBAL - (sum & 0xFFFFFFFFL)));
    return file;
  }

  private static int madeLength(String tag, Layout layout, int n, int glyfSize) {
    switch (tag) {
      case "head": return layout.head[1];
      case "hhea": return layout.hhea[1];
      case "maxp": return layout.maxp[1];
      case "hmtx": return n * 4;
      case "loca": return (n + 1) * 4;
      case "glyf": return glyfSize;
      default: throw new IllegalStateException(tag);
    }
  }

  private static Map<String, int[]> tables(byte[] font) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int count = in.getShort(4) & 0xFFFF;
    Map<String, int[]> tables = new HashMap<>();
    for (int i = 0; i < count && 12 + i * 16 + 16 <= font.length; i++) {
      int entry = 12 + i * 16;
      String tag = new String(font, entry, 4, StandardCharsets.ISO_8859_1);
      int offset = in.getInt(entry + 8);
      int length = in.getInt(entry + 12);
      if (offset >= 0 && length >= 0 && (long) offset + length <= font.length) {
        tables.put(tag, new int[] {offset, length});
      }
    }
    return tables;
  }

  private static int u16(byte[] b, int at) {
    return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
  }

  private static void putShort(byte[] b, int at, int v) {
    b[at] = (byte) (v >> 8);
    b[at + 1] = (byte) v;
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >> 24);
    b[at + 1] = (byte) (v >> 16);
    b[at + 2] = (byte) (v >> 8);
    b[at + 3] = (byte) v;
  }

  /** The sum of the big-endian 32-bit words of a 4-byte-aligned range. */
  private static int checksum(byte[] data, int from, int length) {
    int sum = 0;
    for (int i = from; i < from + length; i += 4) {
      sum += ((data[i] & 0xFF) << 24) | ((data[i + 1] & 0xFF) << 16) | ((data[i + 2] & 0xFF) << 8) | (data[i + 3] & 0xFF);
    }
    return sum;
  }

  private static int pad4(int n) {
    return (n + 3) & ~3;
  }
}
