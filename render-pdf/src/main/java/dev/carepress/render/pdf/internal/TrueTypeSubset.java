package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.FontBytes.checksum;
import static dev.carepress.render.pdf.internal.FontBytes.pad4;
import static dev.carepress.render.pdf.internal.FontBytes.putInt;
import static dev.carepress.render.pdf.internal.FontBytes.putShort;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * Subsets a TrueType font file straight from its bytes, renumbering the glyphs: the subset holds
 * only the glyphs a document draws, numbered 1, 2, 3 … in the order they were first drawn (0 is
 * .notdef), then the components of its composite glyphs. A handout draws a hundred-odd glyphs of a
 * font of thousands, so its {@code loca} and {@code hmtx} tables shrink from some 13 KB each to a few
 * hundred bytes. The tables a PDF renderer needs are kept (head, hhea, maxp, hmtx, loca, glyf and
 * the hinting tables cvt, fpgm, prep). Only plain {@code .ttf} files with TrueType outlines;
 * collections and CFF fonts go through FontBox's subsetter. This class lays out the file and writes
 * its table directory; the font is read by {@link TrueTypeLayout}, the tables written by
 * {@link TrueTypeMadeTables} and {@link TrueTypeGlyf}.
 */
final class TrueTypeSubset {
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
    Map<String, int[]> tables = TrueTypeTables.read(font);
    return tables.containsKey("glyf") && tables.containsKey("loca") && tables.containsKey("head")
        && tables.containsKey("maxp") && tables.containsKey("hhea") && tables.containsKey("hmtx");
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
    Glyphs(TrueTypeLayout layout, boolean common) {
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

    /** The font's glyph ids of the glyphs numbered so far, in their new order. */
    int[] numbered() {
      return Arrays.copyOf(oldIds, count);
    }
  }

  /**
   * The subset of the glyphs numbered so far; the components of composite glyphs are numbered here,
   * after every drawn glyph.
   */
  static Subset subset(TrueTypeLayout layout, Glyphs glyphs) {
    int common = glyphs.common();
    TrueTypeGlyf.components(layout, glyphs, Math.max(1, common));
    int n = glyphs.count();
    int glyfSize = (common > 0 ? layout.baseGlyf.length : 0) + TrueTypeGlyf.size(layout, glyphs, common, n);
    String[] tags = layout.tags;
    int[] lengths = new int[tags.length];
    int total = layout.directorySize() + layout.fixed.length;
    for (int i = 0; i < tags.length; i++) {
      lengths[i] = layout.fixedOffset[i] >= 0 ? layout.fixedLength[i] : TrueTypeMadeTables.length(tags[i], layout, n, glyfSize);
      if (layout.fixedOffset[i] < 0) {
        total += pad4(lengths[i]);
      }
    }
    byte[] file = new byte[total];
    // the fixed tables right after the directory, then the made ones in the order of MADE
    System.arraycopy(layout.fixed, 0, file, layout.directorySize(), layout.fixed.length);
    int[] at = new int[tags.length];
    int pos = layout.directorySize() + layout.fixed.length;
    for (String tag : TrueTypeLayout.MADE) {
      int i = Arrays.asList(tags).indexOf(tag);
      at[i] = pos;
      pos += pad4(lengths[i]);
    }
    int[] sums = new int[tags.length];
    for (int i = 0; i < tags.length; i++) {
      if (layout.fixedOffset[i] >= 0) {
        at[i] = layout.directorySize() + layout.fixedOffset[i];
        sums[i] = layout.fixedChecksum[i];
      } else {
        sums[i] = TrueTypeMadeTables.write(tags[i], layout, glyphs, n, file, at[i], lengths[i]);
      }
    }
    writeDirectory(file, layout, at, lengths, sums);
    int fixedFrom = layout.directorySize();
    int fixedTo = fixedFrom + layout.fixed.length + (common > 0 ? layout.baseGlyf.length : 0);
    return new Subset(file, fixedFrom, fixedTo, common > 0 ? layout.baseDeflated : layout.fixedDeflated);
  }

  /**
   * Writes the file header and the table directory, then sets the {@code head} table's checksum
   * adjustment from the whole file's checksum (header and directory, plus every table's).
   */
  private static void writeDirectory(byte[] file, TrueTypeLayout layout, int[] at, int[] lengths, int[] sums) {
    String[] tags = layout.tags;
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
    sum += checksum(file, 0, layout.directorySize()) & 0xFFFFFFFFL;
    putInt(file, headAt + 8, (int) (0xB1B0AFBAL - (sum & 0xFFFFFFFFL)));
  }

  /**
   * A font file and the stretch of it that is the same in every document, with that stretch's
   * compressed form (see {@link Flate}).
   */
  record Subset(byte[] file, int fixedFrom, int fixedTo, byte[] fixedDeflated) {}
}
