package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Paragraph;
import dev.carepress.render.RenderContext;
import dev.carepress.testing.SampleArticles;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package document: Dublin Core metadata, dates, identifiers and accessibility metadata. */
class PackageDocumentTest {
  @TempDir Path dir;

  private static Xml opf(byte[] epub) {
    return Xml.parse(Epubs.text(epub, "EPUB/package.opf"));
  }

  private static Book bookWithoutIdentifier(List<Article> articles) {
    BookMetadata m = SampleArticles.book().metadata();
    return Book.of(new BookMetadata(m.title(), m.subtitle(), m.slug(), m.authors(), m.publisher(), m.language(),
        Optional.empty(), Optional.empty()), articles);
  }

  @Test
  void bookMetadataComesFromTheBookAndItsArticles() {
    Xml opf = opf(Epubs.book(SampleArticles.book()));
    assertThat(opf.string("/opf:package/@version")).isEqualTo("3.0");
    assertThat(opf.string("/opf:package/@xml:lang")).isEqualTo("en");
    assertThat(opf.string("//dc:identifier[@id=/opf:package/@unique-identifier]"))
        .isEqualTo("urn:uuid:dc872eda-6f4b-4c44-89a1-2f4619203e01");
    assertThat(opf.strings("//dc:title")).containsExactly("Everyday Health Guide");
    assertThat(opf.strings("//dc:language")).containsExactly("en", "es");
    assertThat(opf.strings("//dc:creator")).containsExactly("Renée Okafor");
    assertThat(opf.string("//opf:meta[@refines='#creator-1'][@property='role']")).isEqualTo("aut");
    assertThat(opf.string("//dc:publisher")).isEqualTo("Example Health Press");
    assertThat(opf.strings("//dc:subject")).containsExactly("Lungs and breathing", "Prevención");
    assertThat(opf.string("//dc:description")).isEqualTo("Plain-language articles");
  }

  @Test
  void anArticlesOwnUrlIsTheSourceOfItsEpubAndABookHasNone() {
    Article article = SampleArticles.minimal().toBuilder().url("https://health.example.org/minimal").build();
    byte[] epub = Epubs.article(article);
    assertThat(opf(epub).strings("//dc:source")).containsExactly("https://health.example.org/minimal");
    assertThat(EpubCheckSupport.check(epub, "own-url.epub").errors()).isEmpty();
    assertThat(opf(Epubs.article(SampleArticles.minimal())).strings("//dc:source")).isEmpty();
    assertThat(opf(Epubs.book(Book.of(SampleArticles.book().metadata(), List.of(article)))).strings("//dc:source"))
        .isEmpty();
  }

  @Test
  void datesComeFromTheContentNotTheClock() {
    Xml opf = opf(Epubs.book(SampleArticles.book()));
    // latest published date: 2025-03-03 (Spanish article); latest of all dates: the same day
    assertThat(opf.string("//dc:date")).isEqualTo("2025-03-03");
    assertThat(opf.strings("//opf:meta[@property='dcterms:modified']")).containsExactly("2025-03-03T00:00:00Z");

    Article later = SampleArticles.minimal().toBuilder().lastReviewed(LocalDate.of(2026, 7, 9)).build();
    Xml one = opf(Epubs.article(later));
    assertThat(one.string("//opf:meta[@property='dcterms:modified']")).isEqualTo("2026-07-09T00:00:00Z");
    assertThat(one.count("//dc:date")).as("no publication date known").isZero();
  }

  @Test
  void articleWithoutDatesGetsAFixedModificationTime() {
    Xml opf = opf(Epubs.article(SampleArticles.minimal()));
    assertThat(opf.string("//opf:meta[@property='dcterms:modified']")).isEqualTo("2000-01-01T00:00:00Z");
  }

  @Test
  void modifiedOptionIsWrittenToTheSecondInUtc() {
    EpubRenderer renderer =
        EpubRenderer.builder().modified(Instant.parse("2026-05-04T10:11:12.345Z")).build();
    Xml opf = opf(Epubs.article(renderer, SampleArticles.minimal(), RenderContext.defaults()));
    assertThat(opf.string("//opf:meta[@property='dcterms:modified']")).isEqualTo("2026-05-04T10:11:12Z");
  }

  @Test
  void identifierIsDerivedFromTheContentWhenTheBookHasNone() {
    Book book = bookWithoutIdentifier(List.of(SampleArticles.everything(), SampleArticles.spanish()));
    String id = opf(Epubs.book(book)).string("//dc:identifier");
    assertThat(id).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(opf(Epubs.book(bookWithoutIdentifier(book.articles()))).string("//dc:identifier"))
        .as("same content, same identifier").isEqualTo(id);

    Article changed = SampleArticles.spanish().toBuilder().introduction(Paragraph.of("Otro texto.")).build();
    assertThat(opf(Epubs.book(bookWithoutIdentifier(List.of(SampleArticles.everything(), changed))))
        .string("//dc:identifier")).as("changed text, new identifier").isNotEqualTo(id);
    assertThat(opf(Epubs.article(SampleArticles.everything())).string("//dc:identifier"))
        .startsWith("urn:uuid:").isNotEqualTo(id);
  }

  @Test
  void singleArticleMetadataComesFromTheArticle() {
    Xml opf = opf(Epubs.article(SampleArticles.everything()));
    assertThat(opf.strings("//dc:title")).containsExactly("Living well with asthma");
    assertThat(opf.strings("//dc:creator")).containsExactly("Alex Rivera");
    assertThat(opf.string("//dc:description")).startsWith("What asthma is");
    assertThat(opf.strings("//dc:subject"))
        .containsExactly("Lungs and breathing", "Asthma", "Inhaler technique", "asthma", "inhalers", "breathing");
    assertThat(opf.string("//dc:date")).isEqualTo("2024-03-04");
    assertThat(opf.string("//opf:meta[@property='dcterms:modified']")).isEqualTo("2025-02-01T00:00:00Z");
  }

  @Test
  void accessibilityMetadataWithoutImagesClaimsTextOnly() {
    Xml opf = opf(Epubs.book(SampleArticles.book()));
    assertThat(opf.strings("//opf:meta[@property='schema:accessMode']")).containsExactly("textual");
    assertThat(opf.strings("//opf:meta[@property='schema:accessModeSufficient']")).containsExactly("textual");
    assertThat(opf.strings("//opf:meta[@property='schema:accessibilityFeature']")).containsExactly(
        "tableOfContents", "structuralNavigation", "readingOrder", "displayTransformability");
    assertThat(opf.strings("//opf:meta[@property='schema:accessibilityHazard']")).containsExactly("none");
    assertThat(opf.string("//opf:meta[@property='schema:accessibilitySummary']"))
        .contains("WCAG 2.1 Level AA").doesNotContain("image");
    assertThat(opf.strings("//opf:meta[@property='dcterms:conformsTo']"))
        .containsExactly("EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
  }

  @Test
  void accessibilityMetadataWithImagesAddsVisualModeAndAlternativeText() throws Exception {
    Path source = Files.writeString(dir.resolve("a.md"), "unused");
    TestImages.writePng(dir.resolve("pic.png"), Color.GREEN);
    Xml opf = opf(Epubs.article(SampleArticles.withFigure(source, "pic.png", "A green square", "Green")));
    assertThat(opf.strings("//opf:meta[@property='schema:accessMode']")).containsExactly("textual", "visual");
    assertThat(opf.strings("//opf:meta[@property='schema:accessModeSufficient']")).containsExactly("textual");
    assertThat(opf.strings("//opf:meta[@property='schema:accessibilityFeature']")).contains("alternativeText");
    assertThat(opf.string("//opf:meta[@property='schema:accessibilitySummary']")).contains("Every image has a text");
  }

  @Test
  void spanishBookHasItsSummaryInSpanish() {
    Book book = Book.of(new BookMetadata("Guía", Optional.empty(), "guia", List.of(), Optional.empty(), "es",
        Optional.empty(), Optional.empty()), List.of(SampleArticles.spanish()));
    Xml opf = opf(Epubs.book(book));
    assertThat(opf.string("//opf:meta[@property='schema:accessibilitySummary']")).startsWith("Este libro");
    assertThat(opf.string("/opf:package/@xml:lang")).isEqualTo("es");
  }

  @Test
  void manifestListsEveryFileAndTheSpineFollowsTheBook() {
    byte[] epub = Epubs.book(SampleArticles.book());
    Xml opf = opf(epub);
    List<String> hrefs = opf.strings("//opf:item/@href");
    assertThat(hrefs.stream().map(h -> "EPUB/" + h))
        .containsExactlyInAnyOrderElementsOf(Epubs.entries(epub).keySet().stream()
            .filter(n -> n.startsWith("EPUB/") && !n.equals("EPUB/package.opf")).toList());
    assertThat(opf.strings("//opf:spine/opf:itemref/@idref"))
        .containsExactly("title-page", "nav", "chapter-1", "chapter-2", "chapter-3");
    assertThat(opf.string("//opf:item[@properties='nav']/@href")).isEqualTo("nav.xhtml");
    assertThat(opf.string("//opf:spine/@toc")).isEqualTo("ncx");
  }
}
