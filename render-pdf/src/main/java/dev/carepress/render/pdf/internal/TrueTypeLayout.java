package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.FontBytes.checksum;
import static dev.carepress.render.pdf.internal.FontBytes.pad4;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

/**
 * Where a TrueType font's tables and glyphs are, its horizontal metrics, and the part of every
 * subset that does not depend on the glyphs (the table directory's layout, the hinting tables and
 * the common glyphs' outlines, with their compressed forms): read once per font for
 * {@link TrueTypeSubset}, then shared (immutable).
 */
final class TrueTypeLayout {
  /** Tables copied unchanged: the same bytes in every subset of a font. */
  static final String[] FIXED = {"cvt ", "fpgm", "prep"};
  /** Tables made for each subset, in the order they follow the fixed ones (glyf first: it may start with the common glyphs). */
  static final String[] MADE = {"glyf", "head", "hhea", "maxp", "hmtx", "loca"};
  /**
   * The characters of nearly every English or Western European handout: letters, digits, the
   * common ASCII punctuation and typographic quotes, dashes and bullets. A document that uses many
   * of them gets all of them, as a block whose compressed form is made once per JVM.
   */
  private static final int[] COMMON = (" !\"%&'()*+,-./0123456789:;=?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
      + "\u2018\u2019\u201C\u201D\u2013\u2014\u2022\u2026\u00B0\u00B5\u00D7\u00B1").codePoints().toArray();

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
  TrueTypeLayout(byte[] font, IntUnaryOperator glyphOf) {
    this.font = font;
    ByteBuffer in = ByteBuffer.wrap(font);
    Map<String, int[]> tables = TrueTypeTables.read(font);
    this.head = tables.get("head");
    this.hhea = tables.get("hhea");
    this.maxp = tables.get("maxp");
    this.glyf = tables.get("glyf");
    boolean longLoca = in.getShort(head[0] + 50) != 0;
    this.glyphs = in.getShort(maxp[0] + 4) & 0xFFFF;
    this.offsets = locaOffsets(in, tables.get("loca"), glyphs, longLoca);
    this.advances = new int[glyphs];
    this.lsbs = new short[glyphs];
    int metrics = Math.max(1, Math.min(glyphs, in.getShort(hhea[0] + 34) & 0xFFFF));
    readHmtx(in, tables.get("hmtx"), metrics, advances, lsbs);
    this.tags = Stream.concat(Arrays.stream(FIXED).filter(tables::containsKey), Arrays.stream(MADE))
        .sorted().toArray(String[]::new);
    this.fixedOffset = new int[tags.length];
    this.fixedLength = new int[tags.length];
    this.fixedChecksum = new int[tags.length];
    this.fixed = fixedTables(tables);
    this.fixedDeflated = Flate.rawSync(fixed, 0, fixed.length);
    TrueTypeSubset.Glyphs base = commonGlyphs(glyphOf);
    this.baseOld = base.numbered();
    this.baseGlyf = new byte[TrueTypeGlyf.size(this, base, 0, base.count())];
    TrueTypeGlyf.copy(this, base, 0, base.count(), baseGlyf, 0);
    this.baseGlyfChecksum = checksum(baseGlyf, 0, baseGlyf.length);
    byte[] both = Arrays.copyOf(fixed, fixed.length + baseGlyf.length);
    System.arraycopy(baseGlyf, 0, both, fixed.length, baseGlyf.length);
    this.baseDeflated = Flate.rawSync(both, 0, both.length);
  }

  /** The size of the table directory (the file header and one entry per table). */
  int directorySize() {
    return 12 + 16 * tags.length;
  }

  /** Each glyph's offset in {@code glyf}, from the {@code loca} table, and the end of the last. */
  private static int[] locaOffsets(ByteBuffer in, int[] loca, int glyphs, boolean longLoca) {
    int[] offsets = new int[glyphs + 1];
    for (int g = 0; g <= glyphs; g++) {
      offsets[g] = longLoca ? in.getInt(loca[0] + g * 4) : (in.getShort(loca[0] + g * 2) & 0xFFFF) * 2;
    }
    return offsets;
  }

  /** Reads every glyph's advance and left side bearing from {@code hmtx} (0 where the table is short). */
  private static void readHmtx(ByteBuffer in, int[] hmtx, int metrics, int[] advances, short[] lsbs) {
    int hmtxEnd = hmtx[0] + hmtx[1];
    for (int g = 0; g < advances.length; g++) {
      int last = hmtx[0] + (Math.min(g, metrics - 1)) * 4;
      advances[g] = last + 2 <= hmtxEnd ? in.getShort(last) & 0xFFFF : 0;
      int lsbAt = g < metrics ? hmtx[0] + g * 4 + 2 : hmtx[0] + metrics * 4 + (g - metrics) * 2;
      lsbs[g] = lsbAt + 2 <= hmtxEnd ? in.getShort(lsbAt) : 0;
    }
  }

  /** The fixed tables, each padded; fills in {@link #fixedOffset}, {@link #fixedLength} and {@link #fixedChecksum}. */
  private byte[] fixedTables(Map<String, int[]> tables) {
    int size = 0;
    for (String tag : FIXED) {
      if (tables.containsKey(tag)) {
        size += pad4(tables.get(tag)[1]);
      }
    }
    byte[] bytes = new byte[size];
    Arrays.fill(fixedOffset, -1);
    int at = 0;
    for (String tag : FIXED) {
      int[] t = tables.get(tag);
      if (t == null) {
        continue;
      }
      int i = Arrays.asList(tags).indexOf(tag);
      System.arraycopy(font, t[0], bytes, at, t[1]);
      fixedOffset[i] = at;
      fixedLength[i] = t[1];
      fixedChecksum[i] = checksum(bytes, at, pad4(t[1]));
      at += pad4(t[1]);
    }
    return bytes;
  }

  /** The common glyphs the font has, numbered in {@link #COMMON}'s order, then their components. */
  private TrueTypeSubset.Glyphs commonGlyphs(IntUnaryOperator glyphOf) {
    TrueTypeSubset.Glyphs base = new TrueTypeSubset.Glyphs(this, false);
    for (int cp : COMMON) {
      int gid = glyphOf.applyAsInt(cp);
      if (gid > 0 && gid < glyphs) {
        base.id(gid);
      }
    }
    TrueTypeGlyf.components(this, base, 1);
    return base;
  }
}
