package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.testing.SampleArticles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentTextTest {
  private static String text(Object value) {
    return ContentText.append(new StringBuilder(), value).toString();
  }

  @Test
  void everyPartOfEverySampleArticleReadsAsItsOwnToString() {
    List<Article> articles = new ArrayList<>(List.of(SampleArticles.everything(), SampleArticles.spanish(),
        SampleArticles.minimal(), SampleArticles.withFigure(Path.of("a.md"), "b.png", "Alt", "Caption")));
    articles.addAll(SampleArticles.book().articles());
    for (Article a : articles) {
      for (Object part : List.of(a.metadata(), a.introduction(), a.sections(), a.keyPoints(), a.glossary(),
          a.footnotes(), a.references(), a.related(), a.disclaimer())) {
        assertThat(text(part)).isEqualTo(String.valueOf(part));
      }
      assertThat(text(a)).isEqualTo(a.toString());
    }
  }

  @Test
  void bookMetadataReadsAsItsOwnToString() {
    Book book = SampleArticles.book();
    assertThat(text(book.metadata())).isEqualTo(book.metadata().toString());
  }

  private record Custom(String name) {
    @Override
    public String toString() {
      return "custom " + name;
    }
  }

  private record Plain(int number, Optional<String> label, List<Object> items) {}

  @Test
  void recordsWithTheirOwnToStringListsAndOptionalsReadAsTheyWouldPrint() {
    Plain plain = new Plain(3, Optional.of("x"), List.of(new Custom("a"), Optional.empty(), List.of(), "s"));
    assertThat(text(plain)).isEqualTo(plain.toString()).contains("custom a");
    assertThat(text(null)).isEqualTo("null");
  }
}
