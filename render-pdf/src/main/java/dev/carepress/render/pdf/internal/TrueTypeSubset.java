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
  /** Tables made for each subset, in the order they follow the fixed ones (glyf first: it may start with the common glyphs). */
  private static final String[] MADE = {"glyf", "head", "hhea", "maxp", "hmtx", "loca"};
  /**
   * The characters of nearly every English or Western European handout: letters, digits, the
   * common ASCII punctuation and typographic quotes, dashes and bullets. A document that uses many
   * of them gets all of them, as a block whose compressed form is made once per JVM.
   */
  private static final int[] COMMON = (" !\"%&'()*+,-./0123456789:;=?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
      + "\u2018\u2019\u201C\u201D\u2013\u2014\u2022\u2026\u00B0\u00B5\u00D7\u00B1").codePoints().toArray();

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
    /** The raw Deflate data of the fixed tables (see {@link Flate#rawSync}). */
    final byte[] fixedDeflated;
    /** The common glyphs: the font's glyph ids in their subset order (.notdef first), components included. */
    final int[] baseOld;
    /** The common glyphs' outlines, their composites' components renumbered, each padded to 4 bytes. */
    final byte[] baseGlyf;
    final int baseGlyfChecksum;
    /** The raw Deflate data of the fixed tables followed by {@link #baseGlyf}. */
    final byte[] baseDeflated;

    /**
     * Reads the font and prepares its common part.
     *
     * @param glyphOf the font's glyph id of a code point, 0 when it has none
     */
    Layout(byte[] font, java.util.function.IntUnaryOperator glyphOf) {
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
      this.fixedDeflated = Flate.rawSync(fixed, 0, fixed.length);
      Glyphs base = new Glyphs(this, false);
      for (int cp : COMMON) {
        int gid = glyphOf.applyAsInt(cp);
        if (gid > 0 && gid < glyphs) {
          base.id(gid);
        }
      }
      components(this, base, 1);
      this.baseOld = Arrays.copyOf(base.oldIds, base.count);
      int glyfSize = 0;
      for (int old : baseOld) {
        glyfSize += pad4(offsets[old + 1] - offsets[old]);
      }
      this.baseGlyf = new byte[glyfSize];
      copyGlyphs(this, base, 0, base.count, baseGlyf, 0);
      this.baseGlyfChecksum = checksum(baseGlyf, 0, baseGlyf.length);
      byte[] both = Arrays.copyOf(fixed, fixed.length + baseGlyf.length);
      System.arraycopy(baseGlyf, 0, both, fixed.length, baseGlyf.length);
      this.baseDeflated = Flate.rawSync(both, 0, both.length);
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
    private int[] oldIds;
    private int count;
    private final int fixed;

    /**
     * An empty set, or with {@code common} the font's common glyphs, numbered 1 … n in a fixed
     * order whether the document draws them or not (their compressed outlines are made once per JVM).
     */
    Glyphs(Layout layout, boolean common) {
      this.newIds = new char[layout.glyphs];
      if (common) {
        this.count = layout.baseOld.length;
        this.oldIds = Arrays.copyOf(layout.baseOld, Math.max(64, count * 2));
        for (int id = 1; id < count; id++) {
          newIds[oldIds[id]] = (char) id;
        }
      } else {
        this.count = 1;
        this.oldIds = new int[64];
      }
      this.fixed = common ? count : 0;
    }

    /** The number of common glyphs at the start (0 when the set does not hold them). */
    int common() {
      return fixed;
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
  static Subset subset(Layout layout, Glyphs glyphs) {
    int common = glyphs.common();
    components(layout, glyphs, Math.max(1, common));
    int[] offsets = layout.offsets;
    int n = glyphs.count();
    int glyfSize = common > 0 ? layout.baseGlyf.length : 0;
    for (int id = common; id < n; id++) {
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
    byte[] font = layout.font;
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
    int[] sums = new int[tags.length];
    for (int i = 0; i < tags.length; i++) {
      if (layout.fixedOffset[i] >= 0) {
        at[i] = layout.directorySize() + layout.fixedOffset[i];
        sums[i] = layout.fixedChecksum[i];
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
          int base = 0;
          if (common > 0) {
            System.arraycopy(layout.baseGlyf, 0, file, o, layout.baseGlyf.length);
            base = layout.baseGlyf.length;
          }
          copyGlyphs(layout, glyphs, common, n, file, o + base);
          sums[i] = (common > 0 ? layout.baseGlyfChecksum : 0) + checksum(file, o + base, pad4(lengths[i]) - base);
          break;
        }
        default:
          throw new IllegalStateException(tags[i]);
      }
      if (!tags[i].equals("glyf")) {
        sums[i] = checksum(file, o, pad4(lengths[i]));
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
    long sum = 0;
    for (int i = 0; i < count; i++) {
      int entry = 12 + i * 16;
      for (int k = 0; k < 4; k++) {
        file[entry + k] = (byte) tags[i].charAt(k);
      }
      putInt(file, entry + 4, sums[i]);
      putInt(file, entry + 8, at[i]);
      putInt(file, entry + 12, lengths[i]);
      if (tags[i].equals("head")) {
        headAt = at[i];
      }
      sum += sums[i] & 0xFFFFFFFFL;
    }
    // the whole file's checksum: header and directory, plus every table's
    sum += checksum(file, 0, layout.directorySize()) & 0xFFFFFFFFL;
    putInt(file, headAt + 8, (int) (0xB1B0AFBAL - (sum & 0xFFFFFFFFL)));
    int fixedFrom = layout.directorySize();
    int fixedTo = fixedFrom + layout.fixed.length + (common > 0 ? layout.baseGlyf.length : 0);
    return new Subset(file, fixedFrom, fixedTo, common > 0 ? layout.baseDeflated : layout.fixedDeflated);
  }

  /**
   * A font file and the stretch of it that is the same in every document, with that stretch's
   * compressed form (see {@link Flate}).
   */
  record Subset(byte[] file, int fixedFrom, int fixedTo, byte[] fixedDeflated) {}

  /** Numbers the components of the composite glyphs from {@code from} on (and theirs, as the loop reaches them). */
  private static void components(Layout layout, Glyphs glyphs, int from) {
    byte[] font = layout.font;
    int glyfStart = layout.glyf[0];
    for (int id = from; id < glyphs.count(); id++) {
      int old = glyphs.old(id);
      int start = glyfStart + layout.offsets[old];
      int end = glyfStart + layout.offsets[old + 1];
      if (end - start >= 10 && (font[start] & 0x80) != 0) {
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
  }

  /** Copies the outlines of glyphs {@code from}..{@code to - 1} to {@code out}, renumbering composites' components. */
  private static void copyGlyphs(Layout layout, Glyphs glyphs, int from, int to, byte[] out, int at) {
    int glyfStart = layout.glyf[0];
    int g = at;
    for (int id = from; id < to; id++) {
      int old = glyphs.old(id);
      int length = layout.offsets[old + 1] - layout.offsets[old];
      if (length <= 0) {
        continue;
      }
      System.arraycopy(layout.font, glyfStart + layout.offsets[old], out, g, length);
      if (length >= 10 && (out[g] & 0x80) != 0) { // composite: renumber its components
        int p = g + 10;
        int end = g + length;
        int flags;
        do {
          flags = u16(out, p);
          int component = u16(out, p + 2);
          if (component < layout.glyphs) {
            putShort(out, p + 2, glyphs.id(component));
          }
          p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
          p += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
        } while ((flags & 0x0020) != 0 && p + 4 <= end);
      }
      g += pad4(length);
    }
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
