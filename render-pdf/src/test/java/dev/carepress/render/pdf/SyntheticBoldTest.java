package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import java.util.List;
import java.util.function.Predicate;
import org.assertj.core.data.Offset;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import dev.carepress.render.pdf.internal.Engine;
import dev.carepress.render.pdf.internal.HandoutExtras;
import dev.carepress.render.pdf.internal.TestFonts;
import org.junit.jupiter.api.Test;

/**
 * Bold text in a script whose font has no bold face (Noto Sans CJK, N'Ko, Syriac, Tifinagh) is
 * drawn filled and stroked in its own colour (text render mode 2), read from the content stream;
 * bold text that has a bold face, and all regular text, is only filled. The text stays extractable
 * and the handout valid.
 */
class SyntheticBoldTest {
  static final String MIXED = """
      ---
      title: 洗手 Hand washing
      slug: bold-mix
      language: zh-Hans
      ---

      ## 要点 Key points

      正文开始 **加粗文字 bold words 再加粗** 正文之后 regular words。

      **ߒߞߏ** **ܫܠܡܐ** **ⵜⴰⵎⴰⵣⵉⵖⵜ** **مرحبا**
      """;

  static byte[] mixed() {
    Article article = MarkdownArticleReader.create().read(MIXED, "bold-mix.md");
    Pdfs.Rendered pdf = Pdfs.render(ScriptHandoutsTest.RENDERER, article);
    assertThat(pdf.warnings()).isEmpty();
    Pdfs.keep("bold-mix.pdf", pdf.bytes());
    return pdf.bytes();
  }

  static List<DrawnText> drawn(List<DrawnText> all, String tag, Predicate<String> font) {
    List<DrawnText> found = all.stream().filter(d -> d.tag().equals(tag) && font.test(d.font())).toList();
    assertThat(found).as("%s text in such a font", tag).isNotEmpty();
    return found;
  }

  static boolean cjk(String font) {
    return font.startsWith("NotoSansCJK");
  }

  @Test
  void theTitleAndTableHeadOfAChineseHandoutAreFilledAndStrokedInTheirOwnColour() throws Exception {
    List<DrawnText> all = DrawnText.of(ScriptHandoutsTest.render("zh-hans").bytes());
    for (String tag : List.of("H1", "TH")) {
      for (DrawnText d : drawn(all, tag, SyntheticBoldTest::cjk)) {
        assertThat(d.renderMode()).as("%s", d).isEqualTo(2);
        assertThat(d.stroke()).as("%s", d).containsExactly(d.fill());
        assertThat(d.lineWidth() / d.size()).as("%s", d).isBetween(0.02f, 0.03f);
        assertThat(d.lineJoin()).as("round joins: %s", d).isEqualTo(1);
      }
    }
    for (DrawnText d : drawn(all, "P", SyntheticBoldTest::cjk)) {
      assertThat(d.renderMode()).as("regular text: %s", d).isZero();
    }
  }

  @Test
  void boldLatinBesideBoldHanIsDrawnWithTheBoldFaceAndOnlyFilled() throws Exception {
    List<DrawnText> all = DrawnText.of(mixed());
    assertThat(drawn(all, "H1", SyntheticBoldTest::cjk)).allMatch(d -> d.renderMode() == 2);
    assertThat(drawn(all, "H1", "NotoSans-Bold"::equals)).allMatch(d -> d.renderMode() == 0);
    assertThat(drawn(all, "H2", SyntheticBoldTest::cjk)).allMatch(d -> d.renderMode() == 2);
    assertThat(drawn(all, "H2", "NotoSans-Bold"::equals)).allMatch(d -> d.renderMode() == 0);
    List<DrawnText> paragraph = all.stream().filter(d -> d.text().contains("正文")
        || d.text().contains("加粗") || d.text().contains("words")).toList();
    assertThat(paragraph).extracting(d -> d.text().strip(), DrawnText::font, DrawnText::renderMode).containsExactly(
        tuple("正文开始", "NotoSansCJKsc-Regular", 0),
        tuple("加粗文字", "NotoSansCJKsc-Regular", 2),
        tuple("bold words", "NotoSans-Bold", 0),
        tuple("再加粗", "NotoSansCJKsc-Regular", 2),
        tuple("正文之后", "NotoSansCJKsc-Regular", 0),
        tuple("regular words", "NotoSans-Regular", 0));
  }

  @Test
  void boldInScriptsWithNoBoldFontIsStrokedAndInArabicTakesTheBoldFont() throws Exception {
    List<DrawnText> all = DrawnText.of(mixed());
    for (String font : List.of("NotoSansNKo-Regular", "NotoSansSyriac-Regular", "NotoSansTifinagh-Regular")) {
      // the spaces between the bold words are not bold
      List<DrawnText> runs = all.stream().filter(d -> d.font().equals(font) && !d.text().isBlank()).toList();
      assertThat(runs).as(font).isNotEmpty().allMatch(d -> d.renderMode() == 2, "filled and stroked");
    }
    assertThat(all.stream().filter(d -> d.font().equals("NotoSansArabic-Bold") && !d.text().isBlank()).toList())
        .isNotEmpty().allMatch(d -> d.renderMode() == 0, "only filled");
    assertThat(all).filteredOn(d -> d.renderMode() == 2)
        .allSatisfy(d -> assertThat(d.lineWidth()).isCloseTo(d.size() * 0.025f, Offset.offset(0.001f)));
  }

  /**
   * A relation sign in bold Latin text comes from the bundled math face, which has one weight; the
   * same sign after it, not bold, is drawn in that face again (the font set inside the bold run's
   * saved state is not taken for the current one).
   */
  @Test
  void aBoldSignFromTheMathFaceIsStrokedAndTheSameSignAfterItIsNot() throws Exception {
    Article article = MarkdownArticleReader.create().read("""
        ---
        title: Fever
        slug: fever
        ---

        Call us at **38 °C ≥**≥ 38 °C.
        """, "fever.md");
    List<DrawnText> signs = DrawnText.of(Pdfs.render(ScriptHandoutsTest.RENDERER, article).bytes()).stream()
        .filter(d -> d.text().strip().equals("≥")).toList();
    assertThat(signs).extracting(DrawnText::font, DrawnText::renderMode).containsExactly(
        tuple("NotoSansMath-Regular", 2), tuple("NotoSansMath-Regular", 0));
  }

  /**
   * A user's fallback font with no bold, for a user without the font packs, makes bold Arabic
   * synthetic: a lam-alef's second letter, drawn invisible for extractors, is followed by the
   * letters after it filled and stroked again, not just filled.
   */
  @Test
  void afterALigaturesInvisibleLetterTheBoldRunIsStrokedAgain() throws Exception {
    Engine engine = new Engine(595f, 842f, false, TestFonts.withoutPacks(java.nio.file.Path.of(
        "../fonts-world/src/main/resources/META-INF/carepress/fonts/world/NotoSansArabic-Regular.ttf")),
        java.util.Optional.empty(), java.util.Map.of(), Labels.CALENDAR.defaultValue(), HandoutExtras.NONE);
    Article article = MarkdownArticleReader.create().read("""
        ---
        title: t
        slug: lam-alef
        language: ar
        ---

        **السلام عليكم**
        """, "lam-alef.md");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    engine.renderArticle(article, out, RenderContext.defaults());
    List<DrawnText> arabic = DrawnText.of(out.toByteArray()).stream()
        .filter(d -> d.font().equals("NotoSansArabic-Regular") && !d.text().isBlank()).toList();
    assertThat(arabic).extracting(DrawnText::renderMode).contains(3).doesNotContain(0);
    assertThat(arabic.get(arabic.size() - 1).renderMode()).isEqualTo(2);
  }

  /**
   * A fallback font the user gives comes before the packs' fonts for regular text, but bold text
   * takes a pack's bold face before a user's font that has no bold (which would be emboldened).
   */
  @Test
  void boldArabicTakesThePacksBoldFaceBeforeAUsersRegularOnlyFallback() throws Exception {
    PdfRenderer renderer = PdfRenderer.builder().fallbackFont(PdfFont.file(java.nio.file.Path.of(
        "../fonts-world/src/main/resources/META-INF/carepress/fonts/world/NotoSansArabic-Regular.ttf"))).build();
    Article article = MarkdownArticleReader.create().read("""
        ---
        title: t
        slug: lam-alef
        language: ar
        ---

        **السلام عليكم** السلام عليكم
        """, "lam-alef.md");
    List<DrawnText> arabic = DrawnText.of(Pdfs.render(renderer, article).bytes()).stream()
        .filter(d -> d.font().startsWith("NotoSansArabic") && !d.text().isBlank()).toList();
    assertThat(arabic).extracting(DrawnText::font).contains("NotoSansArabic-Bold", "NotoSansArabic-Regular");
    assertThat(arabic).filteredOn(d -> d.font().equals("NotoSansArabic-Bold")).extracting(DrawnText::renderMode)
        .doesNotContain(2);
    assertThat(arabic).filteredOn(d -> d.font().equals("NotoSansArabic-Regular")).extracting(DrawnText::renderMode)
        .doesNotContain(2);
  }

  @Test
  void aHandoutWithSyntheticBoldIsValidAndItsBoldTextIsExtracted() throws Exception {
    byte[] pdf = mixed();
    assertThat(VeraPdf.failures(pdf)).isEmpty();
    String poppler = ScriptHandoutsTest.squeezed(ScriptHandoutsTest.pdftotext(pdf));
    String pdfbox = ScriptHandoutsTest.squeezed(Pdfs.text(pdf));
    for (String bold : List.of("洗手Handwashing", "要点Keypoints", "正文开始加粗文字boldwords再加粗正文之后regularwords。")) {
      assertThat(poppler).contains(bold);
      assertThat(pdfbox).contains(bold);
    }
  }
}
