package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import dev.carepress.model.Book;
import dev.carepress.render.RenderContext;
import dev.carepress.testing.SampleArticles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A book with English, Arabic and Chinese chapters: each chapter document says its own language and
 * direction, the navigation gives each entry in another language its lang and dir, the package
 * lists every language, and EPUBCheck finds nothing; an untranslated language warns once.
 */
class MixedLanguageBookTest {

  @Test
  void eachChapterCarriesItsOwnLanguageAndDirection() {
    byte[] epub = Epubs.book(MixedLanguageBook.book("en"));
    assertThat(Epubs.text(epub, "EPUB/text/living-well-with-asthma.xhtml")).contains("lang=\"en\" xml:lang=\"en\"")
        .doesNotContain("dir=\"rtl\"");
    assertThat(Epubs.text(epub, "EPUB/text/ghasl-al-yadayn.xhtml"))
        .contains("lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\"").contains("أهم النقاط")
        .contains("بقلم <bdi>John Smith Jr.</bdi>");
    assertThat(Epubs.text(epub, "EPUB/text/xi-shou.xhtml")).contains("lang=\"zh-Hans\" xml:lang=\"zh-Hans\"");
    String nav = Epubs.text(epub, "EPUB/nav.xhtml");
    assertThat(nav).contains("<li lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">")
        .contains("<li lang=\"zh-Hans\" xml:lang=\"zh-Hans\" dir=\"ltr\">");
    String opf = Epubs.text(epub, "EPUB/package.opf");
    assertThat(opf).contains("<dc:language>en</dc:language>").contains("<dc:language>ar</dc:language>")
        .contains("<dc:language>zh-Hans</dc:language>").doesNotContain("page-progression-direction=\"rtl\"");
  }

  @Test
  void arabicBookReadsRightToLeftWithItsEnglishChapterLeftToRight() {
    byte[] epub = Epubs.book(MixedLanguageBook.book("ar"));
    assertThat(Epubs.text(epub, "EPUB/package.opf")).contains("page-progression-direction=\"rtl\"");
    assertThat(Epubs.text(epub, "EPUB/nav.xhtml")).contains("dir=\"rtl\"")
        .contains("<li lang=\"en\" xml:lang=\"en\" dir=\"ltr\">");
    assertThat(Epubs.text(epub, "EPUB/text/living-well-with-asthma.xhtml")).doesNotContain("dir=\"rtl\"");
  }

  @Test
  void bothBooksPassEpubCheckWithNoErrorAndNoWarning() {
    for (String language : List.of("en", "ar")) {
      EpubCheckSupport.Result result = EpubCheckSupport.check(Epubs.book(MixedLanguageBook.book(language)),
          "mixed-" + language + ".epub");
      assertThat(result.errors()).as("EPUBCheck, book in " + language).isEmpty();
    }
  }

  @Test
  void translatedLanguagesWarnNothingAndAnUntranslatedOneWarnsOnce() {
    List<Problem> warnings = new ArrayList<>();
    Epubs.book(EpubRenderer.create(), MixedLanguageBook.book("en"), RenderContext.defaults().withWarnings(warnings::add));
    assertThat(warnings).extracting(Problem::code).doesNotContain("labels-untranslated");
    Book withGerman = Book.of(MixedLanguageBook.book("en").metadata(), List.of(SampleArticles.everything(),
        SampleArticles.minimal().toBuilder().slug("a").language("de").build(),
        SampleArticles.minimal().toBuilder().slug("b").language("de").build()));
    Epubs.book(EpubRenderer.create(), withGerman, RenderContext.defaults().withWarnings(warnings::add));
    assertThat(warnings).filteredOn(p -> p.code().equals("labels-untranslated")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("German (de)"));
    List<Problem> article = new ArrayList<>();
    Epubs.article(EpubRenderer.create(), withGerman.articles().get(1), RenderContext.defaults().withWarnings(article::add));
    assertThat(article).extracting(Problem::code).containsOnlyOnce("labels-untranslated");
  }
}
