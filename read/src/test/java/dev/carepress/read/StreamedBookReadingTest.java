package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.StreamedBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BookReader#stream} reads the book file only; each iteration reads the articles again, in
 * order, with the problems reading the whole book gives.
 */
class StreamedBookReadingTest {
  @TempDir Path dir;

  @Test
  void everyIterationGivesTheArticlesOfTheBookReadWholeInOrder() throws IOException {
    Path bookFile = book(9);
    Book whole = BookReader.create().read(bookFile);
    StreamedBook streamed = BookReader.create().stream(bookFile, p -> {}).orThrow();

    assertThat(streamed.size()).isEqualTo(9);
    assertThat(streamed.metadata()).isEqualTo(whole.metadata());
    assertThat(streamed.source()).contains(bookFile);
    for (int pass = 0; pass < 2; pass++) {
      List<Article> read = new ArrayList<>();
      streamed.articles().forEach(read::add);
      assertThat(read).isEqualTo(whole.articles());
    }
    assertThat(streamed.collect()).isEqualTo(whole);
  }

  @Test
  void theFirstIterationReportsEveryProblemAsReadingTheWholeBookDoes() throws IOException {
    Path bookFile = book(6);
    Files.writeString(dir.resolve("a3.md"), "---\ntitle: [unclosed\n---\nText.\n");
    Files.writeString(dir.resolve("a4.md"), "---\ntitle: Article 4\nslug: a1\n---\nText.\n");
    Files.writeString(dir.resolve("a1.md"), "---\ntitle: Article 1\n---\nText.\n\n[^x]: A note nothing refers to.\n");
    List<Problem> whole = BookReader.create().parse(bookFile).problems();
    StreamedBook streamed = BookReader.create().stream(bookFile, p -> {}).orThrow();

    assertThatThrownBy(() -> streamed.articles().forEach(a -> {}))
        .isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems()).containsExactlyInAnyOrderElementsOf(whole));
    assertThat(whole).anyMatch(p -> p.code().equals("duplicate-slug"));
  }

  @Test
  void articleWarningsComeOnceAndStrictReadingMakesThemErrors() throws IOException {
    Path bookFile = book(5);
    Files.writeString(dir.resolve("a2.md"), "---\ntitle: Article 2\n---\nText.\n\n[^x]: A note nothing refers to.\n");
    List<Problem> warnings = new ArrayList<>();
    StreamedBook streamed = BookReader.create().stream(bookFile, warnings::add).orThrow();
    streamed.articles().forEach(a -> {});
    streamed.articles().forEach(a -> {});

    assertThat(warnings).isNotEmpty().isEqualTo(BookReader.create().parse(bookFile).problems());
    StreamedBook strict = BookReader.builder().strict(true).build().stream(bookFile, p -> {}).orThrow();
    assertThatThrownBy(() -> strict.articles().forEach(a -> {})).isInstanceOf(ContentException.class);
  }

  @Test
  void anArticleThatVanishesAfterAFullIterationEndsTheNextOneWithAnErrorNamingIt() throws IOException {
    Path bookFile = book(8);
    StreamedBook streamed = BookReader.create().stream(bookFile, p -> {}).orThrow();
    streamed.articles().forEach(a -> {});
    Path gone = dir.resolve("a5.md");
    Files.delete(gone);
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> streamed.articles().forEach(a -> seen.add(a.title())))
        .isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems()).singleElement()
            .satisfies(p -> assertThat(p.source()).isEqualTo(gone.toString())));
    assertThat(seen).hasSize(5);
  }

  @Test
  void aMissingArticleIsAProblemOfTheBookFileBeforeAnyIsRead() throws IOException {
    Path bookFile = book(3);
    Files.delete(dir.resolve("a2.md"));
    ReadResult<StreamedBook> result = BookReader.create().stream(bookFile, p -> {});

    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).extracting(Problem::code).containsExactly("missing-file");
  }

  private Path book(int count) throws IOException {
    StringBuilder yaml = new StringBuilder("title: Health\narticles:\n");
    for (int i = 0; i < count; i++) {
      Files.writeString(dir.resolve("a" + i + ".md"), "---\ntitle: Article " + i + "\n---\nText " + i + ".\n");
      yaml.append("  - a").append(i).append(".md\n");
    }
    return Files.writeString(dir.resolve("book.yaml"), yaml);
  }
}
