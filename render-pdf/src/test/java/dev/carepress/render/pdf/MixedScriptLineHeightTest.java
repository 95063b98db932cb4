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

  /**
   * A paragraph whose lines differ in height breaks across pages by their own heights: every line of
   * the body ends above the footer's margin, and none is lost.
   */
  @Test
  void aParagraphOfUnevenLinesBreaksAcrossPagesInsideTheTextArea() throws Exception {
    String sentence = "Wash your hands often with soap and water for at least twenty seconds, especially after you"
        + " have been in a public place. In Arabic the word is \u063A\u0633\u0644 and it is on every poster. ";
    Article article = MarkdownArticleReader.create().read("---\ntitle: Hands\nslug: hands\n---\n\n"
        + sentence.repeat(60) + "\n", "hands.md");
    byte[] pdf = Pdfs.render(PdfRenderer.create(), article).bytes();
    int pages = RightToLeftFurnitureTest.pageCount(pdf);
    assertThat(pages).isGreaterThan(1);
    int arabic = 0;
    for (int p = 1; p <= pages; p++) {
      List<TextPosition> glyphs = RightToLeftFurnitureTest.glyphs(pdf, p);
      float footer = RightToLeftFurnitureTest.line(glyphs, true).get(0).getYDirAdj();
      for (TextPosition g : glyphs) {
        if (g.getYDirAdj() < footer - 1f && g.getYDirAdj() > 60f) {
          // A4's bottom margin is 0.95 inch: the body's glyphs sit above 842 - 68.4 pt
          assertThat(g.getYDirAdj()).as("page %d: '%s'", p, g.getUnicode()).isLessThan(842f - 68.4f);
          arabic += g.getUnicode().equals("\u063A") ? 1 : 0;
        }
      }
    }
    assertThat(arabic).as("every line drawn").isEqualTo(60);
  }
}
