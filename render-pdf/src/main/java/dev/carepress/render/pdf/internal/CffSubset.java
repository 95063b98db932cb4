package dev.carepress.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Subsets a CID-keyed CFF font program (the outlines of OpenType fonts such as Noto Sans CJK) for
 * embedding as a {@code CIDFontType0C} font file: only the glyphs drawn, renumbered 1, 2, 3 … in the
 * order first drawn (the charset maps glyph i to CID i, so CIDs in the content are the new glyph
 * ids), every font DICT kept, and the global and local subroutines no kept glyph calls emptied to a
 * bare {@code return} (their numbers, and so every call, stay as they are). Read from the font file's
 * bytes; a {@link Source} is made once per font and shared.
 */
final class CffSubset {
  private CffSubset() {}

  /** Whether the font's CFF table is CID-keyed (has a ROS), the kind this class subsets. */
  static boolean canSubset(TrueTypeFont font) {
    try {
      TTFTable table = font.getTableMap().get("CFF ");
      if (table == null) {
        return false;
      }
      byte[] cff = font.getTableBytes(table);
      return new Source(cff, 0).cidKeyed;
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }

  /** A parsed CFF table: where its parts are. Immutable. */
  static final class Source {
    final byte[] b;
    final int base;
    final int[] name;
    final byte[] topDict;
    final int[] strings;
    final Index gsubrs;
    final Index charStrings;
    final Index fdArray;
    final int[] fdSelect;
    /** Per font DICT: its Private DICT's [offset, size] and its local subrs (or null). */
    final int[][] privates;
    final Index[] lsubrs;
    final boolean cidKeyed;

    Source(byte[] b, int base) {
      this.b = b;
      this.base = base;
      int p = base + (b[base + 2] & 0xFF);
      Index names = new Index(b, p);
      this.name = new int[] {p, names.end};
      Index top = new Index(b, names.end);
      this.topDict = Arrays.copyOfRange(b, top.start(0), top.end(0));
      Index str = new Index(b, top.end);
      this.strings = new int[] {top.end, str.end};
      this.gsubrs = new Index(b, str.end);
      Dict dict = new Dict(topDict, 0, topDict.length);
      this.cidKeyed = dict.has(1230);
      if (!cidKeyed) {
        this.charStrings = null;
        this.fdArray = null;
        this.fdSelect = null;
        this.privates = null;
        this.lsubrs = null;
        return;
      }
      this.charStrings = new Index(b, base + dict.get(17));
      this.fdArray = new Index(b, base + dict.get(1236));
      int n = charStrings.count;
      this.fdSelect = new int[n];
      int fs = base + dict.get(1237);
      if ((b[fs] & 0xFF) == 0) {
        for (int g = 0; g < n; g++) {
          fdSelect[g] = b[fs + 1 + g] & 0xFF;
        }
      } else {
        int ranges = u16(b, fs + 1);
        for (int r = 0; r < ranges; r++) {
          int first = u16(b, fs + 3 + r * 3);
          int fd = b[fs + 5 + r * 3] & 0xFF;
          int next = u16(b, fs + 6 + r * 3);
          for (int g = first; g < next && g < n; g++) {
            fdSelect[g] = fd;
          }
        }
      }
      this.privates = new int[fdArray.count][];
      this.lsubrs = new Index[fdArray.count];
      for (int f = 0; f < fdArray.count; f++) {
        Dict fd = new Dict(b, fdArray.start(f), fdArray.end(f));
        int[] priv = fd.pair(18); // size, offset
        privates[f] = new int[] {base + priv[1], priv[0]};
        Dict pd = new Dict(b, base + priv[1], base + priv[1] + priv[0]);
        lsubrs[f] = pd.has(19) ? new Index(b, base + priv[1] + pd.get(19)) : null;
      }
    }
  }

  /** A document's glyphs of a CFF font, numbered as first drawn (0 is .notdef). Not thread-safe. */
  static final class Glyphs {
    private final char[] newIds;
    private int[] oldIds = new int[64];
    private int count = 1;

    Glyphs(int glyphCount) {
      this.newIds = new char[glyphCount];
    }

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

    int old(int id) {
      return oldIds[id];
    }

    int count() {
      return count;
    }
  }

  /** The subset CFF of the glyphs numbered so far. */
  static byte[] subset(Source s, Glyphs glyphs) {
    int n = glyphs.count();
    BitSet usedG = new BitSet();
    BitSet[] usedL = new BitSet[s.lsubrs.length];
    for (int f = 0; f < usedL.length; f++) {
      usedL[f] = new BitSet();
    }
    for (int id = 0; id < n; id++) {
      int old = glyphs.old(id);
      int fd = s.fdSelect[old];
      new Closure(s, s.lsubrs[fd], usedL[fd], usedG).run(s.charStrings.start(old), s.charStrings.end(old), 0);
    }
    byte[] gsubrs = index(s.b, s.gsubrs, usedG);
    List<byte[]> glyphData = new ArrayList<>();
    for (int id = 0; id < n; id++) {
      int old = glyphs.old(id);
      glyphData.add(Arrays.copyOfRange(s.b, s.charStrings.start(old), s.charStrings.end(old)));
    }
    byte[] charStrings = index(glyphData);
    byte[] charset = n > 1 ? new byte[] {2, 0, 1, (byte) ((n - 2) >> 8), (byte) (n - 2)} : new byte[] {0};
    byte[] fdSelect = new byte[1 + n];
    for (int id = 0; id < n; id++) {
      fdSelect[1 + id] = (byte) s.fdSelect[glyphs.old(id)];
    }
    // the Top DICT without the entries this writes again, then those with 5-byte offsets
    Dict top = new Dict(s.topDict, 0, s.topDict.length);
    ByteArrayOutputStream topOut = new ByteArrayOutputStream();
    top.copyExcept(topOut, 15, 17, 1236, 1237, 1234, 16, 18);
    byte[] header = {1, 0, 4, 4};
    int topIndexLen = index4(List.of(topDict(topOut.toByteArray(), n, 0, 0, 0, 0))).length;
    int nameLen = s.name[1] - s.name[0];
    int stringsLen = s.strings[1] - s.strings[0];
    int at = header.length + nameLen + topIndexLen + stringsLen + gsubrs.length;
    int charsetAt = at;
    int fdSelectAt = charsetAt + charset.length;
    int charStringsAt = fdSelectAt + fdSelect.length;
    int fdArrayAt = charStringsAt + charStrings.length;
    // font DICTs point to private DICTs placed after the FDArray, each followed by its local subrs
    int fds = s.fdArray.count;
    List<byte[]> fontDicts = new ArrayList<>();
    List<byte[]> privates = new ArrayList<>();
    for (int f = 0; f < fds; f++) {
      Dict pd = new Dict(s.b, s.privates[f][0], s.privates[f][0] + s.privates[f][1]);
      ByteArrayOutputStream p = new ByteArrayOutputStream();
      pd.copyExcept(p, 19);
      byte[] local = s.lsubrs[f] == null ? null : index(s.b, s.lsubrs[f], usedL[f]);
      if (local != null) {
        int privSize = p.size() + 6;
        int5(p, privSize);
        p.write(19);
        p.writeBytes(local);
      }
      privates.add(p.toByteArray());
    }
    int fdDictSize = 0;
    for (int f = 0; f < fds; f++) {
      Dict fd = new Dict(s.b, s.fdArray.start(f), s.fdArray.end(f));
      ByteArrayOutputStream d = new ByteArrayOutputStream();
      fd.copyExcept(d, 18);
      fontDicts.add(d.toByteArray());
      fdDictSize += d.size() + 11;
    }
    int fdArrayLen = 2 + 1 + 4 * (fds + 1) + fdDictSize;
    int privAt = fdArrayAt + fdArrayLen;
    List<byte[]> finalFontDicts = new ArrayList<>();
    for (int f = 0; f < fds; f++) {
      ByteArrayOutputStream d = new ByteArrayOutputStream();
      d.writeBytes(fontDicts.get(f));
      byte[] priv = privates.get(f);
      int privDictLen = s.lsubrs[f] == null ? priv.length : priv.length - index(s.b, s.lsubrs[f], usedL[f]).length;
      int5(d, privDictLen);
      int5(d, privAt);
      d.write(18);
      finalFontDicts.add(d.toByteArray());
      privAt += priv.length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(privAt + 16);
    out.writeBytes(header);
    out.write(s.b, s.name[0], nameLen);
    out.writeBytes(index4(List.of(topDict(topOut.toByteArray(), n, charsetAt, charStringsAt, fdArrayAt, fdSelectAt))));
    out.write(s.b, s.strings[0], stringsLen);
    out.writeBytes(gsubrs);
    out.writeBytes(charset);
    out.writeBytes(fdSelect);
    out.writeBytes(charStrings);
    out.writeBytes(index4(finalFontDicts));
    for (byte[] p : privates) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] topDict(byte[] kept, int count, int charset, int charStrings, int fdArray, int fdSelect) {
    ByteArrayOutputStream d = new ByteArrayOutputStream();
    d.writeBytes(kept);
    int5(d, count);
    d.write(12);
    d.write(34);
    int5(d, charset);
    d.write(15);
    int5(d, charStrings);
    d.write(17);
    int5(d, fdArray);
    d.write(12);
    d.write(36);
    int5(d, fdSelect);
    d.write(12);
    d.write(37);
    return d.toByteArray();
  }

  /** Marks the subroutines a charstring calls, and theirs. */
  private static final class Closure {
    private final Source s;
    private final Index local;
    private final BitSet usedL;
    private final BitSet usedG;
    private final int[] stack = new int[64];
    private int top;
    private int stems;
    private boolean done;

    Closure(Source s, Index local, BitSet usedL, BitSet usedG) {
      this.s = s;
      this.local = local;
      this.usedL = usedL;
      this.usedG = usedG;
    }

    void run(int from, int to, int depth) {
      byte[] b = s.b;
      int p = from;
      while (p < to && !done) {
        int v = b[p] & 0xFF;
        if (v >= 32 || v == 28) {
          int value;
          if (v == 28) {
            value = (short) u16(b, p + 1);
            p += 3;
          } else if (v <= 246) {
            value = v - 139;
            p += 1;
          } else if (v <= 250) {
            value = (v - 247) * 256 + (b[p + 1] & 0xFF) + 108;
            p += 2;
          } else if (v <= 254) {
            value = -(v - 251) * 256 - (b[p + 1] & 0xFF) - 108;
            p += 2;
          } else {
            value = ((b[p + 1] << 24) | ((b[p + 2] & 0xFF) << 16) | ((b[p + 3] & 0xFF) << 8) | (b[p + 4] & 0xFF)) >> 16;
            p += 5;
          }
          if (top < stack.length) {
            stack[top++] = value;
          }
          continue;
        }
        p++;
        switch (v) {
          case 1: case 3: case 18: case 23:
            stems += top / 2;
            top = 0;
            break;
          case 19: case 20:
            stems += top / 2;
            top = 0;
            p += (stems + 7) / 8;
            break;
          case 10: case 29: {
            Index subrs = v == 10 ? local : s.gsubrs;
            if (top == 0 || subrs == null || depth > 10) {
              top = 0;
              break;
            }
            int i = stack[--top] + bias(subrs.count);
            if (i >= 0 && i < subrs.count) {
              (v == 10 ? usedL : usedG).set(i);
              run(subrs.start(i), subrs.end(i), depth + 1);
            }
            break;
          }
          case 11:
            return;
          case 14:
            done = true;
            return;
          case 12:
            p++;
            top = 0;
            break;
          default:
            top = 0;
        }
      }
    }
  }

  private static int bias(int count) {
    return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
  }

  /** An INDEX with the entries not in {@code keep} replaced by a bare {@code return}. */
  private static byte[] index(byte[] b, Index index, BitSet keep) {
    List<byte[]> entries = new ArrayList<>(index.count);
    byte[] empty = {11};
    for (int i = 0; i < index.count; i++) {
      entries.add(keep.get(i) ? Arrays.copyOfRange(b, index.start(i), index.end(i)) : empty);
    }
    return index(entries);
  }

  private static byte[] index(List<byte[]> entries) {
    int size = 1;
    for (byte[] e : entries) {
      size += e.length;
    }
    int offSize = size <= 0xFF ? 1 : size <= 0xFFFF ? 2 : size <= 0xFFFFFF ? 3 : 4;
    return index(entries, offSize);
  }

  private static byte[] index4(List<byte[]> entries) {
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

  private static void int5(ByteArrayOutputStream out, int v) {
    out.write(29);
    out.write(v >> 24);
    out.write(v >> 16);
    out.write(v >> 8);
    out.write(v);
  }

  static int u16(byte[] b, int at) {
    return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
  }

  /** A CFF INDEX: where each entry's data starts and ends. */
  static final class Index {
    final int count;
    final int end;
    private final byte[] b;
    private final int offsets;
    private final int offSize;
    private final int data;

    Index(byte[] b, int at) {
      this.b = b;
      this.count = u16(b, at);
      if (count == 0) {
        this.offSize = 0;
        this.offsets = at + 2;
        this.data = at + 2;
        this.end = at + 2;
        return;
      }
      this.offSize = b[at + 2] & 0xFF;
      this.offsets = at + 3;
      this.data = offsets + (count + 1) * offSize - 1;
      this.end = data + offset(count);
    }

    private int offset(int i) {
      int v = 0;
      for (int k = 0; k < offSize; k++) {
        v = (v << 8) | (b[offsets + i * offSize + k] & 0xFF);
      }
      return v;
    }

    int start(int i) {
      return data + offset(i);
    }

    int end(int i) {
      return data + offset(i + 1);
    }
  }

  /** A DICT: its entries' operators and where their operands are. */
  static final class Dict {
    private final byte[] b;
    private final List<int[]> entries = new ArrayList<>(); // {operator, operandsFrom, operatorFrom, end}

    Dict(byte[] b, int from, int to) {
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
          List<Integer> values = new ArrayList<>();
          int p = e[1];
          while (p < e[2]) {
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
              while (p < e[2] && (b[p - 1] & 0x0F) != 0x0F && (b[p - 1] & 0xF0) != 0xF0) {
                p++;
              }
            }
          }
          return values.stream().mapToInt(Integer::intValue).toArray();
        }
      }
      throw new IllegalStateException("the CFF DICT has no operator " + op);
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
}
