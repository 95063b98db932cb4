package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.FontBytes.checksum;
import static dev.carepress.render.pdf.internal.FontBytes.pad4;
import static dev.carepress.render.pdf.internal.FontBytes.putInt;
import static dev.carepress.render.pdf.internal.FontBytes.putShort;

/**
 * Writes the tables made for each TrueType subset ({@link TrueTypeLayout#MADE}): {@code glyf},
 * {@code loca} and {@code hmtx} for the subset's glyphs, and {@code head}, {@code hhea} and
 * {@code maxp} copied with their glyph counts and formats set.
 */
final class TrueTypeMadeTables {
  private TrueTypeMadeTables() {}

  /** The length of a made table (before padding) in a subset of {@code n} glyphs. */
  static int length(String tag, TrueTypeLayout layout, int n, int glyfSize) {
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

  /**
   * Writes the table of the first {@code n} glyphs at {@code file[o]} and returns its checksum; the {@code head} table's checksum
   * adjustment is left 0, for the caller to set once the whole file is written.
   */
  static int write(String tag, TrueTypeLayout layout, TrueTypeSubset.Glyphs glyphs, int n, byte[] file, int o, int length) {
    byte[] font = layout.font;
    switch (tag) {
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
      case "loca":
        writeLoca(layout, glyphs, n, file, o);
        break;
      case "glyf":
        return writeGlyf(layout, glyphs, n, file, o, length);
      default:
        throw new IllegalStateException(tag);
    }
    return checksum(file, o, pad4(length));
  }

  /** A long {@code loca}: each glyph's offset, its outline padded to 4 bytes as {@link TrueTypeGlyf#copy} writes it. */
  private static void writeLoca(TrueTypeLayout layout, TrueTypeSubset.Glyphs glyphs, int n, byte[] file, int o) {
    int g = 0;
    for (int id = 0; id < n; id++) {
      putInt(file, o + id * 4, g);
      int old = glyphs.old(id);
      g += pad4(layout.offsets[old + 1] - layout.offsets[old]);
    }
    putInt(file, o + n * 4, g);
  }

  /** The common glyphs' prepared outlines (when the set holds them), then the others'; returns the checksum. */
  private static int writeGlyf(TrueTypeLayout layout, TrueTypeSubset.Glyphs glyphs, int n, byte[] file, int o, int length) {
    int common = glyphs.common();
    int base = 0;
    if (common > 0) {
      System.arraycopy(layout.baseGlyf, 0, file, o, layout.baseGlyf.length);
      base = layout.baseGlyf.length;
    }
    TrueTypeGlyf.copy(layout, glyphs, common, n, file, o + base);
    return (common > 0 ? layout.baseGlyfChecksum : 0) + checksum(file, o + base, pad4(length) - base);
  }
}
