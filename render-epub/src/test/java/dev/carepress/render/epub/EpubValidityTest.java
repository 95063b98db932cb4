package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Image;
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
  void generatedBookOfTwoHundredArticlesIsValid() {
    assertValid(Epubs.book(GeneratedBooks.book(200)), "generated-200.epub");
  }
}
