package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.testing.SampleArticles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structure tree of rendered documents, read back with PDFBox's logical-structure API. */
class TaggedStructureTest {
  /** Every element under the node, depth first, as "type" indented by depth. */
  private static void walk(PDStructureNode node, int depth, List<String> out, List<PDStructureElement> all) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement) {
        PDStructureElement e = (PDStructureElement) kid;
        out.add("  ".repeat(depth) + e.getStructureType());
        all.add(e);
        walk(e, depth + 1, out, all);
      }
    }
  }

  private static List<PDStructureElement> elements(byte[] pdf, List<String> outline) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDStructureElement> all = new ArrayList<>();
      walk(doc.getDocumentCatalog().getStructureTreeRoot(), 0, outline, all);
      return all;
    }
  }

  @Test
  void headingsComeInReadingOrderEachOpeningItsSectionNestedByLevel() throws Exception {
    byte[] pdf = Pdfs.render(PdfRenderer.create(), SampleArticles.everything()).bytes();
    List<String> tree = new ArrayList<>();
    elements(pdf, tree);
    List<String> headings = tree.stream().filter(t -> t.strip().matches("H\\d")).toList();
    assertThat(headings).containsExactly("  H1", // title, under Document
        "    H2", // key points
        "    H2", "      H3", // "What is asthma?" and its subsection
        "    H2", "    H2", // using your inhaler, when to get help
        "    H2", "    H2", "    H2", "    H2"); // glossary, notes, references, related
    for (int i = 0; i < tree.size(); i++) {
      String t = tree.get(i);
      if (t.strip().matches("H[23]")) {
        assertThat(tree.get(i - 1).strip()).as("the element before %s at line %d", t.strip(), i).isEqualTo("Sect");
      }
    }
    assertThat(tree.get(0)).isEqualTo("Document");
  }

  @Test
  void aFigureCarriesItsAltTextAndTheDocumentItsLanguage(@TempDir Path dir) throws Exception {
    byte[] pdf = Pdfs.render(PdfRenderer.create(), TestArticles.withImages(dir)).bytes();
    List<PDStructureElement> figures = elements(pdf, new ArrayList<>()).stream()
        .filter(e -> e.getStructureType().equals("Figure")).toList();
    assertThat(figures).extracting(PDStructureElement::getAlternateDescription)
        .containsExactly("A blue inhaler", "A spacer device");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
    }
    try (PDDocument doc = Loader.loadPDF(Pdfs.render(PdfRenderer.create(), SampleArticles.spanish()).bytes())) {
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("es");
    }
  }

  @Test
  void eachArticleOfABookletIsAnArtInItsOwnLanguage() throws Exception {
    Book book = Book.of(BookMetadata.of("Two languages"),
        List.of(SampleArticles.everything(), SampleArticles.spanish()));
    List<String> tree = new ArrayList<>();
    List<PDStructureElement> all = elements(Pdfs.renderBook(PdfRenderer.create(), book).bytes(), tree);
    List<PDStructureElement> articles = all.stream().filter(e -> e.getStructureType().equals("Art")).toList();
    assertThat(articles).extracting(PDStructureElement::getLanguage).containsExactly("en", "es");
    assertThat(tree.stream().filter(t -> !t.startsWith("    ")).toList())
        .as("the booklet's own parts, then the articles")
        .containsExactly("Document", "  H1", "  H2", "  TOC", "  Art", "  Art");
    assertThat(articles.get(0).getKids().get(0)).isInstanceOf(PDStructureElement.class)
        .extracting(k -> ((PDStructureElement) k).getStructureType()).isEqualTo("H1");
  }
}
