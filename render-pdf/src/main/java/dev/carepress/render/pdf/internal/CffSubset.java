package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.CffEncoder.index;
import static dev.carepress.render.pdf.internal.CffEncoder.index4;
import static dev.carepress.render.pdf.internal.CffEncoder.int5;

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
 * bytes; a {@link CffSource} is made once per font and shared. This class lays the subset out; the
 * parts are read by {@link CffSource}, {@link CffIndex} and {@link CffDict}, the used subroutines
 * found by {@link CffSubrClosure} and the INDEXes written by {@link CffEncoder}.
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
      return new CffSource(cff, 0).cidKeyed;
    } catch (java.io.IOException | RuntimeException e) {
      return false;
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

  /** A Private DICT as written: its bytes, followed by its local subrs if it has any, and the DICT's own length. */
  private record Private(byte[] bytes, int dictLength) {}

  /** The subset CFF of the glyphs numbered so far. */
  static byte[] subset(CffSource s, Glyphs glyphs) {
    int n = glyphs.count();
    BitSet usedG = new BitSet();
    BitSet[] usedL = usedSubrs(s, glyphs, usedG);
    byte[] gsubrs = index(s.b, s.gsubrs, usedG);
    byte[] charStrings = charStrings(s, glyphs);
    byte[] charset = n > 1 ? new byte[] {2, 0, 1, (byte) ((n - 2) >> 8), (byte) (n - 2)} : new byte[] {0};
    byte[] fdSelect = new byte[1 + n];
    for (int id = 0; id < n; id++) {
      fdSelect[1 + id] = (byte) s.fdSelect[glyphs.old(id)];
    }
    // the Top DICT without the entries this writes again, then those with 5-byte offsets
    CffDict top = new CffDict(s.topDict, 0, s.topDict.length);
    ByteArrayOutputStream topOut = new ByteArrayOutputStream();
    top.copyExcept(topOut, 15, 17, 1236, 1237, 1234, 16, 18);
    byte[] kept = topOut.toByteArray();
    byte[] header = {1, 0, 4, 4};
    int topIndexLen = index4(List.of(topDict(kept, n, 0, 0, 0, 0))).length;
    int nameLen = s.name[1] - s.name[0];
    int stringsLen = s.strings[1] - s.strings[0];
    int charsetAt = header.length + nameLen + topIndexLen + stringsLen + gsubrs.length;
    int fdSelectAt = charsetAt + charset.length;
    int charStringsAt = fdSelectAt + fdSelect.length;
    int fdArrayAt = charStringsAt + charStrings.length;
    List<Private> privates = privates(s, usedL);
    byte[] fdArray = index4(fontDicts(s, privates, fdArrayAt));
    ByteArrayOutputStream out = new ByteArrayOutputStream(fdArrayAt + fdArray.length + privatesSize(privates) + 16);
    out.writeBytes(header);
    out.write(s.b, s.name[0], nameLen);
    out.writeBytes(index4(List.of(topDict(kept, n, charsetAt, charStringsAt, fdArrayAt, fdSelectAt))));
    out.write(s.b, s.strings[0], stringsLen);
    out.writeBytes(gsubrs);
    out.writeBytes(charset);
    out.writeBytes(fdSelect);
    out.writeBytes(charStrings);
    out.writeBytes(fdArray);
    for (Private p : privates) {
      out.writeBytes(p.bytes());
    }
    return out.toByteArray();
  }

  /** Marks the global subroutines the glyphs use in {@code usedG}; returns the local ones, per font DICT. */
  private static BitSet[] usedSubrs(CffSource s, Glyphs glyphs, BitSet usedG) {
    BitSet[] usedL = new BitSet[s.lsubrs.length];
    for (int f = 0; f < usedL.length; f++) {
      usedL[f] = new BitSet();
    }
    for (int id = 0; id < glyphs.count(); id++) {
      int old = glyphs.old(id);
      int fd = s.fdSelect[old];
      new CffSubrClosure(s, s.lsubrs[fd], usedL[fd], usedG).run(s.charStrings.start(old), s.charStrings.end(old), 0);
    }
    return usedL;
  }

  /** The CharStrings INDEX of the glyphs in their new order. */
  private static byte[] charStrings(CffSource s, Glyphs glyphs) {
    List<byte[]> glyphData = new ArrayList<>();
    for (int id = 0; id < glyphs.count(); id++) {
      int old = glyphs.old(id);
      glyphData.add(Arrays.copyOfRange(s.b, s.charStrings.start(old), s.charStrings.end(old)));
    }
    return index(glyphData);
  }

  /** Each font DICT's Private DICT, its Subrs entry (if any) pointing to the used local subrs right after it. */
  private static List<Private> privates(CffSource s, BitSet[] usedL) {
    List<Private> privates = new ArrayList<>();
    for (int f = 0; f < s.fdArray.count; f++) {
      CffDict pd = new CffDict(s.b, s.privates[f][0], s.privates[f][0] + s.privates[f][1]);
      ByteArrayOutputStream p = new ByteArrayOutputStream();
      pd.copyExcept(p, 19);
      byte[] local = s.lsubrs[f] == null ? null : index(s.b, s.lsubrs[f], usedL[f]);
      if (local != null) {
        int privSize = p.size() + 6;
        int5(p, privSize);
        p.write(19);
        p.writeBytes(local);
      }
      byte[] bytes = p.toByteArray();
      privates.add(new Private(bytes, local == null ? bytes.length : bytes.length - local.length));
    }
    return privates;
  }

  /**
   * The font DICTs, each pointing to its Private DICT; those follow the FDArray that starts at
   * {@code fdArrayAt}, in order.
   */
  private static List<byte[]> fontDicts(CffSource s, List<Private> privates, int fdArrayAt) {
    int fds = s.fdArray.count;
    List<byte[]> fontDicts = new ArrayList<>();
    int fdDictSize = 0;
    for (int f = 0; f < fds; f++) {
      CffDict fd = new CffDict(s.b, s.fdArray.start(f), s.fdArray.end(f));
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
      Private priv = privates.get(f);
      int5(d, priv.dictLength());
      int5(d, privAt);
      d.write(18);
      finalFontDicts.add(d.toByteArray());
      privAt += priv.bytes().length;
    }
    return finalFontDicts;
  }

  private static int privatesSize(List<Private> privates) {
    int size = 0;
    for (Private p : privates) {
      size += p.bytes().length;
    }
    return size;
  }

  /** The Top DICT: the kept entries, then the glyph count and the offsets this subset writes. */
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
}
