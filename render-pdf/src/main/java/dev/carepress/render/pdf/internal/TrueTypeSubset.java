package dev.carepress.render.pdf.internal;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Subsets a TrueType font file straight from its bytes, keeping glyph ids: the glyphs a document
 * uses (and the components of composite glyphs) keep their outlines, every other glyph becomes
 * empty. The tables a PDF renderer needs are kept (head, hhea, maxp, hmtx, loca, glyf and the
 * hinting tables cvt, fpgm, prep); with ids unchanged the PDF maps CIDs to glyphs by identity.
 * Only plain {@code .ttf} files with TrueType outlines; collections and CFF fonts go through
 * FontBox's subsetter.
 */
final class TrueTypeSubset {
  private static final String[] KEEP = {"cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"};

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

  /** Where a font's tables and glyphs are: read once per font, then shared (immutable). */
  static final class Layout {
    final Map<String, int[]> tables;
    final int[] offsets;
    final int glyphs;

    Layout(byte[] font) {
      ByteBuffer in = ByteBuffer.wrap(font);
      this.tables = tables(font);
      int[] head = tables.get("head");
      int[] loca = tables.get("loca");
      boolean longLoca = in.getShort(head[0] + 50) != 0;
      this.glyphs = in.getShort(tables.get("maxp")[0] + 4) & 0xFFFF;
      this.offsets = new int[glyphs + 1];
      for (int g = 0; g <= glyphs; g++) {
        offsets[g] = longLoca ? in.getInt(loca[0] + g * 4) : (in.getShort(loca[0] + g * 2) & 0xFFFF) * 2;
      }
    }
  }

  /** The subset keeping the glyphs in {@code used} (glyph 0 is always kept). */
  static byte[] subset(byte[] font, Layout layout, BitSet used) {
    ByteBuffer in = ByteBuffer.wrap(font);
    Map<String, int[]> tables = layout.tables;
    int[] glyf = tables.get("glyf");
    int glyphs = layout.glyphs;
    int[] offsets = layout.offsets;
    BitSet keep = new BitSet(glyphs);
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(0);
    for (int g = used.nextSetBit(0); g >= 0 && g < glyphs; g = used.nextSetBit(g + 1)) {
      todo.add(g);
    }
    while (!todo.isEmpty()) {
      int g = todo.poll();
      if (g >= glyphs || keep.get(g)) {
        continue;
      }
      keep.set(g);
      int start = glyf[0] + offsets[g];
      int end = glyf[0] + offsets[g + 1];
      if (end - start >= 10 && in.getShort(start) < 0) { // composite: queue its components
        int p = start + 10;
        int flags;
        do {
          flags = in.getShort(p) & 0xFFFF;
          todo.add(in.getShort(p + 2) & 0xFFFF);
          p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
          p += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
        } while ((flags & 0x0020) != 0 && p + 4 <= end);
      }
    }
    int size = 0;
    for (int g = keep.nextSetBit(0); g >= 0; g = keep.nextSetBit(g + 1)) {
      size += pad4(offsets[g + 1] - offsets[g]);
    }
    byte[] newGlyf = new byte[size];
    byte[] newLoca = new byte[(glyphs + 1) * 4];
    ByteBuffer locaOut = ByteBuffer.wrap(newLoca);
    int at = 0;
    for (int g = 0; g < glyphs; g++) {
      locaOut.putInt(g * 4, at);
      if (keep.get(g)) {
        int length = offsets[g + 1] - offsets[g];
        if (length > 0) {
          System.arraycopy(font, glyf[0] + offsets[g], newGlyf, at, length);
          at += pad4(length);
        }
      }
    }
    locaOut.putInt(glyphs * 4, at);

    Map<String, byte[]> out = new TreeMap<>();
    for (String tag : KEEP) {
      int[] t = tables.get(tag);
      if (t == null) {
        continue;
      }
      byte[] data;
      if (tag.equals("glyf")) {
        data = newGlyf;
      } else if (tag.equals("loca")) {
        data = newLoca;
      } else {
        data = new byte[t[1]];
        System.arraycopy(font, t[0], data, 0, t[1]);
        if (tag.equals("head")) {
          ByteBuffer.wrap(data).putShort(50, (short) 1).putInt(8, 0); // long loca; checksum set below
        }
      }
      out.put(tag, data);
    }
    return write(out);
  }

  private static Map<String, int[]> tables(byte[] font) {
    ByteBuffer in = ByteBuffer.wrap(font);
    int count = in.getShort(4) & 0xFFFF;
    Map<String, int[]> tables = new TreeMap<>();
    for (int i = 0; i < count && 12 + i * 16 + 16 <= font.length; i++) {
      int entry = 12 + i * 16;
      String tag = new String(font, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
      int offset = in.getInt(entry + 8);
      int length = in.getInt(entry + 12);
      if (offset >= 0 && length >= 0 && (long) offset + length <= font.length) {
        tables.put(tag, new int[] {offset, length});
      }
    }
    return tables;
  }

  private static byte[] write(Map<String, byte[]> tables) {
    int count = tables.size();
    int total = 12 + 16 * count;
    for (byte[] data : tables.values()) {
      total += pad4(data.length);
    }
    byte[] file = new byte[total];
    ByteBuffer out = ByteBuffer.wrap(file);
    int power = Integer.highestOneBit(count);
    out.putInt(0, 0x00010000);
    out.putShort(4, (short) count);
    out.putShort(6, (short) (power * 16));
    out.putShort(8, (short) (31 - Integer.numberOfLeadingZeros(power)));
    out.putShort(10, (short) (count * 16 - power * 16));
    int offset = 12 + 16 * count;
    int i = 0;
    int headOffset = -1;
    long sum = 0;
    for (Map.Entry<String, byte[]> table : tables.entrySet()) {
      byte[] data = table.getValue();
      int entry = 12 + i * 16;
      byte[] tag = table.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      System.arraycopy(tag, 0, file, entry, 4);
      System.arraycopy(data, 0, file, offset, data.length);
      int tableSum = checksum(file, offset, pad4(data.length));
      sum += tableSum & 0xFFFFFFFFL;
      out.putInt(entry + 4, tableSum);
      out.putInt(entry + 8, offset);
      out.putInt(entry + 12, data.length);
      if (table.getKey().equals("head")) {
        headOffset = offset;
      }
      offset += pad4(data.length);
      i++;
    }
    if (headOffset >= 0) {
      // the whole file's checksum is that of the header and directory plus the tables'
      sum += checksum(file, 0, 12 + 16 * count) & 0xFFFFFFFFL;
      out.putInt(headOffset + 8, (int) (0xB1B0AFBAL - (sum & 0xFFFFFFFFL)));
    }
    return file;
  }

  /** The sum of the big-endian 32-bit words of a 4-byte-aligned range. */
  private static int checksum(byte[] data, int from, int length) {
    ByteBuffer buffer = ByteBuffer.wrap(data);
    int sum = 0;
    for (int i = from; i < from + length; i += 4) {
      sum += buffer.getInt(i);
    }
    return sum;
  }

  private static int pad4(int n) {
    return (n + 3) & ~3;
  }
}
