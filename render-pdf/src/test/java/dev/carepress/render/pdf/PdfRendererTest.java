package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Figure;
import dev.carepress.model.PlainText;
import dev.carepress.testing.SampleArticles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfRendererTest {
  private static final PdfRenderer A4 = PdfRenderer.create();
  private static final PdfRenderer LETTER = PdfRenderer.builder().pageSize(PageSize.LETTER).build();
  private static final PdfRenderer LARGE = PdfRenderer.builder().largePrint(true)
      .siteUrl("https://health.example.org").build();

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("everything-a4", A4, SampleArticles.everything()),
        Arguments.of("everything-letter", LETTER, SampleArticles.everything()),
        Arguments.of("everything-large", LARGE, SampleArticles.everything()),
        Arguments.of("spanish-a4", A4, SampleArticles.spanish()),
        Arguments.of("spanish-large", LARGE, SampleArticles.spanish()),
        Arguments.of("minimal-letter", LETTER, SampleArticles.minimal()),
        Arguments.of("typography-a4", A4, TestArticles.typography()),
        Arguments.of("long-table-letter", LETTER, TestArticles.longTable(70)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void examplesArePdfUa1AndPdfA2aCompliant(String name, PdfRenderer renderer, Article article) throws Exception {
    Pdfs.Rendered pdf = Pdfs.render(renderer, article);
    Pdfs.keep(name + ".pdf", pdf.bytes());
    assertThat(VeraPdf.failures(pdf.bytes())).as(name).isEmpty();
    assertThat(Pdfs.fontsNotEmbedded(pdf.bytes())).as("fonts not embedded in " + name).isEmpty();
  }

  @Test
  void bookletIsCompliantWithContentsOutlineAndArticlesOnNewPages() throws Exception {
    Pdfs.Rendered pdf = Pdfs.renderBook(A4, SampleArticles.book());
    Pdfs.keep("book-a4.pdf", pdf.bytes());
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    assertThat(Pdfs.fontsNotEmbedded(pdf.bytes())).isEmpty();
    List<String> pages = Pdfs.pageTexts(pdf.bytes());
    assertThat(pages.get(0)).contains("Everyday Health Guide").contains("Example Health Press");
    assertThat(pages.get(1)).contains("Contents").contains("Living well with asthma").contains("Lavarse las manos");
    // each article starts a page, and the contents give that page's number
    for (String title : List.of("Living well with asthma", "Lavarse las manos", "Minimal")) {
      int start = -1;
      for (int p = 2; p < pages.size(); p++) {
        if (pages.get(p).lines().skip(1).anyMatch(l -> l.strip().equals(title))) {
          start = p + 1;
          break;
        }
      }
      assertThat(start).as(title + " starts a page").isPositive();
      Matcher m = Pattern.compile(Pattern.quote(title) + "\\s+(\\d+)").matcher(pages.get(1));
      assertThat(m.find()).as("contents entry for " + title).isTrue();
      assertThat(Integer.parseInt(m.group(1))).as("page of " + title).isEqualTo(start);
    }
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      var outline = doc.getDocumentCatalog().getDocumentOutline();
      List<String> top = new ArrayList<>();
      outline.children().forEach(i -> top.add(i.getTitle()));
      assertThat(top).containsExactly("Contents", "Living well with asthma", "Lavarse las manos", "Minimal");
      List<String> nested = new ArrayList<>();
      outline.children().forEach(i -> i.children().forEach(c -> nested.add(c.getTitle())));
      assertThat(nested).contains("Key points", "What is asthma?", "Using your inhaler", "Cuándo lavarse las manos");
      // each contents entry is a link to the page its article starts on
      List<Integer> targets = new ArrayList<>();
      for (var annotation : doc.getPage(1).getAnnotations()) {
        var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) annotation;
        var go = (org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) link.getAction();
        var dest = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
            go.getDestination();
        targets.add(doc.getPages().indexOf(dest.getPage()) + 1);
      }
      List<Integer> starts = new ArrayList<>();
      for (String title : List.of("Living well with asthma", "Lavarse las manos", "Minimal")) {
        Matcher m = Pattern.compile(Pattern.quote(title) + "\\s+(\\d+)").matcher(pages.get(1));
        m.find();
        starts.add(Integer.parseInt(m.group(1)));
      }
      assertThat(targets).isEqualTo(starts);
    }
  }

  @Test
  void handoutOutlineListsEveryPartAndNotesCarryIds() throws Exception {
    Pdfs.Rendered pdf = Pdfs.render(A4, SampleArticles.everything());
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      List<String> top = new ArrayList<>();
      doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> top.add(i.getTitle()));
      assertThat(top).containsExactly("Key points", "What is asthma?", "Using your inhaler", "When to get help",
          "Glossary", "Notes", "References", "Related articles");
      var root = doc.getDocumentCatalog().getStructureTreeRoot();
      assertThat(root.getIDTree()).isNotNull();
      assertThat(root.getIDTree().getValue("fn-1")).isNotNull();
      assertThat(root.getIDTree().getValue("fn-1").getStructureType()).isEqualTo("Note");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
    }
  }

  @Test
  void largeBookletIsCompliant() throws Exception {
    Pdfs.Rendered pdf = Pdfs.renderBook(LARGE, SampleArticles.book());
    Pdfs.keep("book-large.pdf", pdf.bytes());
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
  }

  @Test
  void figuresInPngAndJpegAreCompliant(@TempDir Path dir) throws Exception {
    Pdfs.Rendered pdf = Pdfs.render(A4, TestArticles.withImages(dir));
    Pdfs.keep("figures-a4.pdf", pdf.bytes());
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      long images = 0;
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          images++;
        }
      }
      assertThat(images).isEqualTo(2);
    }
    assertThat(Pdfs.text(pdf.bytes())).contains("Hold the inhaler upright.");
  }

  @Test
  void aMissingImageIsAContentErrorNamingArticleAndPath(@TempDir Path dir) throws Exception {
    Article article = SampleArticles.withFigure(dir.resolve("a.md"), "images/nowhere.png", "alt", "caption");
    assertThatThrownBy(() -> A4.render(article, new ByteArrayOutputStream()))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("images/nowhere.png")
        .hasMessageContaining("living-well-with-asthma");
  }

  @Test
  void aWebImageIsDescribedInPlaceWithAWarning() throws Exception {
    Article article = SampleArticles.minimal().toBuilder()
        .section("Picture", new Figure("https://cdn.example.org/inhaler.png", "A blue inhaler", Optional.of("Caption.")))
        .build();
    Pdfs.Rendered pdf = Pdfs.render(A4, article);
    assertThat(pdf.warnings()).extracting(Problem::code).containsExactly("image-remote");
    assertThat(pdf.warnings().get(0).message()).contains("https://cdn.example.org/inhaler.png");
    assertThat(Pdfs.text(pdf.bytes())).contains("Image not available: A blue inhaler").contains("Caption.");
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
  }

  @Test
  void validatorRejectsADocumentWithoutLanguage() throws Exception {
    // the compliance tests can fail: the same renderer's output, with /Lang removed, is not PDF/UA
    byte[] bytes = Pdfs.render(A4, SampleArticles.spanish()).bytes();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      doc.getDocumentCatalog().setLanguage(null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      assertThat(VeraPdf.failures(out.toByteArray())).anyMatch(f -> f.contains("7.2"));
    }
  }

  @Test
  void textExtractionGivesTheArticlesWordsInReadingOrder() throws Exception {
    Article article = SampleArticles.everything();
    String text = Pdfs.text(Pdfs.render(A4, article).bytes());
    List<String> expected = words(article.title() + " " + PlainText.ofBody(article));
    List<String> actual = words(text);
    int at = 0;
    for (String word : expected) {
      int found = actual.subList(at, actual.size()).indexOf(word);
      assertThat(found).as("'" + word + "' after position " + at + " of the extracted text").isNotNegative();
      at += found + 1;
    }
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  @Test
  void runningHeaderAndFooterAreNotTaggedContent() throws Exception {
    Pdfs.Rendered pdf = Pdfs.render(LARGE, SampleArticles.everything());
    String[] parts = Pdfs.taggedAndUntagged(pdf.bytes());
    assertThat(parts[0]).contains("Key points").contains("Using your inhaler").doesNotContain("Page 1 of")
        .doesNotContain("health.example.org");
    assertThat(parts[1]).contains("Page 1 of").contains("Last reviewed").contains("health.example.org");
  }

  @Test
  void typographicPunctuationAndOtherScriptsNeedNoPlaceholder() throws Exception {
    Pdfs.Rendered pdf = Pdfs.render(A4, TestArticles.typography());
    assertThat(pdf.warnings()).isEmpty();
    String text = Pdfs.text(pdf.bytes());
    assertThat(text).contains("Łódź").contains("Ασθμα").contains("хроническое").contains("\u2212 5")
        .contains("10–12").contains("it’s").contains("e\u2011mail").contains("≤ ≥").contains("bell")
        .doesNotContain("\u0007");
    // a soft hyphen is invisible, unless the line breaks there: then a hyphen is drawn
    assertThat(text.replace("\n", "")).containsAnyOf("extraordinarily", "extra-ordinarily");
    assertThat(text).doesNotContain("\u00AD");
  }

  @Test
  void emojiBecomesAPlaceholderWithAWarningAndCjkIsDrawnWithTheCjkPack() throws Exception {
    Pdfs.Rendered pdf = Pdfs.render(A4, TestArticles.emojiAndCjk());
    assertThat(pdf.warnings()).extracting(Problem::message)
        .anyMatch(m -> m.contains("U+1F600 GRINNING FACE") && m.contains("section \"Feelings\""))
        .noneMatch(m -> m.contains("U+54EE")); // carepress-fonts-cjk is on the test class path
    assertThat(Pdfs.text(pdf.bytes())).contains("\u54EE\u5598\u662F\u4E00\u79CD\u6162\u6027\u75BE\u75C5\u3002");
    assertThat(pdf.warnings()).allMatch(p -> !p.isError() && p.code().equals("missing-glyph"))
        .allMatch(p -> p.hint().contains("--set pdf.fallbackFonts=") && p.hint().contains(".fallbackFont("),
            "the hint says how to add a font on the command line and in code");
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
  }

  @Test
  void aFallbackFontDrawsCjkForReal() throws Exception {
    Path font = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    if (!Files.isRegularFile(font)) {
      if (Boolean.getBoolean("carepress.requireFonts")) {
        throw new AssertionError("missing " + font + ": apt-get install fonts-wqy-zenhei");
      }
      Assumptions.abort("skipped: no CJK font at " + font + " (apt-get install fonts-wqy-zenhei)");
    }
    PdfRenderer renderer = PdfRenderer.builder().fallbackFont(PdfFont.file(font)).build();
    Pdfs.Rendered pdf = Pdfs.render(renderer, TestArticles.emojiAndCjk());
    Pdfs.keep("cjk-fallback.pdf", pdf.bytes());
    assertThat(pdf.warnings()).extracting(Problem::message).noneMatch(m -> m.contains("U+54EE"));
    assertThat(Pdfs.text(pdf.bytes())).contains("哮喘是一种慢性疾病");
    assertThat(Pdfs.fontsNotEmbedded(pdf.bytes())).isEmpty();
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
  }

  @Test
  void aCffCjkFontIsEmbeddedAsASubsetAndStaysPdfA() throws Exception {
    // the file of carepress-fonts-cjk: Noto Sans CJK, CFF outlines in a collection
    Path font = Path.of("../fonts-cjk/src/main/resources/META-INF/carepress/fonts/cjk/NotoSansCJK-Regular.ttc");
    if (!Files.isRegularFile(font)) {
      Assumptions.abort("skipped: no " + font);
    }
    PdfRenderer renderer = PdfRenderer.builder()
        .fallbackFont(PdfFont.file(font, "NotoSansCJKtc-Regular")).build();
    Pdfs.Rendered pdf = Pdfs.render(renderer, TestArticles.emojiAndCjk());
    Pdfs.keep("cjk-cff.pdf", pdf.bytes());
    assertThat(pdf.warnings()).extracting(Problem::message).noneMatch(m -> m.contains("U+54EE"));
    assertThat(Pdfs.text(pdf.bytes())).contains("哮喘是一种慢性疾病");
    assertThat(Pdfs.fontsNotEmbedded(pdf.bytes())).isEmpty();
    assertThat(pdf.bytes().length).as("only the glyphs used are embedded").isLessThan(200_000);
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
  }

  @Test
  void tableHeaderIsRepeatedOnEveryPageTheTableRunsOnto() throws Exception {
    List<String> pages = Pdfs.pageTexts(Pdfs.render(A4, TestArticles.longTable(90)).bytes());
    assertThat(pages).hasSizeGreaterThan(2);
    for (String page : pages) {
      assertThat(page).contains("Name").contains("Dose").contains("When");
    }
    String all = String.join("\n", pages);
    for (int i = 1; i <= 90; i++) {
      assertThat(all).contains("Medicine " + i + " ");
    }
  }

  @Test
  void aRowTallerThanAPageIsSplitNotTruncated() throws Exception {
    Pdfs.Rendered pdf = Pdfs.render(A4, TestArticles.tallRow(1500));
    List<String> pages = Pdfs.pageTexts(pdf.bytes());
    assertThat(pages.size()).isGreaterThan(2);
    String all = String.join(" ", pages);
    java.util.Set<String> found = new java.util.HashSet<>(words(all));
    for (int i = 0; i < 1500; i++) {
      assertThat(found).contains("word" + i);
    }
    assertThat(all).contains("the end");
    assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
  }

  @Test
  void largePrintSetsBodyTextAtLeastSixteenPoints() throws Exception {
    List<Float> sizes = Pdfs.fontSizes(Pdfs.render(LARGE, SampleArticles.everything()).bytes());
    float median = sizes.stream().sorted().toList().get(sizes.size() / 2);
    assertThat(median).isGreaterThanOrEqualTo(16f);
    List<Float> standard = Pdfs.fontSizes(Pdfs.render(A4, SampleArticles.everything()).bytes());
    assertThat(standard.stream().sorted().toList().get(standard.size() / 2)).isEqualTo(12f);
  }

  @Test
  void sameInputGivesIdenticalBytesEvenFromManyThreads() throws Exception {
    Article article = SampleArticles.everything();
    byte[] first = Pdfs.render(A4, article).bytes();
    assertThat(Pdfs.render(A4, article).bytes()).isEqualTo(first);
    assertThat(Pdfs.render(PdfRenderer.create(), article).bytes()).isEqualTo(first);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> futures = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        Article a = i % 2 == 0 ? article : SampleArticles.spanish();
        futures.add(pool.submit(() -> Pdfs.render(A4, a).bytes()));
      }
      byte[] spanish = Pdfs.render(A4, SampleArticles.spanish()).bytes();
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(i % 2 == 0 ? first : spanish);
      }
    } finally {
      pool.shutdownNow();
    }
    byte[] book = Pdfs.renderBook(A4, SampleArticles.book()).bytes();
    assertThat(Pdfs.renderBook(A4, SampleArticles.book()).bytes()).isEqualTo(book);
    assertThat(Pdfs.render(LETTER, article).bytes()).isNotEqualTo(first);
  }

  @Test
  void theDocumentIdComesFromTheContentAndChangesWithIt() throws Exception {
    Article article = SampleArticles.everything();
    String id = documentId(Pdfs.render(A4, article).bytes());
    assertThat(id).hasSize(32); // 16 bytes
    assertThat(documentId(Pdfs.render(A4, article).bytes())).isEqualTo(id);
    assertThat(documentId(Pdfs.render(LETTER, article).bytes())).isNotEqualTo(id);
    List<dev.carepress.model.Block> longer = new ArrayList<>(article.introduction());
    longer.add(dev.carepress.model.Paragraph.of("One more sentence."));
    Article longerArticle = new Article(article.metadata(), longer,
        article.sections(), article.keyPoints(), article.glossary(), article.footnotes(), article.references(),
        article.related(), article.disclaimer(), article.source());
    assertThat(documentId(Pdfs.render(A4, longerArticle).bytes())).isNotEqualTo(id);
  }

  private static String documentId(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSArray ids = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertThat(ids.size()).isEqualTo(2);
      assertThat(((COSString) ids.get(0)).getBytes()).isEqualTo(((COSString) ids.get(1)).getBytes());
      return java.util.HexFormat.of().formatHex(((COSString) ids.get(0)).getBytes());
    }
  }

  @Test
  void unsafeLinksAreShownAsTextWithoutAnnotation() throws Exception {
    Article article = SampleArticles.minimal().toBuilder()
        .section("Links", dev.carepress.model.Paragraph.of(
            dev.carepress.model.Link.of("javascript:alert(1)", "click"),
            new dev.carepress.model.Text(" and "),
            dev.carepress.model.Link.of("https://www.example.org/a", "safe")))
        .build();
    Pdfs.Rendered pdf = Pdfs.render(A4, article);
    try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
      var annotations = doc.getPage(0).getAnnotations();
      assertThat(annotations).hasSize(1);
      assertThat(annotations.get(0).getContents()).isEqualTo("safe");
    }
    assertThat(Pdfs.text(pdf.bytes())).contains("click and safe");
  }

  @Test
  void figureWithoutAltIsDecorationNotAFigure(@TempDir Path dir) throws Exception {
    Article withAlt = TestArticles.withImages(dir);
    Article decorative = withAlt.toBuilder().section("Decoration", new Figure("inhaler.png", "", Optional.empty()))
        .build();
    assertThat(VeraPdf.failures(Pdfs.render(A4, decorative).bytes())).isEmpty();
  }
}
