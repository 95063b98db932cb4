package dev.carepress.render.pdf.internal;

import static dev.carepress.render.pdf.internal.FontBytes.pad4;
import static dev.carepress.render.pdf.internal.FontBytes.putShort;
import static dev.carepress.render.pdf.internal.FontBytes.u16;

/**
 * The glyph outlines of a TrueType subset: numbers the components of composite glyphs, and copies
 * outlines into the subset's {@code glyf} table with those components renumbered.
 */
final class TrueTypeGlyf {
  private TrueTypeGlyf() {}

  /** Numbers the components of the composite glyphs from {@code from} on (and theirs, as the loop reaches them). */
  static void components(TrueTypeLayout layout, TrueTypeSubset.Glyphs glyphs, int from) {
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
          p = nextComponent(p, flags);
        } while ((flags & 0x0020) != 0 && p + 4 <= end);
      }
    }
  }

  /** Copies the outlines of glyphs {@code from}..{@code to - 1} to {@code out}, renumbering composites' components. */
  static void copy(TrueTypeLayout layout, TrueTypeSubset.Glyphs glyphs, int from, int to, byte[] out, int at) {
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
          p = nextComponent(p, flags);
        } while ((flags & 0x0020) != 0 && p + 4 <= end);
      }
      g += pad4(length);
    }
  }

  /** The size of the outlines of glyphs {@code from}..{@code to - 1}, each padded to 4 bytes. */
  static int size(TrueTypeLayout layout, TrueTypeSubset.Glyphs glyphs, int from, int to) {
    int size = 0;
    for (int id = from; id < to; id++) {
      int old = glyphs.old(id);
      size += pad4(layout.offsets[old + 1] - layout.offsets[old]);
    }
    return size;
  }

  /** Where the component record after the one at {@code p} (with these flags) starts. */
  private static int nextComponent(int p, int flags) {
    p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
    p += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
    return p;
  }
}
