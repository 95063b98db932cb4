package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * A clinic's line too wide for the footer is wrapped, never cut, in every direction and print size,
 * and the text above keeps clear of the footer's extra lines.
 */
class ClinicFooterTest {
  private static final String NAME = "Riverside Family Practice and Community Health Centre";
  private static final String PHONE = "01632 960 123";
  private static final String WEB = "https://riverside.example/patients/handouts/languages";

  private static PdfRenderer renderer(boolean largePrint) {
    return PdfRenderer.builder().largePrint(largePrint)
        .clinic(NAME, PHONE, "1 River Street, Riverton RT1 2AB, United Kingdom", WEB, "Call us if it gets worse.")
        .build();
  }

  /** The footer's lines under its page number's line (the lowest bold text), top to bottom, spaces left out. */
  private static List<String> clinicLines(List<TextPosition> page) {
    double pageLine = page.stream().filter(g -> g.getFont().getName().contains("Bold"))
        .mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
    Map<Long, List<TextPosition>> lines = page.stream().filter(g -> g.getYDirAdj() > pageLine + 1)
        .collect(Collectors.groupingBy(g -> Math.round(g.getYDirAdj() * 2.0), TreeMap::new, Collectors.toList()));
    return lines.values().stream().map(l -> RightToLeftFurnitureTest.text(l.stream()
        .sorted(Comparator.comparingDouble(TextPosition::getXDirAdj)).collect(Collectors.toList())).replace(" ", ""))
        .collect(Collectors.toList());
  }

  @Test
  void aClinicsLineTooWideForTheFooterIsWrappedWholeInEveryDirectionAndPrintSize() throws Exception {
    for (boolean large : List.of(false, true)) {
      for (String language : List.of("he", "ar", "fa", "ur", "ru")) {
        byte[] pdf = RightToLeftFurnitureTest.render(renderer(large), language);
        int last = RightToLeftFurnitureTest.pageCount(pdf);
        List<String> lines = clinicLines(RightToLeftFurnitureTest.glyphs(pdf, last));
        String footer = String.join("", lines);
        String what = language + (large ? " large print" : "");
        assertThat(lines).as(what).hasSizeGreaterThan(1);
        assertThat(footer).as(what).doesNotContain("\u2026").contains(PHONE.replace(" ", ""), "languages",
            "https://riverside.example/patients/handouts/");
        for (String word : NAME.split(" ")) {
          assertThat(footer).as(what).contains(word);
        }
        assertThat(VeraPdf.failures(pdf)).as(what).isEmpty();
      }
    }
  }

  @Test
  void theTextOfAFullLargePrintPageKeepsClearOfAFooterWrappedOntoMoreLines() throws Exception {
    String paragraph = "\u05e9\u05d8\u05d9\u05e4\u05ea \u05d9\u05d3\u05d9\u05d9\u05dd \u05d1\u05de\u05d9\u05dd"
        + " \u05d5\u05d1\u05e1\u05d1\u05d5\u05df \u05d4\u05d9\u05d0 \u05d0\u05d7\u05ea \u05d4\u05d3\u05e8\u05db\u05d9\u05dd.";
    Article article = MarkdownArticleReader.create().parse("---\ntitle: \u05d9\u05d3\u05d9\u05d9\u05dd\nlanguage: he\n"
        + "---\n\n" + (paragraph + "\n\n").repeat(40), "he.md").orThrow();
    byte[] pdf = Pdfs.render(renderer(true), article).bytes();
    List<TextPosition> page = RightToLeftFurnitureTest.glyphs(pdf, 1);
    double pageLine = page.stream().filter(g -> g.getFont().getName().contains("Bold"))
        .mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
    double lowestText = page.stream().filter(g -> g.getYDirAdj() < pageLine - 1 && g.getUnicode().matches("\\p{L}"))
        .mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
    assertThat(RightToLeftFurnitureTest.pageCount(pdf)).isGreaterThan(1);
    assertThat(clinicLines(page)).hasSizeGreaterThan(2);
    // the page number's line sits 1.3 sizes under the footer's rule, the rule clear of the text over it
    assertThat(pageLine - lowestText).as("from the text's last baseline to the footer's first").isGreaterThan(18 * (1.3 + 0.4));
  }
}
