package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Image;
import dev.carepress.model.Link;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Section;
import dev.carepress.model.Text;
import dev.carepress.testing.SampleArticles;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EPUBCheck, the official validator, finds no error and no warning in what the renderer writes. */
class EpubValidityTest {
  @TempDir Path dir;

  private static void assertValid(byte[] epub, String name) {
    EpubCheckSupport.Result result = EpubCheckSupport.check(epub, name);
    result.usage().forEach(u -> System.out.println(name + ": " + u));
    assertThat(result.errors()).as("EPUBCheck messages for " + name).isEmpty();
  }

  @Test
  void everySampleArticleAloneIsValid() {
    for (Article article : List.of(SampleArticles.everything(), SampleArticles.spanish(), SampleArticles.minimal())) {
      assertValid(Epubs.article(article), article.slug() + ".epub");
    }
  }

  @Test
  void everyExampleArticleAloneIsValid() {
    for (Article article : ExampleContent.exampleArticles()) {
      assertValid(Epubs.article(article), article.slug() + ".epub");
    }
  }

  @Test
  void articleWithFigureIsValid() throws Exception {
    Path source = dir.resolve("asthma.md");
    Files.writeString(source, "unused");
    TestImages.writePng(dir.resolve("images/inhaler.png"), Color.BLUE);
    Article article = SampleArticles.withFigure(source, "images/inhaler.png", "An inhaler with a spacer", "A spacer");
    assertValid(Epubs.article(article), "figure.epub");
  }

  @Test
  void sampleBookIsValid() {
    assertValid(Epubs.book(SampleArticles.book()), "book.epub");
  }

  @Test
  void bookWithCoverIsValid() throws Exception {
    Path yaml = dir.resolve("book.yaml");
    Files.writeString(yaml, "unused");
    TestImages.writePng(dir.resolve("cover.png"), Color.RED);
    Book sample = SampleArticles.book();
    BookMetadata m = sample.metadata();
    Book book = new Book(
        new BookMetadata(m.title(), m.subtitle(), m.slug(), m.authors(), m.publisher(), m.language(), m.identifier(),
            Optional.of(new Image("cover.png", "Everyday Health Guide cover"))),
        sample.articles(), Optional.of(yaml));
    byte[] epub = Epubs.book(book);
    Files.write(Path.of("target/cover-book.epub"), epub);
    assertValid(epub, "cover-book.epub");
  }

  @Test
  void exampleBookIsValid() {
    Book book = ExampleContent.exampleBook();
    byte[] epub = Epubs.book(book);
    assertValid(epub, "example-book.epub");
    assertThat(Epubs.entries(epub).keySet()).filteredOn(n -> n.startsWith("EPUB/images/")).hasSize(8);
  }

  @Test
  void generatedBookOfTwoHundredArticlesIsValid() {
    // benchmarks/gen_corpus.py: about 600 words an article, a cover, related links by slug
    Book book = ExampleContent.generatedBook(200);
    assertThat(book.articles()).hasSize(200);
    assertValid(Epubs.book(book), "generated-200.epub");
  }

  @Test
  void hostileSlugsAndSectionIdsStayValidAndLinkable() {
    List<Article> articles = List.of(
        Article.builder().title("Ünïcode slug").slug("ünïcode-Ärticle")
            .section(new Section("a<b>&\"c", "Angle & quote", List.of(Paragraph.of("One.")), List.of()))
            .section(new Section("100%", "Percent", List.of(Paragraph.of(
                Link.of("#100%", "self"), new Text(" "), Link.of("#a<b>&\"c", "other"))), List.of()))
            .section(new Section("x#y?z/w", "Hash", List.of(Paragraph.of("Two.")), List.of()))
            .section(new Section("μέρος", "Greek", List.of(Paragraph.of("Three.")), List.of()))
            .build(),
        Article.builder().title("Upper").slug("UPPER.case").build(),
        Article.builder().title("Lower").slug("upper.case").build(),
        Article.builder().title("Dots").slug("a.b.").build());
    byte[] epub = Epubs.book(Book.of(BookMetadata.of("Hostile \u0000 <title> & ids"), articles));
    assertValid(epub, "hostile.epub");
    assertThat(Epubs.entries(epub).keySet()).allMatch(n -> n.chars().allMatch(c -> c > 0x20 && c < 0x7F))
        .contains("EPUB/text/article-1.xhtml", "EPUB/text/article-2.xhtml", "EPUB/text/upper.case.xhtml");
    Xml chapter = Xml.parse(Epubs.text(epub, "EPUB/text/article-1.xhtml"));
    assertThat(chapter.strings("//h:section[@id='100%']//h:a/@href")).containsExactly("#100%25", "#a%3Cb%3E&%22c");
    assertThat(Xml.parse(Epubs.text(epub, "EPUB/nav.xhtml")).strings("//h:nav[@epub:type='toc']//h:li/h:ol//h:a/@href"))
        .containsExactly("text/article-1.xhtml#a%3Cb%3E&%22c", "text/article-1.xhtml#100%25",
            "text/article-1.xhtml#x%23y?z/w", "text/article-1.xhtml#%CE%BC%CE%AD%CF%81%CE%BF%CF%82");
  }
}
