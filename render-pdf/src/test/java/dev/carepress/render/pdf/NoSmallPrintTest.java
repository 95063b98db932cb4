package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.testing.SampleArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, "no small print": every glyph of a handout, read back from its content streams with
 * PDFBox (the size a viewer draws, {@code Tf} times the text matrix), is at least 12 pt, except the
 * page footer's at 10 pt; in large print every glyph, footers included, is at least 18 pt.
 */
class NoSmallPrintTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "articles");
  /** A glyph whose baseline is this close to the page's bottom edge is in the footer. */
  private static final float FOOTER_ZONE = 68f;

  /** A glyph read back: its text, its size in points, its baseline's height above the page's bottom edge. */
  record Glyph(String text, float size, float fromBottom, int page) {}

  @Test
  void standardHandoutHasNoTextUnderTwelvePointsOutsideTheFooter() throws Exception {
    PdfRenderer standard = PdfRenderer.builder().siteUrl("https://health.example.org/a/very/long/path").build();
    for (Article article : articles()) {
      List<Glyph> glyphs = glyphs(Pdfs.render(standard, article).bytes());
      assertThat(glyphs).as(article.slug()).isNotEmpty();
      assertThat(glyphs).as("glyphs under 12 pt above the footer of " + article.slug())
          .filteredOn(g -> g.fromBottom() > FOOTER_ZONE && g.size() < 12f - 0.01f).isEmpty();
      assertThat(glyphs).as("glyphs under 10 pt in " + article.slug())
          .filteredOn(g -> g.size() < 10f - 0.01f).isEmpty();
    }
  }

  @Test
  void largePrintHandoutHasNoTextUnderTheBodySizeNotEvenInTheFooter() throws Exception {
    PdfRenderer large = PdfRenderer.builder().largePrint(true).siteUrl("https://health.example.org").build();
    for (Article article : articles()) {
      List<Glyph> glyphs = glyphs(Pdfs.render(large, article).bytes());
      assertThat(glyphs).as(article.slug()).isNotEmpty();
      assertThat(glyphs).as("glyphs under 18 pt in " + article.slug())
          .filteredOn(g -> g.size() < 18f - 0.01f).isEmpty();
    }
  }

  @Test
  void theFooterIsTheOnlyTextUnderTwelvePointsAndItIsThere() throws Exception {
    List<Glyph> glyphs = glyphs(Pdfs.render(PdfRenderer.create(), SampleArticles.everything()).bytes());
    assertThat(glyphs).filteredOn(g -> g.size() < 11f).isNotEmpty()
        .allSatisfy(g -> assertThat(g.fromBottom()).isLessThan(FOOTER_ZONE));
  }

  /** The sample with every kind of block (notes, references, tables, captions, code) and the examples. */
  private static List<Article> articles() throws IOException {
    List<Article> all = new ArrayList<>();
    all.add(SampleArticles.everything());
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        all.add(MarkdownArticleReader.create().read(file));
      }
    }
    return all;
  }

  static List<Glyph> glyphs(byte[] pdf) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition p : positions) {
            glyphs.add(new Glyph(p.getUnicode(), p.getFontSizeInPt(), p.getPageHeight() - p.getY(),
                getCurrentPageNo()));
          }
        }
      };
      stripper.getText(doc);
    }
    return glyphs;
  }
}
