package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.read.MarkdownArticleReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The running head and footer of a right-to-left handout are mirrored, and a web address or phone
 * number in its footer reads left to right, read from where PDFBox says each glyph is drawn.
 */
class RightToLeftFurnitureTest {
  private static final float MIDDLE = 595.28f / 2f;
  private static final PdfRenderer CLINIC = PdfRenderer.builder()
      .clinic("\u0639\u064a\u0627\u062f\u0629 \u0627\u0644\u0633\u0644\u0627\u0645", "+1 555 0100", "",
          "example.org/clinic/", "").build();

  /** The glyphs of page 1, each with its unicode and where it is drawn (y from the top). */
  static List<TextPosition> glyphs(byte[] pdf) throws IOException {
    return glyphs(pdf, 1);
  }

  /** The glyphs of a page (from 1). */
  static List<TextPosition> glyphs(byte[] pdf, int page) throws IOException {
    List<TextPosition> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          out.add(text);
        }
      };
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      stripper.getText(doc);
    }
    return out;
  }

  static int pageCount(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }

  /** The first chapter page (from 3: title page and contents first) whose header has a letter of the script, or -1. */
  static int chapterPage(byte[] pdf, Character.UnicodeScript script) throws IOException {
    for (int p = 3; p <= pageCount(pdf); p++) {
      List<TextPosition> glyphs = glyphs(pdf, p);
      if (!glyphs.isEmpty() && text(line(glyphs, false)).codePoints()
          .anyMatch(cp -> Character.UnicodeScript.of(cp) == script)) {
        return p;
      }
    }
    return -1;
  }

  static Book book(String language, String... handouts) throws IOException {
    List<Article> articles = new ArrayList<>();
    for (String handout : handouts) {
      articles.add(MarkdownArticleReader.create().read(ScriptHandoutsTest.handout(handout)));
    }
    return Book.of(new BookMetadata("Hand washing", Optional.empty(), "hands", List.of(), Optional.empty(), language,
        Optional.empty(), Optional.empty()), articles);
  }

  /** The x of the first list bullet on the page. */
  static float bullet(List<TextPosition> glyphs) {
    return glyphs.stream().filter(g -> g.getUnicode().equals("\u2022")).findFirst().orElseThrow().getXDirAdj();
  }

  /** The glyphs of the lowest (footer) or highest (header) line, left to right. */
  static List<TextPosition> line(List<TextPosition> glyphs, boolean footer) {
    float y = footer ? (float) glyphs.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow()
        : (float) glyphs.stream().mapToDouble(TextPosition::getYDirAdj).min().orElseThrow();
    return glyphs.stream().filter(g -> Math.abs(g.getYDirAdj() - y) < 1f)
        .sorted(Comparator.comparingDouble(TextPosition::getXDirAdj)).collect(Collectors.toList());
  }

  static String text(List<TextPosition> line) {
    return line.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
  }

  static byte[] render(PdfRenderer renderer, String language) throws IOException {
    Article article = MarkdownArticleReader.create().read(ScriptHandoutsTest.handout(language));
    return Pdfs.render(renderer, article).bytes();
  }

  @Test
  void aRightToLeftHandoutHasItsTitleAtTheRightOfTheHeaderAndItsPageNumberAtTheLeftOfTheFooter()
      throws Exception {
    List<TextPosition> rtl = glyphs(render(CLINIC, "ar"));
    List<TextPosition> ltr = glyphs(render(CLINIC, "ru"));
    float middle = MIDDLE;
    assertThat(line(rtl, false).get(0).getXDirAdj()).as("the header's leftmost glyph").isGreaterThan(middle);
    assertThat(line(ltr, false).get(0).getXDirAdj()).as("an LTR header starts at the left").isLessThan(100f);
    TextPosition page = line(rtl, true).stream().filter(g -> g.getUnicode().contains("\u0635")).findFirst()
        .orElseThrow(); // the first letter of \u0635\u0641\u062d\u0629, "page"
    assertThat(page.getXDirAdj()).as("the page number's label").isLessThan(middle);
    List<TextPosition> ltrFooter = line(ltr, true);
    assertThat(ltrFooter.get(ltrFooter.size() - 1).getUnicode()).as("an LTR footer ends with the page count")
        .matches("[0-9]");
  }

  @Test
  void aWebAddressAndAPhoneNumberInARightToLeftFooterReadLeftToRight() throws Exception {
    String footer = text(line(glyphs(render(CLINIC, "ar")), true)).replace(" ", "");
    assertThat(footer).contains("example.org/clinic/").contains("+15550100");
    assertThat(footer.indexOf("example.org")).as("the address is left of the phone (read after it)")
        .isLessThan(footer.indexOf("+1"));
  }

  @Test
  void thePhoneNumberAndWebAddressInTheClinicBoxOfARightToLeftHandoutReadLeftToRight() throws Exception {
    List<TextPosition> page = glyphs(render(CLINIC, "ar"));
    float footer = (float) page.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
    List<String> lines = page.stream().filter(g -> footer - g.getYDirAdj() > 1f)
        .collect(Collectors.groupingBy(g -> Math.round(g.getYDirAdj()))).values().stream()
        .map(l -> text(l.stream().sorted(Comparator.comparingDouble(TextPosition::getXDirAdj))
            .collect(Collectors.toList())).replace(" ", ""))
        .collect(Collectors.toList());
    assertThat(lines).as("the box's lines above the footer").anyMatch(l -> l.contains("+15550100"))
        .anyMatch(l -> l.contains("example.org/clinic/"))
        .noneMatch(l -> l.contains("0100555+1") || l.contains("/example.org/clinic"));
  }

  @Test
  void aPhoneNumberAfterAnArabicClinicNameInTheFooterOfALeftToRightHandoutReadsLeftToRight() throws Exception {
    PdfRenderer arabicClinic = PdfRenderer.builder()
        .clinic("\u0639\u064a\u0627\u062f\u0629 \u0627\u0644\u0646\u0647\u0631", "+20 100 555 0100", "", "", "")
        .build();
    String footer = text(line(glyphs(render(arabicClinic, "ru")), true)).replace(" ", "");
    assertThat(footer).contains("+201005550100").doesNotContain("0100555100");
  }

  @Test
  void anEnglishCallUsSentenceInTheClinicBoxOfARightToLeftHandoutKeepsItsPunctuationAtItsEnd() throws Exception {
    PdfRenderer englishClinic = PdfRenderer.builder()
        .clinic("Riverside Clinic", "+1 555 0100", "", "", "Call us if bleeding does not stop!").build();
    List<String> lines = page1Lines(render(englishClinic, "ar"));
    assertThat(lines).anyMatch(l -> l.endsWith("stop!")).noneMatch(l -> l.startsWith("!Call"));
  }

  /**
   * A large-print Hebrew handout's footer with an English clinic name reads right to left: the name
   * first (at the right) as one left-to-right run, then its phone number, and "page 1 of 1" in
   * Hebrew order at the left of the line above. Found right when checked: a guard, not a fix.
   */
  @Test
  void anEnglishClinicNameInALargePrintHebrewFooterIsOneLeftToRightRunReadBeforeThePhone() throws Exception {
    PdfRenderer english = PdfRenderer.builder().largePrint(true)
        .clinic("Riverside Family Clinic", "+1 555 0100", "", "", "").build();
    List<TextPosition> page = glyphs(render(english, "he"));
    assertThat(text(line(page, true)).replace(" ", "")).isEqualTo("+15550100\u00B7RiversideFamilyClinic");
    float clinicLine = line(page, true).get(0).getYDirAdj();
    List<TextPosition> above = line(page.stream().filter(g -> g.getYDirAdj() < clinicLine - 1f)
        .collect(Collectors.toList()), true);
    String pageNumber = new StringBuilder("\u05e2\u05de\u05d5\u05d3 1 \u05de\u05ea\u05d5\u05da 1").reverse().toString();
    assertThat(text(above).replace(" ", "")).startsWith(pageNumber.replace(" ", ""));
    assertThat(above.get(0).getXDirAdj()).as("the page number at the end of the line: the left").isLessThan(MIDDLE);
  }

  /** The lines of page 1 above the footer, each left to right, spaces left out. */
  static List<String> page1Lines(byte[] pdf) throws IOException {
    List<TextPosition> page = glyphs(pdf);
    float footer = (float) page.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
    return page.stream().filter(g -> footer - g.getYDirAdj() > 1f)
        .collect(Collectors.groupingBy(g -> Math.round(g.getYDirAdj()))).values().stream()
        .map(l -> text(l.stream().sorted(Comparator.comparingDouble(TextPosition::getXDirAdj))
            .collect(Collectors.toList())).replace(" ", ""))
        .collect(Collectors.toList());
  }

  @Test
  void aRightToLeftBookletOpensFromTheRightAndItsContentsPageIsMirrored() throws Exception {
    byte[] pdf = Pdfs.renderBook(ScriptHandoutsTest.RENDERER, book("ar", "ar", "fa")).bytes();
    assertThat(ScriptHandoutsTest.direction(pdf)).isEqualTo("R2L");
    List<TextPosition> contents = glyphs(pdf, 2);
    assertThat(line(contents, false).get(0).getXDirAdj()).as("the header's leftmost glyph").isGreaterThan(MIDDLE);
    TextPosition page = line(contents, true).stream().filter(g -> g.getUnicode().contains("\u0635")).findFirst()
        .orElseThrow();
    assertThat(page.getXDirAdj()).as("the page number's label").isLessThan(MIDDLE);
    assertThat(VeraPdf.failures(pdf)).isEmpty();
  }

  @Test
  void aRightToLeftChapterOfALeftToRightBookletIsLaidOutFromTheRight() throws Exception {
    byte[] pdf = Pdfs.renderBook(ScriptHandoutsTest.RENDERER, book("en", "ru", "he")).bytes();
    assertThat(ScriptHandoutsTest.direction(pdf)).isEqualTo("L2R");
    int hebrew = chapterPage(pdf, Character.UnicodeScript.HEBREW);
    int russian = chapterPage(pdf, Character.UnicodeScript.CYRILLIC);
    assertThat(hebrew).isPositive();
    assertThat(russian).isPositive();
    assertThat(bullet(glyphs(pdf, hebrew))).as("a Hebrew list's bullet").isGreaterThan(MIDDLE);
    assertThat(bullet(glyphs(pdf, russian))).as("a Russian list's bullet").isLessThan(MIDDLE);
    assertThat(line(glyphs(pdf, hebrew), false).get(0).getXDirAdj()).as("the Hebrew chapter's header")
        .isGreaterThan(MIDDLE);
    assertThat(line(glyphs(pdf, russian), false).get(0).getXDirAdj()).as("the Russian chapter's header")
        .isLessThan(MIDDLE);
  }

  @Test
  void anArabicReviewLineWithALatinCredentialDrawsItsArabicCommaRatherThanABox() throws IOException {
    // "المراجعة الطبية: ليلى حداد، MD، بتاريخ …": the comma of labels_ar follows the Latin "MD"
    Article article = MarkdownArticleReader.create().parse("---\ntitle: \u0627\u0644\u0633\u0643\u0631\u064a\n"
        + "language: ar\nlastReviewed: 2026-06-01\nreviewers:\n  - name: \u0644\u064a\u0644\u0649\n"
        + "    credentials: MD\n---\n\n\u0646\u0635 \u0642\u0635\u064a\u0631.\n", "ar.md").orThrow();
    Pdfs.Rendered pdf = Pdfs.render(PdfRenderer.create(), article);

    assertThat(pdf.warnings()).extracting(p -> p.code()).doesNotContain("missing-glyph");
    assertThat(text(glyphs(pdf.bytes()))).contains("\u060c");
  }

  @Test
  void anArabicBylineAndReviewLinePutTheArabicCommaBetweenANameAndItsCredentials() throws IOException {
    Article article = MarkdownArticleReader.create().parse("---\ntitle: \u0627\u0644\u0633\u0643\u0631\u064a\n"
        + "language: ar\nlastReviewed: 2026-06-01\nauthors:\n  - name: \u0639\u0645\u0631\n    credentials: RN\n"
        + "reviewers:\n  - name: \u0644\u064a\u0644\u0649\n    credentials: MD\n---\n\n\u0646\u0635 \u0642\u0635\u064a\u0631.\n",
        "ar.md").orThrow();
    String text = text(glyphs(Pdfs.render(PdfRenderer.create(), article).bytes()));
    assertThat(text).doesNotContain(",");
    assertThat(text.chars().filter(c -> c == '\u060c').count()).as("after each name, and the review line's own")
        .isEqualTo(3);
  }
}
