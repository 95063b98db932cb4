package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Each line of a title or heading is as tall as its own text needs: a mostly Latin title with one
 * Arabic word takes the Arabic face's taller line only on the Arabic word's line (the whole title
 * took it, with wide gaps between its Latin lines). Read from where PDFBox says the glyphs are drawn.
 */
class MixedScriptLineHeightTest {
  private static final String LATIN = "Managing high blood pressure at home with the help of your family and friends \u2014 ";

  /** The distances between the baselines of the lines in type of at least {@code size} on page 1, top down. */
  private static List<Float> gaps(String title, float size) throws Exception {
    Article article = MarkdownArticleReader.create().read("""
        ---
        title: %s
        slug: bp
        ---

        Some text.
        """.formatted(title), "bp.md");
    List<TextPosition> glyphs = RightToLeftFurnitureTest.glyphs(Pdfs.render(PdfRenderer.create(), article).bytes());
    TreeSet<Float> baselines = new TreeSet<>();
    for (TextPosition g : glyphs) {
      if (g.getFontSizeInPt() >= size && !g.getUnicode().isBlank()) {
        baselines.add((float) Math.round(g.getYDirAdj() * 10f) / 10f);
      }
    }
    List<Float> ys = List.copyOf(baselines);
    return java.util.stream.IntStream.range(1, ys.size()).mapToObj(i -> ys.get(i) - ys.get(i - 1)).toList();
  }

  @Test
  void aTitlesLatinLinesKeepTheirOwnLineHeightBesideAnArabicWordsLine() throws Exception {
    float latinGap = gaps(LATIN + "pressure", 20f).get(0);

    List<Float> mixed = gaps(LATIN + "\u0627\u0644\u0636\u063A\u0637", 20f);

    assertThat(mixed).hasSize(2); // three lines: two of Latin words, the last with the Arabic word
    // a shaped Latin line asks for 90% of Noto Sans's ascent and descent, a little over the leading
    assertThat(mixed.get(0)).as("between the Latin lines").isLessThanOrEqualTo(latinGap * 1.1f);
    assertThat(mixed.get(1)).as("down to the Arabic word's line").isGreaterThan(mixed.get(0) * 1.1f);
  }
}
