package dev.carepress.render.pdf;

import static dev.carepress.render.pdf.ScriptHandoutsTest.squeezed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.RenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Bilingual handouts ({@code bilingual/hands-*.md}: an abridged "Hand washing" from the examples,
 * with its Spanish and Arabic translations): side by side, tagged to be read one language at a
 * time, right-to-left on the right, section after section in large print, one after the other when
 * the sections do not pair.
 */
class BilingualHandoutTest {
  private static final PdfRenderer STANDARD = PdfRenderer.create();
  private static final String LAST_ENGLISH = "Keep hand sanitizer where young children cannot reach it.";

  static Path file(String name) {
    try {
      return Path.of(BilingualHandoutTest.class.getResource("bilingual/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Article article(String language) {
    try {
      return MarkdownArticleReader.create().read(file("hands-" + language + ".md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Pdfs.Rendered render(PdfRenderer renderer, String original, String translation) {
    List<Problem> warnings = new CopyOnWriteArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.renderBilingual(article(original), article(translation), out,
          RenderContext.defaults().withWarnings(warnings::add));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Pdfs.keep("bilingual-" + original + "-" + translation
        + (renderer.options().largePrint() ? "-large" : "") + ".pdf", out.toByteArray());
    return new Pdfs.Rendered(out.toByteArray(), warnings);
  }

  @Test
  void anEnglishSpanishHandoutReadsTheWholeEnglishThenTheWholeSpanishInTagOrder() throws Exception {
    Pdfs.Rendered pdf = render(STANDARD, "en", "es");

    assertThat(pdf.warnings()).isEmpty();
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    List<TagOrder.Part> parts = TagOrder.parts(pdf.bytes());
    assertThat(parts).extracting(TagOrder.Part::type, TagOrder.Part::lang)
        .containsExactly(tuple("Part", "en"), tuple("Part", "es"));
    assertThat(squeezed(parts.get(0).text())).startsWith(squeezed("Hand washing"))
        .endsWith(squeezed("This article is for general education and does not replace advice from your doctor"
            + " or nurse."))
        .doesNotContain("Lávese").doesNotContain("manos");
    assertThat(squeezed(parts.get(1).text())).startsWith(squeezed("Lavarse las manos"))
        .doesNotContain("wash").doesNotContain("Germs");
    String all = squeezed(TagOrder.text(pdf.bytes()));
    assertThat(all.indexOf(squeezed(LAST_ENGLISH))).isPositive()
        .isLessThan(all.indexOf(squeezed("Lavarse las manos")));
    assertThat(documentLanguage(pdf.bytes())).isEqualTo("en");
  }

  @Test
  void eachSectionOfTheTranslationIsBesideTheSameSectionOfTheOriginal() throws Exception {
    byte[] pdf = render(STANDARD, "en", "es").bytes();

    Glyph english = first(pdf, "When to wash your hands");
    Glyph spanish = first(pdf, "Cuándo lavarse las manos");
    assertThat(spanish.page()).isEqualTo(english.page());
    assertThat(spanish.y()).isCloseTo(english.y(), org.assertj.core.data.Offset.offset(1f));
    assertThat(spanish.x()).isGreaterThan(english.x() + 150f);
  }

  @Test
  void anEnglishArabicHandoutHasTheArabicColumnOnTheRightAndPassesVeraPdf() throws Exception {
    Pdfs.Rendered pdf = render(STANDARD, "en", "ar");

    assertThat(pdf.warnings()).isEmpty();
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    assertColumns(pdf.bytes(), UnicodeScript.LATIN, UnicodeScript.ARABIC);
    assertBulletsAtTheStartOfTheirLines(pdf.bytes());
    List<TagOrder.Part> parts = TagOrder.parts(pdf.bytes());
    assertThat(parts).extracting(TagOrder.Part::lang).containsExactly("en", "ar");
    assertThat(scripts(parts.get(0).text())).containsOnly(UnicodeScript.LATIN);
    assertThat(scripts(parts.get(1).text())).contains(UnicodeScript.ARABIC).doesNotContain(UnicodeScript.LATIN);
    // PDFBox gives a right-to-left line's glyphs in drawing order, so the Arabic title reads reversed
    assertThat(squeezed(parts.get(1).text())).startsWith(squeezed(new StringBuilder("غسل اليدين").reverse().toString()));
  }

  @Test
  void anArabicOriginalKeepsItsColumnOnTheRightWithItsEnglishTranslationOnTheLeft() throws Exception {
    Pdfs.Rendered pdf = render(STANDARD, "ar", "en");

    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    assertColumns(pdf.bytes(), UnicodeScript.LATIN, UnicodeScript.ARABIC);
    assertBulletsAtTheStartOfTheirLines(pdf.bytes());
    assertThat(TagOrder.parts(pdf.bytes())).extracting(TagOrder.Part::lang).containsExactly("ar", "en");
    assertThat(documentLanguage(pdf.bytes())).isEqualTo("ar");
  }

  @Test
  void largePrintGivesEachSectionThenItsTranslationAcrossThePage() throws Exception {
    Pdfs.Rendered pdf = render(PdfRenderer.builder().largePrint(true).build(), "en", "es");

    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    String drawn = squeezed(Pdfs.text(pdf.bytes()));
    List<Integer> order = new ArrayList<>();
    for (String heading : List.of("Hand washing", "Lavarse las manos", "Why clean hands matter",
        "Por qué importa tener las manos limpias", "When to wash your hands", "Cuándo lavarse las manos",
        "Hand sanitizer: when you cannot get to a sink", "Desinfectante de manos: cuando no tiene un lavabo cerca")) {
      order.add(drawn.indexOf(squeezed(heading)));
    }
    assertThat(order).doesNotContain(-1).isSorted();
    String tagged = squeezed(TagOrder.text(pdf.bytes()));
    assertThat(tagged.indexOf(squeezed(LAST_ENGLISH))).isLessThan(tagged.indexOf(squeezed("Lavarse las manos")));
  }

  @Test
  void sectionsThatDoNotPairAreReportedWithTheirLineAndComeOneArticleAfterTheOther() throws Exception {
    Pdfs.Rendered pdf = render(STANDARD, "en", "es-short");

    assertThat(pdf.warnings()).hasSize(1);
    Problem warning = pdf.warnings().get(0);
    assertThat(warning.code()).isEqualTo("bilingual-mismatch");
    assertThat(warning.source()).endsWith("hands-en.md");
    assertThat(warning.line()).isEqualTo(lineOf("hands-en.md", "## Hand sanitizer: when you cannot get to a sink"));
    assertThat(warning.message()).contains("section 4 \"Hand sanitizer: when you cannot get to a sink\"")
        .contains("has 4 sections").contains("has 3:").contains("hands-es-short.md")
        .contains("whole original, then the whole translation");
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    String drawn = squeezed(Pdfs.text(pdf.bytes()));
    assertThat(drawn.indexOf(squeezed(LAST_ENGLISH))).isPositive()
        .isLessThan(drawn.indexOf(squeezed("Lavarse las manos")));
    assertThat(first(pdf.bytes(), "Lavarse las manos").page()).as("the translation starts a page")
        .isGreaterThan(first(pdf.bytes(), LAST_ENGLISH).page());
  }

  @Test
  void aLargePrintEnglishArabicHandoutRunsSectionAfterSectionAndPassesVeraPdf() throws Exception {
    Pdfs.Rendered pdf = render(PdfRenderer.builder().largePrint(true).build(), "en", "ar");

    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    assertThat(TagOrder.parts(pdf.bytes())).extracting(TagOrder.Part::lang).containsExactly("en", "ar");
    Glyph english = first(pdf.bytes(), "When to wash your hands");
    Glyph next = first(pdf.bytes(), "How to wash your hands");
    List<Glyph> arabic = glyphs(pdf.bytes()).stream()
        .filter(g -> UnicodeScript.of(g.text().codePointAt(0)) == UnicodeScript.ARABIC).toList();
    assertThat(arabic).anySatisfy(g -> {
      assertThat(g.page() * 10000 + g.y()).isGreaterThan(english.page() * 10000 + english.y())
          .isLessThan(next.page() * 10000 + next.y());
    });
  }

  @Test
  void keyPointsThatDoNotPairAreReportedAtTheTranslationsKeyPoints() throws Exception {
    List<Problem> warnings = render(STANDARD, "en", "es-two-points").warnings();

    assertThat(warnings).singleElement().satisfies(w -> {
      assertThat(w.message()).contains("2 key points").contains("3 key points");
      assertThat(w.line()).isEqualTo(lineOf("hands-es-two-points.md", "keyPoints:"));
    });
  }

  @Test
  void everyKindOfBlockNoteAndLinkPairsAndStaysVeraPdfCleanWithAnOutlineEntryPerLanguage() throws Exception {
    Article article = dev.carepress.testing.SampleArticles.everything();
    List<Problem> warnings = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.builder().baseUrl("https://health.example.org/").clinic("Riverside Clinic", "555 0100", "", "", "")
        .build().renderBilingual(article, article, out, RenderContext.defaults().withWarnings(warnings::add));
    Pdfs.keep("bilingual-everything.pdf", out.toByteArray());

    assertThat(warnings).noneMatch(w -> w.code().equals("bilingual-mismatch"));
    assertThat(VeraPdf.failures(out.toByteArray())).isEmpty();
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      List<String> top = new ArrayList<>();
      doc.getDocumentCatalog().getDocumentOutline().children().forEach(item -> top.add(item.getTitle()));
      assertThat(top).containsExactly(article.title(), article.title());
    }
    List<TagOrder.Part> parts = TagOrder.parts(out.toByteArray());
    assertThat(parts).hasSize(2);
    assertThat(squeezed(parts.get(1).text())).isEqualTo(squeezed(parts.get(0).text())
        .replace(squeezed("Riverside Clinic"), "").replace(squeezed("555 0100"), "")
        .replaceAll("Readthisonline:\\S*?html", ""));
  }

  private static int lineOf(String name, String text) throws IOException {
    return Files.readAllLines(file(name), StandardCharsets.UTF_8).indexOf(text) + 1;
  }

  private static String documentLanguage(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getDocumentCatalog().getLanguage();
    }
  }

  private static List<UnicodeScript> scripts(String text) {
    List<UnicodeScript> scripts = new ArrayList<>();
    text.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).distinct().forEach(scripts::add);
    return scripts;
  }

  /** A glyph drawn on a page: its page (from 1), and where (from the top left). */
  record Glyph(int page, float x, float y, String text) {}

  /** Every glyph of the page bodies (not the running heads), in drawing order. */
  static List<Glyph> glyphs(byte[] pdf) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      float height = doc.getPage(0).getMediaBox().getHeight();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        int page = p;
        PDFTextStripper stripper = new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition t : positions) {
              if (t.getYDirAdj() > 72 && t.getYDirAdj() < height - 72) {
                glyphs.add(new Glyph(page, t.getXDirAdj(), t.getYDirAdj(), t.getUnicode()));
              }
            }
          }
        };
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.getText(doc);
      }
    }
    return glyphs;
  }

  /** The first glyph of the first place the text is drawn (spaces left out). */
  private static Glyph first(byte[] pdf, String text) throws IOException {
    StringBuilder all = new StringBuilder();
    List<Glyph> at = new ArrayList<>();
    for (Glyph g : glyphs(pdf)) {
      String t = g.text().replaceAll("\\s", "");
      all.append(t);
      for (int k = 0; k < t.length(); k++) {
        at.add(g);
      }
    }
    int index = all.indexOf(text.replaceAll("\\s", ""));
    assertThat(index).as("where \"%s\" is drawn", text).isNotNegative();
    return at.get(index);
  }

  /**
   * Each list bullet stands at the start side of its own line in its own column: right of the line's
   * letters in the right-to-left column (right of the middle), left of them in the other.
   */
  private static void assertBulletsAtTheStartOfTheirLines(byte[] pdf) throws IOException {
    float middle = 595.28f / 2f;
    List<Glyph> glyphs = glyphs(pdf);
    int bullets = 0;
    for (Glyph bullet : glyphs) {
      if (!bullet.text().equals("\u2022")) {
        continue;
      }
      boolean right = bullet.x() > middle;
      List<Glyph> line = glyphs.stream().filter(g -> g.page() == bullet.page()
          && Math.abs(g.y() - bullet.y()) < 1f && (g.x() > middle) == right
          && Character.isLetter(g.text().codePointAt(0))).toList();
      assertThat(line).as("the line of the bullet at %s on page %d", bullet.x(), bullet.page()).isNotEmpty();
      for (Glyph letter : line) {
        if (right) {
          assertThat(letter.x()).as("right-to-left column: a letter left of its bullet").isLessThan(bullet.x());
        } else {
          assertThat(letter.x()).as("left-to-right column: a letter right of its bullet").isGreaterThan(bullet.x());
        }
      }
      bullets++;
    }
    assertThat(bullets).isGreaterThanOrEqualTo(6);
  }

  /** Every letter of the one script is left of the page's middle, every letter of the other right of it. */
  private static void assertColumns(byte[] pdf, UnicodeScript left, UnicodeScript right) throws IOException {
    float middle = 595.28f / 2f;
    int lefts = 0;
    int rights = 0;
    for (Glyph g : glyphs(pdf)) {
      int cp = g.text().codePointAt(0);
      if (!Character.isLetter(cp)) {
        continue;
      }
      if (UnicodeScript.of(cp) == left) {
        assertThat(g.x()).as("%s on page %d", g.text(), g.page()).isLessThan(middle);
        lefts++;
      } else if (UnicodeScript.of(cp) == right) {
        assertThat(g.x()).as("%s on page %d", g.text(), g.page()).isGreaterThan(middle);
        rights++;
      }
    }
    assertThat(lefts).isGreaterThan(500);
    assertThat(rights).isGreaterThan(500);
  }
}
