package dev.carepress.render.pdf.internal;

import dev.carepress.render.RenderException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A font's Unicode character map (read through FontBox, or straight from the bytes by
 * {@link SfntFace}) as arrays any thread may read: the glyph of every BMP code point
 * in a table, the astral ones sorted for binary search, and (made on first use) the reverse map
 * from glyph to code point.
 */
final class FontCmap {
  private final int glyphCount;
  private final char[] bmpGlyphs;
  private final int[] astralCodes;
  private final int[] astralGlyphs;
  private volatile int[] reverse;

  /**
   * Reads the font's Unicode cmap.
   *
   * @throws RenderException if the font has none
   */
  FontCmap(TrueTypeFont ttf, int glyphCount, String displayName) throws IOException {
    this.glyphCount = glyphCount;
    this.bmpGlyphs = new char[0x10000];
    CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
    if (cmap == null) {
      throw new RenderException("the font " + displayName + " has no Unicode character map; it cannot be used");
    }
    long[] astral = readCharCodes(cmap);
    confirmBmp(cmap);
    this.astralCodes = new int[astral.length];
    this.astralGlyphs = new int[astral.length];
    for (int i = 0; i < astral.length; i++) {
      astralCodes[i] = (int) (astral[i] >>> 32);
      astralGlyphs[i] = (int) astral[i];
    }
  }

  /**
   * The map read straight from the font's cmap subtable by {@link SfntFace}: the glyph of every BMP
   * code point (0: none) and the astral ones as (code << 32 | glyph), sorted; glyph ids are in range.
   */
  FontCmap(int glyphCount, char[] bmpGlyphs, long[] astral) {
    this.glyphCount = glyphCount;
    this.bmpGlyphs = bmpGlyphs;
    this.astralCodes = new int[astral.length];
    this.astralGlyphs = new int[astral.length];
    for (int i = 0; i < astral.length; i++) {
      astralCodes[i] = (int) (astral[i] >>> 32);
      astralGlyphs[i] = (int) astral[i];
    }
  }

  /**
   * Fills in the BMP table from each glyph's character codes (the first glyph of a code wins);
   * returns the astral codes as (code << 32 | glyph), sorted.
   */
  private long[] readCharCodes(CmapLookup cmap) {
    int[] codes = new int[16];
    int[] glyphs = new int[16];
    int astral = 0;
    for (int gid = 1; gid < glyphCount; gid++) {
      List<Integer> chars = cmap.getCharCodes(gid);
      if (chars == null) {
        continue;
      }
      for (int cp : chars) {
        if (cp < 0x10000) {
          if (bmpGlyphs[cp] == 0) {
            bmpGlyphs[cp] = (char) gid;
          }
        } else if (cp <= Character.MAX_CODE_POINT) {
          if (astral == codes.length) {
            codes = Arrays.copyOf(codes, astral * 2);
            glyphs = Arrays.copyOf(glyphs, astral * 2);
          }
          codes[astral] = cp;
          glyphs[astral] = gid;
          astral++;
        }
      }
    }
    long[] pairs = new long[astral];
    for (int i = 0; i < astral; i++) {
      pairs[i] = ((long) codes[i] << 32) | glyphs[i];
    }
    Arrays.sort(pairs);
    return pairs;
  }

  /** cmap.getCharCodes lists one code per glyph in some formats: confirms the BMP through the lookup. */
  private void confirmBmp(CmapLookup cmap) {
    for (int cp = 0x20; cp < 0x10000; cp++) {
      if (bmpGlyphs[cp] == 0 && (cp < 0xD800 || cp > 0xDFFF)) {
        int gid = cmap.getGlyphId(cp);
        if (gid > 0 && gid < glyphCount) {
          bmpGlyphs[cp] = (char) gid;
        }
      }
    }
  }

  /** The glyph id of the code point, or 0 if the font has no glyph for it. */
  int glyph(int codePoint) {
    if (codePoint < 0x10000) {
      return codePoint < 0 ? 0 : bmpGlyphs[codePoint];
    }
    int i = Arrays.binarySearch(astralCodes, codePoint);
    return i < 0 ? 0 : astralGlyphs[i];
  }

  /** The lowest character mapped to the glyph, or -1 when none is. */
  int codePointOf(int gid) {
    int[] reverse = this.reverse;
    if (reverse == null) {
      reverse = new int[glyphCount];
      Arrays.fill(reverse, -1);
      for (int cp = 0xFFFF; cp >= 0; cp--) {
        if (bmpGlyphs[cp] != 0) {
          reverse[bmpGlyphs[cp]] = cp;
        }
      }
      for (int i = astralCodes.length - 1; i >= 0; i--) {
        if (astralGlyphs[i] < glyphCount && reverse[astralGlyphs[i]] < 0) {
          reverse[astralGlyphs[i]] = astralCodes[i];
        }
      }
      this.reverse = reverse; // racing threads build the same array
    }
    return gid >= 0 && gid < reverse.length ? reverse[gid] : -1;
  }
}
