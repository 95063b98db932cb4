package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A handout of a few paragraphs, a list and a table in each language a clinic is most often asked
 * for ({@code scripts/hands-*.md}: hand washing, written for patients): every character has a font,
 * and the text read back from the PDF is the source text in logical order.
 */
class ScriptHandoutsTest {
  /** Every language of the "done means", with a handout in {@code scripts/}. */
  static final List<String> LANGUAGES = List.of("ar", "fa", "ur", "he", "hi", "bn", "ta", "th", "km", "my", "am",
      "zh-hans", "zh-hant", "ja", "ko", "vi", "ru");
  static final PdfRenderer RENDERER = PdfRenderer.builder().build();

  static Path handout(String language) {
    try {
      return Path.of(ScriptHandoutsTest.class.getResource("scripts/hands-" + language + ".md").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Pdfs.Rendered render(String language) throws IOException {
    Article article = MarkdownArticleReader.create().read(handout(language));
    Pdfs.Rendered pdf = Pdfs.render(RENDERER, article);
    Pdfs.keep("hands-" + language + ".pdf", pdf.bytes());
    return pdf;
  }

  /** The title, paragraphs, list items and table cells of the handout's Markdown, as written. */
  static List<String> sourceTexts(String language) throws IOException {
    List<String> texts = new ArrayList<>();
    List<String> lines = Files.readAllLines(handout(language), StandardCharsets.UTF_8);
    int body = lines.subList(1, lines.size()).indexOf("---") + 2;
    for (String line : lines.subList(1, body)) {
      if (line.startsWith("title: ")) {
        texts.add(line.substring(7));
      }
    }
    for (String line : lines.subList(body, lines.size())) {
      if (line.isBlank() || line.startsWith("|---")) {
        continue;
      }
      if (line.startsWith("|")) {
        for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
          texts.add(cell.strip());
        }
      } else {
        texts.add(line.startsWith("- ") ? line.substring(2) : line);
      }
    }
    return texts;
  }

  /**
   * The text with line breaks, spaces, joiners and direction marks left out: what an extractor
   * must give back whatever lines the layout made.
   */
  static String squeezed(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .replaceAll("[\\s\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
  }

  static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("carepress", ".pdf");
    try {
      Files.write(file, pdf);
      Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return out;
    } finally {
      Files.delete(file);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ar", "fa", "ur", "he", "hi", "bn", "ta", "th", "km", "my", "am", "zh-hans", "zh-hant",
      "ja", "ko", "vi", "ru"})
  void handoutHasAFontForEveryCharacterAndPdfBoxReadsTheSourceBack(String language) throws Exception {
    Pdfs.Rendered pdf = render(language);
    // Tamil and Khmer have no labels: their one warning says so (UntranslatedLabelsTest); nothing else
    assertThat(pdf.warnings()).as("warnings").extracting(dev.carepress.Problem::code)
        .containsExactlyElementsOf(dev.carepress.render.Labels.hasTranslation(language) ? java.util.List.of()
            : java.util.List.of(dev.carepress.render.Labels.UNTRANSLATED));
    String extracted = squeezed(Pdfs.text(pdf.bytes()));
    for (String source : sourceTexts(language)) {
      assertThat(extracted).as("PDFBox's text of the %s handout", language).contains(squeezed(source));
    }
  }

  /**
   * pdftotext (poppler) gives back the source as well, lam-alef and lam-yeh ligatures included (see
   * {@code RtlLigatures}). In Arabic script it has two limits of its own, both in the bidi algorithm
   * it uses to put a line in logical order: it does not make a European number after Arabic letters
   * an Arabic number, so a {@code %} drawn left of {@code 60} (as the Unicode algorithm places it)
   * comes back before the number; and it neither pairs nor mirrors brackets around left-to-right
   * words. There, percent signs and brackets are left out of both texts; everything else must match.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ar", "fa", "ur", "he", "hi", "bn", "ta", "th", "km", "my", "am", "zh-hans", "zh-hant", "ja",
      "ko", "vi", "ru"})
  void pdftotextReadsTheSourceBack(String language) throws Exception {
    boolean arabicScript = List.of("ar", "fa", "ur").contains(language);
    String extracted = popplerComparable(squeezed(pdftotext(render(language).bytes())), arabicScript);
    for (String source : sourceTexts(language)) {
      assertThat(extracted).as("pdftotext's text of the %s handout", language)
          .contains(popplerComparable(squeezed(source), arabicScript));
    }
  }

  private static String popplerComparable(String text, boolean arabicScript) {
    return arabicScript ? text.replaceAll("[%()]", "") : text;
  }

  /**
   * veraPDF runs in this JVM and is set up once ({@link VeraPdf}), so validating every handout costs
   * one parse and validation each, not a JVM start; all failures are gathered before asserting.
   */
  @Test
  void theHandoutInEveryLanguageIsCompliantWithPdfUaAndPdfA() throws Exception {
    java.util.Map<String, List<String>> failures = new java.util.TreeMap<>();
    for (String language : LANGUAGES) {
      List<String> found = VeraPdf.failures(render(language).bytes());
      if (!found.isEmpty()) {
        failures.put(language, found);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void aRightToLeftHandoutAsksViewersToShowItsPagesFromTheRight() throws Exception {
    assertThat(direction(render("he").bytes())).isEqualTo("R2L");
    assertThat(direction(render("ru").bytes())).isEqualTo("L2R"); // PDFBox's reading of no /Direction
  }

  static String direction(byte[] pdf) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences prefs =
          doc.getDocumentCatalog().getViewerPreferences();
      return prefs == null ? null : prefs.getReadingDirection();
    }
  }
}
