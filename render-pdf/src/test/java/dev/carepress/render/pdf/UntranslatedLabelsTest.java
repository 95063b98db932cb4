package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.render.Labels;
import dev.carepress.testing.SampleArticles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A handout in a language Carepress has no labels for says so, once per language, as the HTML and
 * EPUB renderers do: a clinic's "language: vn" (for Vietnamese, vi) gave an English-worded PDF and
 * no word about it when only PDF was asked for.
 */
class UntranslatedLabelsTest {
  private static Article in(String language, String slug) {
    return SampleArticles.minimal().toBuilder().slug(slug).language(language).build();
  }

  @Test
  void aHandoutInALanguageWithoutLabelsWarnsNamingIt() {
    List<Problem> warnings = Pdfs.render(PdfRenderer.create(), in("vn", "huyet-ap")).warnings();
    assertThat(warnings).filteredOn(p -> p.code().equals(Labels.UNTRANSLATED)).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no labels in vn"));
  }

  @Test
  void aHandoutInALanguageWithLabelsDoesNotWarn() {
    assertThat(Pdfs.render(PdfRenderer.create(), in("vi", "huyet-ap")).warnings())
        .extracting(Problem::code).doesNotContain(Labels.UNTRANSLATED);
  }

  @Test
  void aBookletWarnsOncePerLanguageWithoutLabels() {
    Book book = Book.of(new BookMetadata("Afya", Optional.empty(), "afya", List.of(), Optional.empty(), "sw",
        Optional.empty(), Optional.empty()), List.of(in("sw", "a"), in("sw", "b"), in("vi", "c")));
    assertThat(Pdfs.renderBook(PdfRenderer.create(), book).warnings())
        .filteredOn(p -> p.code().equals(Labels.UNTRANSLATED)).hasSize(1);
  }
}
