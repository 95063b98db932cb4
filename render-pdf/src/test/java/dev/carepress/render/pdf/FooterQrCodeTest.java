package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19: the last page's QR code ({@code qrCode=footer}) never takes a page of its own. Where the
 * text leaves it no room above the footer, it goes in the footer's band, beside the footer's lines.
 * Each example article, with a clinic, in A4, Letter and large print, has as many pages with the
 * code as without one; the code decodes with zbarimg at 150 dpi from the last page, nothing is
 * drawn over it, and veraPDF finds the handout PDF/UA-1 and PDF/A-2a compliant.
 */
class FooterQrCodeTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "articles");

  static Stream<Arguments> examples() throws IOException {
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        for (ClinicHandoutTest.Variant variant : ClinicHandoutTest.Variant.values()) {
          String name = file.getFileName().toString().replace(".md", "") + "-" + variant.name().toLowerCase();
          all.add(Arguments.of(name, variant, file));
        }
      }
    }
    assertThat(all).as("example articles in " + EXAMPLES.toAbsolutePath()).isNotEmpty();
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theFooterCodeTakesNoPageOfItsOwnDecodesAndStaysCompliant(String name, ClinicHandoutTest.Variant variant,
      Path file, @TempDir Path dir) throws Exception {
    Article article = MarkdownArticleReader.create().read(file);
    PdfRenderer off = variant.renderer.toBuilder().qrCode(QrCodePlacement.OFF).build();
    PdfRenderer footer = variant.renderer.toBuilder().qrCode(QrCodePlacement.FOOTER).build();
    int without = Pdfs.pageTexts(Pdfs.render(off, article).bytes()).size();
    Pdfs.Rendered pdf = Pdfs.render(footer, article);
    Pdfs.keep("footer-qr-" + name + ".pdf", pdf.bytes());
    List<String> pages = Pdfs.pageTexts(pdf.bytes());
    assertThat(pages).as("pages with the code in the footer").hasSize(without);
    assertThat(pdf.warnings()).isEmpty();
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    String url = ClinicHandoutTest.BASE + article.slug() + ".html";
    Labels labels = Labels.forLanguage(article.language());
    String n = String.valueOf(without);
    assertThat(pages.get(without - 1).replace("\n", "")).as("the last page's text, lines joined")
        .contains(labels.get("readOnline"), url.replace("https://", ""), labels.get("pageOf").replace("{0}", n).replace("{1}", n));
    assertThat(ClinicHandoutTest.decodeQrCodes(pdf.bytes(), dir, without, without)).containsExactly("QR-Code:" + url);
    PDRectangle code = codeBox(pdf.bytes(), url);
    assertThat(code.getHeight()).as("60 pt with its quiet zone").isCloseTo(60f, within(0.01f));
    assertThat(glyphsOver(pdf.bytes(), without, code)).as("text drawn over the code").isEmpty();
  }

  @Test
  void aRightToLeftHandoutWithAFullPageHasTheCodeAtTheRightOfItsFooter(@TempDir Path dir) throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 16; i++) { // just fills page 1 in A4 with the clinic's box: no room over the footer
      body.append("لا يشعر معظم الناس بأي أعراض، لذلك يجب قياسه بانتظام في العيادة أو في المنزل. ")
          .append(i % 3 == 0 ? "\n\n" : "");
    }
    Article article = MarkdownArticleReader.create().parse("---\ntitle: ارتفاع ضغط الدم 16\nlanguage: ar\n"
        + "lastReviewed: 2026-03-01\n---\n## ما هو ارتفاع ضغط الدم؟\n\n" + body + "\n", "ar-16.md").value().orElseThrow();
    PdfRenderer renderer = ClinicHandoutTest.Variant.A4.renderer;
    assertThat(Pdfs.pageTexts(Pdfs.render(renderer.toBuilder().qrCode(QrCodePlacement.OFF).build(), article).bytes()))
        .hasSize(1);
    byte[] pdf = Pdfs.render(renderer.toBuilder().qrCode(QrCodePlacement.FOOTER).build(), article).bytes();
    Pdfs.keep("footer-qr-arabic.pdf", pdf);
    assertThat(Pdfs.pageTexts(pdf)).hasSize(1);
    String url = ClinicHandoutTest.BASE + "ar-16.html";
    PDRectangle code = codeBox(pdf, url);
    assertThat(code.getLowerLeftY()).as("in the footer's band, under the 68 pt margin").isLessThan(68f);
    assertThat(code.getLowerLeftX()).as("at the start of a right-to-left footer: the right").isGreaterThan(595f / 2);
    assertThat(glyphsOver(pdf, 1, code)).as("text drawn over the code").isEmpty();
    assertThat(ClinicHandoutTest.decodeQrCodes(pdf, dir, 1)).containsExactly("QR-Code:" + url);
    assertThat(VeraPdf.failures(pdf)).isEmpty();
  }

  /**
   * A right-to-left handout's code beside its text (page 1's, and the last page's at its foot) is at
   * the right, where the text starts: it was left at the left while its text was mirrored, so a
   * large-print address too long for the column beside it ran over the code.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = QrCodePlacement.class, names = {"PAGE_ONE", "FOOTER"})
  void aRightToLeftLargePrintHandoutsCodeIsAtTheRightAndNoTextRunsOverIt(QrCodePlacement placement,
      @TempDir Path dir) throws Exception {
    Article article = MarkdownArticleReader.create().read(ScriptHandoutsTest.handout("he"));
    byte[] pdf = Pdfs.render(PdfRenderer.builder().largePrint(true).baseUrl(ClinicHandoutTest.BASE).qrCode(placement)
        .build(), article).bytes();
    Pdfs.keep("qr-hebrew-large-" + placement + ".pdf", pdf);
    int page = placement == QrCodePlacement.PAGE_ONE ? 1 : Pdfs.pageTexts(pdf).size();
    String url = ClinicHandoutTest.BASE + "hands-he.html";
    PDRectangle code = codeBox(pdf, url);
    assertThat(code.getLowerLeftX()).as("at the start of a right-to-left column: the right").isGreaterThan(595f / 2);
    assertThat(glyphsOver(pdf, page, code)).as("text drawn over the code").isEmpty();
    assertThat(ClinicHandoutTest.decodeQrCodes(pdf, dir, page, page)).containsExactly("QR-Code:" + url);
  }

  @Test
  void anUnpairedBilingualHandoutHasNoPageForTheCodeBetweenItsTwoArticles(@TempDir Path dir) throws Exception {
    // sections that do not pair: the whole original (the code after its back matter), then the translation
    Article original = MarkdownArticleReader.create().read(EXAMPLES.resolve("high-blood-pressure.md"));
    Article translation = MarkdownArticleReader.create().read(EXAMPLES.resolve("la-gripe.md"));
    PdfRenderer renderer = ClinicHandoutTest.Variant.A4.renderer;
    int without = Pdfs.pageTexts(bilingual(renderer.toBuilder().qrCode(QrCodePlacement.OFF).build(), original,
        translation)).size();
    byte[] pdf = bilingual(renderer.toBuilder().qrCode(QrCodePlacement.FOOTER).build(), original, translation);
    Pdfs.keep("footer-qr-bilingual.pdf", pdf);
    List<String> pages = Pdfs.pageTexts(pdf);
    assertThat(pages).hasSize(without);
    String url = ClinicHandoutTest.BASE + original.slug() + ".html";
    int page = 1 + pages.indexOf(pages.stream().filter(text -> text.contains("Read this online:")).findFirst()
        .orElseThrow());
    assertThat(pages.get(page - 1)).as("the original's last page").contains("Disclaimer:");
    assertThat(glyphsOver(pdf, page, codeBox(pdf, url))).as("text drawn over the code").isEmpty();
    assertThat(ClinicHandoutTest.decodeQrCodes(pdf, dir, page, page)).containsExactly("QR-Code:" + url);
    assertThat(VeraPdf.failures(pdf)).isEmpty();
  }

  private static byte[] bilingual(PdfRenderer renderer, Article original, Article translation) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.renderBilingual(original, translation, out, RenderContext.defaults());
    return out.toByteArray();
  }

  /** The bounding box of the one QR code's Figure, the one whose alternate text names {@code url}. */
  static PDRectangle codeBox(byte[] pdf, String url) throws IOException {
    List<PDStructureElement> figures = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      codeFigures(doc.getDocumentCatalog().getStructureTreeRoot(), url, figures);
      assertThat(figures).hasSize(1);
      return ((PDLayoutAttributeObject) figures.get(0).getAttributes().getObject(0)).getBBox();
    }
  }

  private static void codeFigures(PDStructureNode node, String url, List<PDStructureElement> out) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement) {
        PDStructureElement e = (PDStructureElement) kid;
        if (e.getStructureType().equals("Figure") && e.getAlternateDescription().contains(url)) {
          out.add(e);
        }
        codeFigures(e, url, out);
      }
    }
  }

  /** The glyphs of page {@code page} whose boxes reach into {@code box}. */
  private static List<String> glyphsOver(byte[] pdf, int page, PDRectangle box) throws IOException {
    List<String> over = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition p : positions) {
            float x = p.getXDirAdj();
            float bottom = p.getPageHeight() - p.getYDirAdj();
            if (x < box.getUpperRightX() && x + p.getWidthDirAdj() > box.getLowerLeftX()
                && bottom < box.getUpperRightY() && bottom + p.getHeightDir() > box.getLowerLeftY()) {
              over.add(p.getUnicode() + " at " + x + "," + bottom);
            }
          }
        }
      };
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      stripper.getText(doc);
    }
    return over;
  }
}
