package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import dev.carepress.testing.SampleArticles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A language Carepress has no labels for gets English furniture and one warning naming it. */
class UntranslatedLabelsTest {
  @TempDir Path dir;

  @Test
  void swahiliPageGetsEnglishFurnitureAndOneWarningNamingSwahili() {
    List<Problem> warnings = new ArrayList<>();
    Article swahili = SampleArticles.everything().toBuilder().language("sw").build();
    String page = HtmlRenderer.create().renderToString(swahili, RenderContext.defaults().withWarnings(warnings::add));
    assertThat(page).contains("Key points");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).code()).isEqualTo("labels-untranslated");
    assertThat(warnings.get(0).message()).contains("Swahili (sw)").contains("English");
  }

  @Test
  void translatedLanguagesWarnNothing() {
    List<Problem> warnings = new ArrayList<>();
    RenderContext context = RenderContext.defaults().withWarnings(warnings::add);
    HtmlRenderer.create().renderToString(SampleArticles.spanish(), context);
    HtmlRenderer.create().renderToString(SampleArticles.everything(), context);
    HtmlRenderer.create().renderToString(RtlArticles.arabic(dir.resolve("a.md")), context);
    HtmlRenderer.create().renderToString(RtlArticles.hebrew(), context);
    assertThat(warnings).extracting(Problem::code).doesNotContain("labels-untranslated");
  }

  @Test
  void siteAndBookPageWarnOncePerLanguageNotPerArticle() throws Exception {
    Article german = SampleArticles.minimal().toBuilder().title("Händewaschen").slug("haende").language("de").build();
    Article german2 = german.toBuilder().title("Grippe").slug("grippe").build();
    Book book = Book.of(new BookMetadata("Gesundheit", Optional.empty(), "g", List.of(), Optional.empty(), "de",
        Optional.empty(), Optional.empty()), List.of(german, german2, RtlArticles.hebrew(), swahili(),
            swahili().toBuilder().slug("sw-2").build(), SampleArticles.spanish()));
    List<Problem> site = new ArrayList<>();
    HtmlRenderer.create().renderSite(book, FileSink.directory(dir.resolve("site")),
        RenderContext.defaults().withWarnings(site::add));
    assertThat(site).filteredOn(p -> p.code().equals("labels-untranslated")).extracting(Problem::message)
        .hasSize(2).anySatisfy(m -> assertThat(m).contains("German (de)"))
        .anySatisfy(m -> assertThat(m).contains("Swahili (sw)"));
    List<Problem> bookPage = new ArrayList<>();
    HtmlRenderer.create().renderBook(book, dir.resolve("book.html"), RenderContext.defaults().withWarnings(bookPage::add));
    assertThat(bookPage).filteredOn(p -> p.code().equals("labels-untranslated")).hasSize(2);
  }

  private static Article swahili() {
    return SampleArticles.minimal().toBuilder().title("Kunawa mikono").slug("kunawa").language("sw").build();
  }
}
