package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The footer's QR code of a handout published under a long address (80 to 130 characters, a
 * clinic's site with a deep path) decodes with zbarimg from a 150 dpi scan of the last page, at the
 * foot of a short handout and in the footer's band of a full last page, and still takes no page of
 * its own.
 */
class LongUrlQrCodeTest {
  private static final String SITE = "https://riverside.example/patient-education/handouts/"
      + "respiratory-and-allergy-services/long-term-conditions/children-and-young/";
  /** A base whose example addresses are 90 to 113 characters long. */
  private static final String LONG_BASE = "https://riverside.example/patient-education/handouts/respiratory-allergy/";

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aFooterCodeForAnAddressOf80To130CharactersDecodesAt150Dpi(boolean largePrint, @TempDir Path dir)
      throws Exception {
    Article article = MarkdownArticleReader.create().parse("""
        ---
        title: Washing your hands
        slug: hands
        ---
        Wash for at least 20 seconds.
        """, "hands.md").orThrow();
    List<String> failed = new ArrayList<>();
    for (int length = 80; length <= 130; length++) {
      String base = SITE.substring(0, length - "/hands.html".length()) + "/";
      String url = base + "hands.html";
      byte[] pdf = Pdfs.render(PdfRenderer.builder().largePrint(largePrint).baseUrl(base)
          .qrCode(QrCodePlacement.FOOTER).build(), article).bytes();
      int pages = RightToLeftFurnitureTest.pageCount(pdf);
      List<String> read = ClinicHandoutTest.decodeQrCodes(pdf, dir, pages, pages);
      if (!read.equals(List.of("QR-Code:" + url))) {
        failed.add(url.length() + " " + url + " read as " + read);
      }
    }
    assertThat(failed).as("addresses whose code zbarimg did not read").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.carepress.render.pdf.FooterQrCodeTest#examples")
  void aLongAddresssCodeTakesNoPageOfItsOwnAndDecodes(String name, ClinicHandoutTest.Variant variant, Path file,
      @TempDir Path dir) throws Exception {
    Article article = MarkdownArticleReader.create().read(file);
    PdfRenderer off = variant.renderer.toBuilder().baseUrl(LONG_BASE).qrCode(QrCodePlacement.OFF).build();
    PdfRenderer footer = variant.renderer.toBuilder().baseUrl(LONG_BASE).qrCode(QrCodePlacement.FOOTER).build();
    int without = RightToLeftFurnitureTest.pageCount(Pdfs.render(off, article).bytes());
    Pdfs.Rendered pdf = Pdfs.render(footer, article);
    assertThat(RightToLeftFurnitureTest.pageCount(pdf.bytes())).as("pages with the code").isEqualTo(without);
    assertThat(pdf.warnings()).isEmpty();
    assertThat(ClinicHandoutTest.decodeQrCodes(pdf.bytes(), dir, without, without))
        .containsExactly("QR-Code:" + LONG_BASE + article.slug() + ".html");
    PDRectangle code = FooterQrCodeTest.codeBox(pdf.bytes(), LONG_BASE + article.slug() + ".html");
    assertThat(code.getHeight()).as("the code's side, modules of 1.5 pt").isGreaterThan(60f);
    assertThat(code.getLowerLeftY()).as("the code's bottom, over a printer's unprintable edge").isGreaterThan(7f);
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
  }
}
