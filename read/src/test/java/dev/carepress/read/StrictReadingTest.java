package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.carepress.Problem;
import dev.carepress.Severity;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strict reading (the readers' {@code strict(true)}, for CI) fails a read that has a warning: every
 * warning becomes an error with the same code, position and message, and there is no value; a read
 * without warnings is unchanged.
 */
class StrictReadingTest {
  private static final String SOFT_FAULTS = "---\ntitle: T\n---\nA claim.[^x]\n\n> [!NOTE]\n";

  @Test
  void withoutStrictSoftFaultsAreWarningsAndTheArticleIsRead() {
    ReadResult<Article> result = MarkdownArticleReader.create().parse(SOFT_FAULTS, "a.md");
    assertThat(result.value()).isPresent();
    assertThat(result.problems()).extracting(Problem::severity, Problem::code, Problem::line, Problem::column)
        .containsExactly(tuple(Severity.WARNING, "undefined-footnote", 4, 9), tuple(Severity.WARNING, "empty-callout", 6, 1));
  }

  @Test
  void strictMakesEveryWarningAnErrorAtTheSamePlace() {
    ReadResult<Article> lenient = MarkdownArticleReader.create().parse(SOFT_FAULTS, "a.md");
    ReadResult<Article> strict = MarkdownArticleReader.builder().strict(true).build().parse(SOFT_FAULTS, "a.md");
    assertThat(strict.value()).isEmpty();
    assertThat(strict.problems()).allMatch(Problem::isError)
        .extracting(Problem::code, Problem::source, Problem::line, Problem::column, Problem::message, Problem::hint)
        .containsExactlyElementsOf(lenient.problems().stream()
            .map(p -> tuple(p.code(), p.source(), p.line(), p.column(), p.message(), p.hint())).toList());
  }

  @Test
  void strictChangesNothingWithoutWarnings() {
    String clean = "---\ntitle: T\n---\nA claim.[^x]\n\n[^x]: The source.\n";
    ReadResult<Article> strict = MarkdownArticleReader.builder().strict(true).build().parse(clean, "a.md");
    assertThat(strict.problems()).isEmpty();
    assertThat(strict.value()).isEqualTo(MarkdownArticleReader.create().parse(clean, "a.md").value());
  }

  @Test
  void strictJsonReaderFailsOnAWarning() {
    String json = "{\"title\": \"T\", \"introduction\": [{\"type\": \"paragraph\", \"content\": [{\"type\": \"link\","
        + " \"url\": \"javascript:alert(1)\", \"content\": [{\"type\": \"text\", \"text\": \"x\"}]}]}]}";
    ReadResult<Article> lenient = JsonArticleReader.create().parse(json, "a.json");
    assertThat(lenient.value()).isPresent();
    assertThat(lenient.warnings()).isNotEmpty();
    ReadResult<Article> strict = JsonArticleReader.builder().strict(true).build().parse(json, "a.json");
    assertThat(strict.value()).isEmpty();
    assertThat(strict.errors()).hasSameSizeAs(lenient.problems());
  }

  /** The same two soft faults as {@link #SOFT_FAULTS}, in JSON. */
  private static final String JSON_SOFT_FAULTS = """
      {
        "title": "T",
        "introduction": [
          {"type": "paragraph", "content": [{"type": "text", "text": "A claim."},
            {"type": "footnoteReference", "label": "x"}]},
          {"type": "callout", "kind": "note", "blocks": []}
        ]
      }
      """;

  @Test
  void jsonSoftFaultsAreWarningsAsInMarkdownAndStrictMakesThemErrors() {
    ReadResult<Article> lenient = JsonArticleReader.create().parse(JSON_SOFT_FAULTS, "a.json");
    assertThat(lenient.problems()).extracting(Problem::severity, Problem::code, Problem::line, Problem::column)
        .containsExactly(tuple(Severity.WARNING, "undefined-footnote", 5, 7),
            tuple(Severity.WARNING, "empty-callout", 6, 5));
    Article article = lenient.value().orElseThrow();
    // as Markdown does: the reference kept as its text, the callout left out (JSON keeps its two texts apart)
    assertThat(article.introduction()).containsExactly(
        new Paragraph(List.of(new Text("A claim."), new Text("[^x]"))));
    assertThat(lenient.problems().get(0).message()).contains("'[^x]' was kept as text");

    ReadResult<Article> strict = JsonArticleReader.builder().strict(true).build().parse(JSON_SOFT_FAULTS, "a.json");
    assertThat(strict.value()).isEmpty();
    assertThat(strict.problems()).allMatch(Problem::isError).extracting(Problem::code)
        .containsExactly("undefined-footnote", "empty-callout");
  }

  @Test
  void aJsonFootnoteDefinedAfterTheTextThatRefersToItIsNoFault() {
    String json = """
        {"title": "T",
         "introduction": [{"type": "paragraph", "content": [{"type": "text", "text": "A claim."},
           {"type": "footnoteReference", "label": "x"}]}],
         "footnotes": [{"label": "x", "blocks": [{"type": "paragraph", "content": [{"type": "text", "text": "S."}]}]}]}
        """;
    ReadResult<Article> result = JsonArticleReader.builder().strict(true).build().parse(json, "a.json");
    assertThat(result.problems()).isEmpty();
    assertThat(result.value().orElseThrow().footnotes()).hasSize(1);
  }

  @Test
  void strictBookReaderFailsOnAnArticlesWarning(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.md"), SOFT_FAULTS);
    Path book = Files.writeString(dir.resolve("book.yaml"), "title: B\narticles:\n  - a.md\n");
    ReadResult<Book> lenient = BookReader.create().parse(book);
    assertThat(lenient.value()).isPresent();
    ReadResult<Book> strict = BookReader.builder().strict(true).build().parse(book);
    assertThat(strict.value()).isEmpty();
    assertThat(strict.errors()).extracting(Problem::code).containsExactly("undefined-footnote", "empty-callout");
  }
}
