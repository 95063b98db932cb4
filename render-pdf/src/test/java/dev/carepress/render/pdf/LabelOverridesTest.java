package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.testing.SampleArticles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code labels.KEY} overrides reach every label a handout or booklet prints. */
class LabelOverridesTest {
  private static final Map<String, String> OVERRIDES = Map.ofEntries(
      Map.entry("keyPoints", "At a glance"),
      Map.entry("glossary", "Words to know"),
      Map.entry("footnotes", "Endnotes"),
      Map.entry("references", "Sources"),
      Map.entry("related", "See also"),
      Map.entry("disclaimer", "Please note"),
      Map.entry("reviewedBy", "Checked by {0} ({1})"),
      Map.entry("nextReview", "Check again {0}"),
      Map.entry("lastReviewed", "Checked {0}"),
      Map.entry("callout.tip", "Good idea"),
      Map.entry("callout.warning", "Danger"),
      Map.entry("by", "Words: {0}"),
      Map.entry("pageOf", "Sheet {0}/{1}"),
      Map.entry("contents", "In this booklet"));

  private static PdfRenderer withOverrides() {
    return PdfRenderer.builder().labels(OVERRIDES).build();
  }

  @Test
  void everyLabelOfAHandoutIsReplaced() throws Exception {
    String text = Pdfs.text(Pdfs.render(withOverrides(), SampleArticles.everything()).bytes());
    assertThat(text).contains("At a glance", "Words to know", "Endnotes", "Sources", "See also", "Please note:",
        "Checked by Dana Okafor, MD (February 1, 2025)", "Check again February 1, 2027", "Checked February 1, 2025",
        "Good idea", "Danger", "Words: Alex Rivera", "Sheet 1/");
    assertThat(text).doesNotContain("Key points", "Glossary", "References", "Related articles", "Disclaimer",
        "Medically reviewed", "Next review", "Last reviewed", "Warning", "Page 1 of");
  }

  @Test
  void overridesApplyInEveryLanguage() throws Exception {
    String text = Pdfs.text(Pdfs.render(withOverrides(), SampleArticles.spanish()).bytes());
    assertThat(text).contains("Sheet 1/").doesNotContain("Página 1 de");
  }

  @Test
  void aBookletsContentsAndFootersAreReplacedToo() throws Exception {
    Book book = Book.of(BookMetadata.of("Everyday health"), List.of(SampleArticles.everything()));
    String text = Pdfs.text(Pdfs.renderBook(withOverrides(), book).bytes());
    assertThat(text).contains("In this booklet", "Sheet 2/", "At a glance").doesNotContain("Contents", "Page 2 of");
  }

  @Test
  void theSettingGivesTheSameDocumentAsTheBuilder() throws Exception {
    Map<String, String> settings = new java.util.TreeMap<>();
    OVERRIDES.forEach((k, v) -> settings.put("labels." + k, v));
    PdfRenderer fromSettings = (PdfRenderer) Renderers.discover().require("pdf", Settings.of(settings));
    assertThat(Pdfs.render(fromSettings, SampleArticles.everything()).bytes())
        .isEqualTo(Pdfs.render(withOverrides(), SampleArticles.everything()).bytes());
  }
}
