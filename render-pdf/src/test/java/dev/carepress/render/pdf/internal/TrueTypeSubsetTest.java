package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/**
 * The subsetter checked against an independent reader: every subset is parsed back with FontBox
 * and compared glyph by glyph with the original font.
 */
class TrueTypeSubsetTest {
  private static final FontProgram REGULAR = Fonts.bundled(Fonts.REGULAR);

  private static TrueTypeFont parse(byte[] bytes) throws IOException {
    return new TTFParser(true).parse(new RandomAccessReadBuffer(bytes));
  }

  /** Draws the text: the new glyph id of each character, numbering glyphs on first use. */
  private static int[] draw(TrueTypeSubset.Glyphs glyphs, String text) {
    return text.codePoints().map(cp -> glyphs.id(REGULAR.glyph(cp))).toArray();
  }

  /** The outline of a glyph as text: every segment's type and points. */
  private static String outline(GlyphData glyph) {
    if (glyph == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    float[] p = new float[6];
    for (PathIterator it = glyph.getPath().getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(p);
      out.append(type).append(Arrays.toString(p)).append(';');
    }
    return out.toString();
  }

  @Test
  void glyphsAreNumberedInTheOrderTheyAreFirstDrawnAfterNotdef() {
    TrueTypeSubset.Glyphs glyphs = new TrueTypeSubset.Glyphs(REGULAR.layout(), false);
    assertThat(draw(glyphs, "Hello")).containsExactly(1, 2, 3, 3, 4);
    assertThat(draw(glyphs, "oH!")).containsExactly(4, 1, 5);
    assertThat(glyphs.count()).isEqualTo(6);
    assertThat(glyphs.old(0)).isZero();
    assertThat(glyphs.old(1)).isEqualTo(REGULAR.glyph('H'));
    assertThat(glyphs.old(5)).isEqualTo(REGULAR.glyph('!'));
  }

  @Test
  void theSubsetHoldsEachDrawnGlyphWithItsOutlineAndAdvanceUnderItsNewId() throws IOException {
    TrueTypeSubset.Glyphs glyphs = new TrueTypeSubset.Glyphs(REGULAR.layout(), false);
    String text = "Asthma: \u00E9\u00C5\u01FA\u0151 \u0391\u03C9 \u0416";
    int[] ids = draw(glyphs, text);
    TrueTypeFont subset = parse(TrueTypeSubset.subset(REGULAR.layout(), glyphs).file());
    TrueTypeFont original = parse(REGULAR.data());
    assertThat(subset.getNumberOfGlyphs()).isEqualTo(glyphs.count());
    int[] cps = text.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int old = REGULAR.glyph(cps[i]);
      assertThat(outline(subset.getGlyph().getGlyph(ids[i])))
          .as("outline of U+%04X", cps[i]).isEqualTo(outline(original.getGlyph().getGlyph(old)));
      assertThat(subset.getHorizontalMetrics().getAdvanceWidth(ids[i]))
          .as("advance of U+%04X", cps[i]).isEqualTo(original.getHorizontalMetrics().getAdvanceWidth(old));
    }
  }

  @Test
  void theComponentsOfCompositeGlyphsAreKeptAndRenumbered() throws IOException {
    TrueTypeFont original = parse(REGULAR.data());
    List<Integer> composites = new ArrayList<>();
    for (int cp : "\u00E9\u00C5\u01FA\u0151\u1EC5\u00F1\u0130".codePoints().toArray()) {
      GlyphData glyph = original.getGlyph().getGlyph(REGULAR.glyph(cp));
      if (glyph != null && glyph.getDescription().isComposite()) {
        composites.add(cp);
      }
    }
    assertThat(composites).as("accented letters of Noto Sans drawn from components").isNotEmpty();
    for (int cp : composites) {
      TrueTypeSubset.Glyphs glyphs = new TrueTypeSubset.Glyphs(REGULAR.layout(), false);
      int id = glyphs.id(REGULAR.glyph(cp));
      TrueTypeFont subset = parse(TrueTypeSubset.subset(REGULAR.layout(), glyphs).file());
      assertThat(glyphs.count()).as("U+%04X brings its components", cp).isGreaterThan(2);
      assertThat(outline(subset.getGlyph().getGlyph(id)))
          .as("U+%04X drawn from the subset's own components", cp)
          .isEqualTo(outline(original.getGlyph().getGlyph(REGULAR.glyph(cp))));
    }
  }

  @Test
  void theTablesAreConsistentAndTheirChecksumsRight() throws IOException {
    TrueTypeSubset.Glyphs glyphs = new TrueTypeSubset.Glyphs(REGULAR.layout(), false);
    draw(glyphs, "Wash your hands \u00E9");
    byte[] file = TrueTypeSubset.subset(REGULAR.layout(), glyphs).file();
    TrueTypeFont subset = parse(file);
    int n = glyphs.count();
    assertThat(subset.getMaximumProfile().getNumGlyphs()).isEqualTo(n);
    assertThat(subset.getHorizontalHeader().getNumberOfHMetrics()).isEqualTo(n);
    assertThat(subset.getHeader().getIndexToLocFormat()).as("long loca").isEqualTo((short) 1);
    Map<String, TTFTable> tables = new LinkedHashMap<>(subset.getTableMap());
    assertThat(tables.keySet()).contains("head", "hhea", "maxp", "hmtx", "loca", "glyf")
        .doesNotContain("cmap", "name", "post");
    for (TTFTable table : tables.values()) {
      int length = (int) table.getLength();
      assertThat(table.getOffset() % 4).as("%s is 4-byte aligned", table.getTag()).isZero();
      assertThat(table.getOffset() + length).isLessThanOrEqualTo(file.length);
      if (!table.getTag().equals("head")) {
        assertThat(checksum(file, (int) table.getOffset(), length))
            .as("checksum of %s", table.getTag()).isEqualTo((int) table.getCheckSum());
      }
    }
    assertThat(checksum(file, 0, file.length)).as("whole-file checksum").isEqualTo(0xB1B0AFBA);
  }

  @Test
  void withTheCommonGlyphsEverySubsetStartsWithTheSameBytes() throws IOException {
    TrueTypeSubset.Glyphs one = new TrueTypeSubset.Glyphs(REGULAR.layout(), true);
    TrueTypeSubset.Glyphs two = new TrueTypeSubset.Glyphs(REGULAR.layout(), true);
    int common = one.common();
    assertThat(common).isGreaterThan(60);
    assertThat(Arrays.stream(draw(one, "Hi")).boxed().toList()).allMatch(id -> id < common);
    int[] greek = draw(two, "\u0391\u03C3\u03B8\u03BC\u03B1 ok");
    assertThat(greek[0]).isEqualTo(common); // a glyph outside the common ones comes after them
    TrueTypeSubset.Subset a = TrueTypeSubset.subset(REGULAR.layout(), one);
    TrueTypeSubset.Subset b = TrueTypeSubset.subset(REGULAR.layout(), two);
    // the stretch whose compressed form is made once per JVM must be the same in every subset
    assertThat(a.fixedFrom()).isEqualTo(b.fixedFrom());
    assertThat(a.fixedTo()).isEqualTo(b.fixedTo());
    assertThat(Arrays.copyOfRange(a.file(), a.fixedFrom(), a.fixedTo()))
        .isEqualTo(Arrays.copyOfRange(b.file(), b.fixedFrom(), b.fixedTo()));
    TrueTypeFont parsed = parse(b.file());
    TrueTypeFont original = parse(REGULAR.data());
    assertThat(outline(parsed.getGlyph().getGlyph(greek[0])))
        .isEqualTo(outline(original.getGlyph().getGlyph(REGULAR.glyph(0x0391))));
  }

  /** The TrueType checksum: the sum of the big-endian 32-bit words, the last padded with zeros. */
  private static int checksum(byte[] data, int from, int length) {
    ByteBuffer padded = ByteBuffer.allocate((length + 3) / 4 * 4).put(data, from, length);
    padded.flip();
    int sum = 0;
    padded.limit(padded.capacity());
    while (padded.hasRemaining()) {
      sum += padded.getInt();
    }
    return sum;
  }
}
