package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import dev.carepress.testing.SampleArticles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 19: a clinic's details on page 1 and in every footer, and a QR code to the article's page
 * online that a scanner reads back from the printed page. The QR code is checked with independent
 * tools from Debian: poppler's {@code pdftoppm} draws page 1, ZBar's {@code zbarimg} decodes it.
 * They are skipped when missing, unless {@code -Dcarepress.requireFonts=true}.
 */
class ClinicHandoutTest {
  static final String BASE = "https://health.example.org/articles/";

  enum Variant {
    A4(PdfRenderer.builder()),
    LETTER(PdfRenderer.builder().pageSize(PageSize.LETTER)),
    LARGE_PRINT(PdfRenderer.builder().largePrint(true));

    final PdfRenderer renderer;

    Variant(PdfRenderer.Builder builder) {
      this.renderer = builder.baseUrl(BASE).clinic("Riverside Family Clinic", "555-0100",
          "12 River Road, Springfield", "riverside.example.org",
          "Call us if your breathing gets worse or your inhaler does not help.").build();
    }
  }

  @ParameterizedTest
  @EnumSource(Variant.class)
  void qrCodeOnPageOneDecodesToTheArticlesPageAndTheHandoutStaysCompliant(Variant variant, @TempDir Path dir)
      throws Exception {
    Article article = SampleArticles.everything();
    Pdfs.Rendered pdf = Pdfs.render(variant.renderer, article);
    Pdfs.keep("clinic-" + variant.name().toLowerCase() + ".pdf", pdf.bytes());
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    assertThat(pdf.warnings()).isEmpty();
    // in large print the clinic's box fills page 1 of this long sample, and the code opens page 2
    int pages = variant == Variant.LARGE_PRINT ? 2 : 1;
    assertThat(decodeQrCodes(pdf.bytes(), dir, pages)).containsExactly("QR-Code:" + BASE + article.slug() + ".html");
  }

  @ParameterizedTest
  @EnumSource(Variant.class)
  void inTheFooterTheQrCodeIsOnTheLastPageOnlyDecodesAndIsAFigure(Variant variant, @TempDir Path dir)
      throws Exception {
    Article article = SampleArticles.everything();
    PdfRenderer footer = variant.renderer.toBuilder().qrCode(QrCodePlacement.FOOTER).build();
    Pdfs.Rendered pdf = Pdfs.render(footer, article);
    Pdfs.keep("clinic-footer-qr-" + variant.name().toLowerCase() + ".pdf", pdf.bytes());
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    assertThat(pdf.warnings()).isEmpty();
    List<String> pages = Pdfs.pageTexts(pdf.bytes());
    assertThat(pages).hasSizeGreaterThan(1);
    assertThat(pages.subList(0, pages.size() - 1)).noneSatisfy(text -> assertThat(text).contains("Read this online"));
    // the address may break after a slash in the footer's band (large print)
    assertThat(pages.get(pages.size() - 1).replace("\n", "")).contains("Read this online:", "health.example.org/articles/");
    assertThat(decodeQrCodes(pdf.bytes(), dir, pages.size()))
        .containsExactly("QR-Code:" + BASE + article.slug() + ".html");
    List<PDStructureElement> all = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      walk(doc.getDocumentCatalog().getStructureTreeRoot(), new ArrayList<>(), all);
    }
    assertThat(all).filteredOn(e -> e.getStructureType().equals("Figure"))
        .extracting(PDStructureElement::getAlternateDescription)
        .containsExactly("QR code that opens this handout online at " + BASE + article.slug() + ".html");
  }

  @Test
  void theQrCodeInTheFooterIsAtTheFootOfTheLastPage(@TempDir Path dir) throws Exception {
    Article shortOne = MarkdownArticleReader.create().parse("""
        ---
        title: Washing your hands
        ---
        Wash for at least 20 seconds.
        """, "hands.md").value().orElseThrow();
    byte[] pdf = Pdfs.render(PdfRenderer.builder().baseUrl(BASE).qrCode(QrCodePlacement.FOOTER).build(), shortOne)
        .bytes();
    List<PDStructureElement> all = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      walk(doc.getDocumentCatalog().getStructureTreeRoot(), new ArrayList<>(), all);
    }
    PDStructureElement figure = all.stream().filter(e -> e.getStructureType().equals("Figure")).findFirst()
        .orElseThrow();
    PDRectangle box = ((PDLayoutAttributeObject) figure.getAttributes().getObject(0)).getBBox();
    // A4's bottom margin is 68 pt: the code sits on it, not under the one paragraph at the top
    assertThat(box.getLowerLeftY()).isBetween(67f, 69f);
    assertThat(box.getHeight()).as("60 pt, over 18 mm").isEqualTo(60f);
    assertThat(decodeQrCodes(pdf, dir, 1)).containsExactly("QR-Code:" + BASE + "hands.html");
  }

  @Test
  void anArticlesOwnUrlWinsOverTheBaseUrlAndSlug(@TempDir Path dir) throws Exception {
    Article article = SampleArticles.everything().toBuilder().url("https://clinic.example.org/leaflets/asthma").build();
    byte[] pdf = Pdfs.render(Variant.A4.renderer, article).bytes();
    assertThat(decodeQrCodes(pdf, dir, 1)).containsExactly("QR-Code:https://clinic.example.org/leaflets/asthma");
    // the footer still shows the site's address; the code's short address is the article's own
    assertThat(Pdfs.pageTexts(pdf).get(0)).contains("Read this online:\nclinic.example.org/leaflets/asthma")
        .doesNotContain("health.example.org/articles/living");
    byte[] noBase = Pdfs.render(PdfRenderer.create(), article).bytes();
    assertThat(decodeQrCodes(noBase, dir, 1)).as("an own url needs no base URL")
        .containsExactly("QR-Code:https://clinic.example.org/leaflets/asthma");
  }

  @Test
  void withoutAClinicTheLargePrintQrCodeIsOnPageOne(@TempDir Path dir) throws Exception {
    PdfRenderer large = PdfRenderer.builder().largePrint(true).baseUrl(BASE).build();
    byte[] pdf = Pdfs.render(large, SampleArticles.everything()).bytes();
    assertThat(decodeQrCodes(pdf, dir, 1)).containsExactly("QR-Code:" + BASE + "living-well-with-asthma.html");
    assertThat(VeraPdf.failures(pdf)).isEmpty();
  }

  @Test
  void clinicDetailsAreOnPageOneAndItsNameAndPhoneInEveryFooter() throws Exception {
    byte[] pdf = Pdfs.render(Variant.A4.renderer, SampleArticles.everything()).bytes();
    List<String> pages = Pdfs.pageTexts(pdf);
    assertThat(pages.get(0)).contains("Riverside Family Clinic", "555-0100", "12 River Road, Springfield",
        "Call us if your breathing gets worse", "Read this online:", "health.example.org/articles/");
    assertThat(pages).hasSizeGreaterThan(1).allSatisfy(text -> assertThat(text).contains("555-0100"));
    String[] taggedAndUntagged = Pdfs.taggedAndUntagged(pdf);
    assertThat(taggedAndUntagged[0]).contains("Riverside Family Clinic", "Call us if");
    assertThat(taggedAndUntagged[1]).as("the footer is an artifact").contains("555-0100");
  }

  @Test
  void qrCodeIsAFigureWhoseAlternateTextSaysWhereItLeads() throws Exception {
    byte[] pdf = Pdfs.render(Variant.A4.renderer, SampleArticles.everything()).bytes();
    List<String> tree = new ArrayList<>();
    List<PDStructureElement> all = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      walk(doc.getDocumentCatalog().getStructureTreeRoot(), tree, all);
    }
    assertThat(all).filteredOn(e -> e.getStructureType().equals("Figure"))
        .extracting(PDStructureElement::getAlternateDescription)
        .containsExactly("QR code that opens this handout online at " + BASE + "living-well-with-asthma.html");
    int aside = tree.indexOf("Aside");
    assertThat(aside).as("the clinic's box").isPositive();
    assertThat(tree.subList(aside, aside + 3)).containsExactly("Aside", "H2", "P");
  }

  private static void walk(PDStructureNode node, List<String> types, List<PDStructureElement> all) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        types.add(e.getStructureType());
        all.add(e);
        walk(e, types, all);
      }
    }
  }

  @Test
  void noQrCodeWithoutABaseUrlOrWhenTurnedOff(@TempDir Path dir) throws Exception {
    Article article = SampleArticles.everything();
    byte[] none = Pdfs.render(PdfRenderer.create(), article).bytes();
    assertThat(Pdfs.text(none)).doesNotContain("Read this online");
    PdfRenderer off = PdfRenderer.builder().baseUrl(BASE)
        .settings(Settings.of(Map.of("qrCode", "off"))).build();
    byte[] offPdf = Pdfs.render(off, article).bytes();
    assertThat(Pdfs.text(offPdf)).doesNotContain("Read this online");
    assertThat(decodeQrCodes(offPdf, dir, 1)).isEmpty();
  }

  @Test
  void theLogoIsAFigureNamedForTheClinicAndAFileThatIsNotThereIsASettingsError(@TempDir Path dir)
      throws Exception {
    BufferedImage logo = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = logo.createGraphics();
    g.setColor(new Color(0x0B57D0));
    g.fillRect(0, 0, 300, 100);
    g.dispose();
    Path file = dir.resolve("logo.png");
    ImageIO.write(logo, "png", file.toFile());
    PdfRenderer renderer = Variant.A4.renderer.toBuilder()
        .settings(Settings.of(Map.of("clinicLogo", file.toString()))).build();
    byte[] pdf = Pdfs.render(renderer, SampleArticles.everything()).bytes();
    assertThat(VeraPdf.failures(pdf)).isEmpty();
    List<String> tree = new ArrayList<>();
    List<PDStructureElement> all = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      walk(doc.getDocumentCatalog().getStructureTreeRoot(), tree, all);
    }
    int aside = tree.indexOf("Aside");
    assertThat(tree.subList(aside, aside + 3)).containsExactly("Aside", "Figure", "H2");
    assertThat(all).filteredOn(e -> e.getStructureType().equals("Figure"))
        .extracting(PDStructureElement::getAlternateDescription).contains("Riverside Family Clinic");
    assertThatThrownBy(() -> PdfRenderer.builder().settings(Settings.of(Map.of("clinicLogo",
        dir.resolve("missing.png").toString()))).build()).isInstanceOf(SettingsException.class)
        .hasMessageContaining("clinicLogo").hasMessageContaining("missing.png");
  }

  @Test
  void clinicSettingsComeFromTheCommandLinesTextForm() {
    PdfRenderer fromSettings = PdfRenderer.builder().settings(Settings.of(Map.of("clinicName", "Riverside",
        "clinicPhone", "555-0100"))).build();
    byte[] pdf = Pdfs.render(fromSettings, SampleArticles.everything()).bytes();
    assertThat(fromSettings.options().values().get(PdfRenderer.CLINIC_NAME)).isEqualTo("Riverside");
    assertThat(pdf).isNotEmpty();
  }

  @Test
  void aSpanishArticleHasItsQrCodeTextInSpanish() throws Exception {
    Article article = MarkdownArticleReader.create().read(Path.of("..", "examples", "articles", "la-gripe.md"));
    byte[] pdf = Pdfs.render(Variant.A4.renderer, article).bytes();
    assertThat(Pdfs.pageTexts(pdf).get(0)).contains("Lea esto en línea:");
    assertThat(VeraPdf.failures(pdf)).isEmpty();
  }

  @Test
  void anArabicArticleHasItsQrCodeTextInArabic() throws Exception {
    Article article = MarkdownArticleReader.create().parse("""
        ---
        title: ارتفاع ضغط الدم
        language: ar
        ---
        ## ما هو ارتفاع ضغط الدم؟

        لا يشعر معظم الناس بأي أعراض، لذلك يجب قياسه بانتظام.
        """, "ar.md").value().orElseThrow();
    byte[] pdf = Pdfs.render(Variant.A4.renderer, article).bytes();
    String page = Pdfs.pageTexts(pdf).get(0);
    assertThat(page).contains("اقرأ هذا على الإنترنت").contains("health.example.org/articles/");
  }

  /**
   * The QR codes zbarimg finds on the first {@code pages} pages as drawn by pdftoppm at 150 dpi,
   * each as {@code QR-Code:TEXT}.
   */
  static List<String> decodeQrCodes(byte[] pdf, Path dir, int pages) throws IOException, InterruptedException {
    return decodeQrCodes(pdf, dir, 1, pages);
  }

  /** The QR codes zbarimg finds on pages {@code from} to {@code to}, as {@link #decodeQrCodes(byte[], Path, int)}. */
  static List<String> decodeQrCodes(byte[] pdf, Path dir, int from, int to) throws IOException, InterruptedException {
    Path file = dir.resolve("handout.pdf");
    Files.write(file, pdf);
    List<String> codes = new ArrayList<>();
    for (int page = from; page <= to; page++) {
      String n = String.valueOf(page);
      Path png = dir.resolve("page" + n + ".png");
      run(List.of("pdftoppm", "-r", "150", "-f", n, "-l", n, "-png", "-singlefile", file.toString(),
          dir.resolve("page" + n).toString()), "poppler-utils");
      run(List.of("zbarimg", "-q", png.toString()), "zbar-tools").lines().filter(line -> !line.isBlank())
          .forEach(codes::add);
    }
    return codes;
  }

  private static String run(List<String> command, String debianPackage) throws IOException, InterruptedException {
    Process p;
    try {
      // stdout only: zbarimg writes D-Bus noise to stderr on machines without a system bus
      p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      if (Boolean.getBoolean("carepress.requireFonts")) {
        throw e;
      }
      Assumptions.abort("skipped: " + command.get(0) + " is not installed (apt-get install " + debianPackage + ")");
      throw e;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(command.get(0) + " finished").isTrue();
    // zbarimg exits 4 when it finds no code
    assertThat(p.exitValue()).as(command.get(0) + ": " + out).isIn(0, 4);
    return out;
  }
}
