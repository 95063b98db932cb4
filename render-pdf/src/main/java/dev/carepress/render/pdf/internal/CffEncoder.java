package dev.carepress.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/** Writes the CFF structures a subset is made of: INDEXes and fixed-size (5-byte) DICT integers. */
final class CffEncoder {
  private CffEncoder() {}

  /** An INDEX with the entries not in {@code keep} replaced by a bare {@code return}. */
  static byte[] index(byte[] b, CffIndex index, BitSet keep) {
    List<byte[]> entries = new ArrayList<>(index.count);
    byte[] empty = {11};
    for (int i = 0; i < index.count; i++) {
      entries.add(keep.get(i) ? Arrays.copyOfRange(b, index.start(i), index.end(i)) : empty);
    }
    return index(entries);
  }

  /** An INDEX of the entries with the smallest offset size that holds them. */
  static byte[] index(List<byte[]> entries) {
    int size = 1;
    for (byte[] e : entries) {
      size += e.length;
    }
    int offSize = size <= 0xFF ? 1 : size <= 0xFFFF ? 2 : size <= 0xFFFFFF ? 3 : 4;
    return index(entries, offSize);
  }

  /** An INDEX with 4-byte offsets, so that its size is known before its entries' contents are. */
  static byte[] index4(List<byte[]> entries) {
    return index(entries, 4);
  }

  private static byte[] index(List<byte[]> entries, int offSize) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int count = entries.size();
    out.write(count >> 8);
    out.write(count);
    if (count == 0) {
      return out.toByteArray();
    }
    out.write(offSize);
    int off = 1;
    for (int i = 0; i <= count; i++) {
      for (int k = offSize - 1; k >= 0; k--) {
        out.write(off >> (8 * k));
      }
      if (i < count) {
        off += entries.get(i).length;
      }
    }
    for (byte[] e : entries) {
      out.writeBytes(e);
    }
    return out.toByteArray();
  }

  /** A DICT integer operand in its 5-byte form (operator 29), whatever its value. */
  static void int5(ByteArrayOutputStream out, int v) {
    out.write(29);
    out.write(v >> 24);
    out.write(v >> 16);
    out.write(v >> 8);
    out.write(v);
  }
}
