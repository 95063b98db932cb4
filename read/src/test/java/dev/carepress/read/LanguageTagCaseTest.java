package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A language tag written in any case (BCP 47 tags are case-insensitive) is kept in its canonical
 * case, {@code en}, {@code zh-Hans}, {@code es-MX}, whichever reader reads it; silently, as an
 * audience or a callout kind in another case is read silently, so {@code --strict} passes it too.
 */
class LanguageTagCaseTest {
  private static final String TAGS = """
      EN, en
      zh-hans, zh-Hans
      ZH-hans, zh-Hans
      ES-mx, es-MX
      es-MX, es-MX
      """;

  @ParameterizedTest
  @CsvSource(textBlock = TAGS)
  void frontMatter(String written, String canonical) {
    String text = "---\ntitle: T\nlanguage: " + written + "\n---\nText.\n";
    ReadResult<Article> result = MarkdownArticleReader.builder().strict(true).build().parse(text, "a.md");
    assertThat(result.problems()).isEmpty();
    assertThat(result.value().orElseThrow().language()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @CsvSource(textBlock = TAGS)
  void json(String written, String canonical) {
    String json = "{\"title\": \"T\", \"language\": \"" + written + "\"}";
    ReadResult<Article> result = JsonArticleReader.builder().strict(true).build().parse(json, "a.json");
    assertThat(result.problems()).isEmpty();
    Article article = result.value().orElseThrow();
    assertThat(article.language()).isEqualTo(canonical);
    assertThat(JsonArticleWriter.create().toJson(article)).contains("\"language\": \"" + canonical + "\"");
  }

  @ParameterizedTest
  @CsvSource(textBlock = TAGS)
  void bookFile(String written, String canonical, @TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nlanguage: " + written + "\n---\n");
    Files.writeString(dir.resolve("book.yaml"), "title: B\nlanguage: " + written + "\narticles: [a.md]\n");
    ReadResult<Book> result = BookReader.builder().strict(true).build().parse(dir.resolve("book.yaml"));
    assertThat(result.problems()).isEmpty();
    Book book = result.value().orElseThrow();
    assertThat(book.metadata().language()).isEqualTo(canonical);
    assertThat(book.articles().get(0).language()).isEqualTo(canonical);
  }
}
