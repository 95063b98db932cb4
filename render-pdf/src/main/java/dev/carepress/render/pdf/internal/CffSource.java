package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.FontBytes.u16;

import java.util.Arrays;

/**
 * A parsed CFF table: where its parts are (Name, Top DICT, String and global subroutine INDEXes,
 * and for a CID-keyed font the CharStrings, FDArray, FDSelect, Private DICTs and local
 * subroutines). Read once per font and shared by {@link CffSubset}. Immutable.
 */
final class CffSource {
  final byte[] b;
  final int base;
  final int[] name;
  final byte[] topDict;
  final int[] strings;
  final CffIndex gsubrs;
  final CffIndex charStrings;
  final CffIndex fdArray;
  final int[] fdSelect;
  /** Per font DICT: its Private DICT's [offset, size] and its local subrs (or null). */
  final int[][] privates;
  final CffIndex[] lsubrs;
  final boolean cidKeyed;

  CffSource(byte[] b, int base) {
    this.b = b;
    this.base = base;
    int p = base + (b[base + 2] & 0xFF);
    CffIndex names = new CffIndex(b, p);
    this.name = new int[] {p, names.end};
    CffIndex top = new CffIndex(b, names.end);
    this.topDict = Arrays.copyOfRange(b, top.start(0), top.end(0));
    CffIndex str = new CffIndex(b, top.end);
    this.strings = new int[] {top.end, str.end};
    this.gsubrs = new CffIndex(b, str.end);
    CffDict dict = new CffDict(topDict, 0, topDict.length);
    this.cidKeyed = dict.has(1230);
    if (!cidKeyed) {
      this.charStrings = null;
      this.fdArray = null;
      this.fdSelect = null;
      this.privates = null;
      this.lsubrs = null;
      return;
    }
    this.charStrings = new CffIndex(b, base + dict.get(17));
    this.fdArray = new CffIndex(b, base + dict.get(1236));
    this.fdSelect = fdSelect(b, base + dict.get(1237), charStrings.count);
    this.privates = new int[fdArray.count][];
    this.lsubrs = new CffIndex[fdArray.count];
    for (int f = 0; f < fdArray.count; f++) {
      CffDict fd = new CffDict(b, fdArray.start(f), fdArray.end(f));
      int[] priv = fd.pair(18); // size, offset
      privates[f] = new int[] {base + priv[1], priv[0]};
      CffDict pd = new CffDict(b, base + priv[1], base + priv[1] + priv[0]);
      lsubrs[f] = pd.has(19) ? new CffIndex(b, base + priv[1] + pd.get(19)) : null;
    }
  }

  /** The font DICT of each of {@code n} glyphs, from an FDSelect of format 0 or 3 at {@code fs}. */
  private static int[] fdSelect(byte[] b, int fs, int n) {
    int[] fdSelect = new int[n];
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
    return fdSelect;
  }
}
