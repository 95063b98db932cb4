package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.FontBytes.u16;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A CFF DICT read in place: its entries' operators (two-byte ones as 1200 + the second byte) and
 * where their operands are; can copy its entries but some to a new DICT.
 */
final class CffDict {
  private final byte[] b;
  private final List<int[]> entries = new ArrayList<>(); // {operator, operandsFrom, operatorFrom, end}

  CffDict(byte[] b, int from, int to) {
    this.b = b;
    int p = from;
    int operands = from;
    while (p < to) {
      int v = b[p] & 0xFF;
      if (v <= 21) {
        int op = v == 12 ? 1200 + (b[p + 1] & 0xFF) : v;
        int end = p + (v == 12 ? 2 : 1);
        entries.add(new int[] {op, operands, p, end});
        p = end;
        operands = p;
      } else if (v == 28) {
        p += 3;
      } else if (v == 29) {
        p += 5;
      } else if (v == 30) {
        p++;
        while (p < to && (b[p] & 0x0F) != 0x0F && (b[p] & 0xF0) != 0xF0) {
          p++;
        }
        p++;
      } else if (v >= 247 && v <= 254) {
        p += 2;
      } else {
        p++;
      }
    }
  }

  boolean has(int op) {
    return entries.stream().anyMatch(e -> e[0] == op);
  }

  /** The first integer operand of the operator. */
  int get(int op) {
    return operands(op)[0];
  }

  /** The first two integer operands. */
  int[] pair(int op) {
    return operands(op);
  }

  private int[] operands(int op) {
    for (int[] e : entries) {
      if (e[0] == op) {
        return operands(e[1], e[2]);
      }
    }
    throw new IllegalStateException("the CFF DICT has no operator " + op);
  }

  /** The operands in {@code b[from, to)}, a real number read as 0 (it is never an offset or a count). */
  private int[] operands(int from, int to) {
    List<Integer> values = new ArrayList<>();
    int p = from;
    while (p < to) {
      int v = b[p] & 0xFF;
      if (v == 28) {
        values.add((int) (short) u16(b, p + 1));
        p += 3;
      } else if (v == 29) {
        values.add((b[p + 1] << 24) | ((b[p + 2] & 0xFF) << 16) | ((b[p + 3] & 0xFF) << 8) | (b[p + 4] & 0xFF));
        p += 5;
      } else if (v >= 32 && v <= 246) {
        values.add(v - 139);
        p++;
      } else if (v >= 247 && v <= 250) {
        values.add((v - 247) * 256 + (b[p + 1] & 0xFF) + 108);
        p += 2;
      } else if (v >= 251 && v <= 254) {
        values.add(-(v - 251) * 256 - (b[p + 1] & 0xFF) - 108);
        p += 2;
      } else {
        values.add(0); // a real number: not an offset or a count
        p++;
        while (p < to && (b[p - 1] & 0x0F) != 0x0F && (b[p - 1] & 0xF0) != 0xF0) {
          p++;
        }
      }
    }
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Writes the entries, operands and operator, but those of the given operators. */
  void copyExcept(ByteArrayOutputStream out, int... skip) {
    for (int[] e : entries) {
      boolean skipped = false;
      for (int s : skip) {
        skipped |= e[0] == s;
      }
      if (!skipped) {
        out.write(b, e[1], e[3] - e[1]);
      }
    }
  }
}
