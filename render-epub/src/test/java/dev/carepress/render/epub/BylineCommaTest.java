package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Person;
import dev.carepress.read.MarkdownArticleReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An Arabic book's and article's bylines put the Arabic comma between a name and its credentials. */
class BylineCommaTest {
  private static final String LAYLA = "\u0644\u064a\u0644\u0649 \u062d\u062f\u0627\u062f";

  private static String allText(byte[] epub) {
    return Epubs.entries(epub).values().stream().map(b -> new String(b, StandardCharsets.UTF_8))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theBooksAuthorsAndTheArticlesBylineTakeTheArabicComma() {
    Article article = MarkdownArticleReader.create().parse("---\ntitle: \u063a\u0633\u0644\nlanguage: ar\n"
        + "authors:\n  - name: " + LAYLA + "\n    credentials: MD\n---\n\n\u0646\u0635.\n", "ar.md").orThrow();
    assertThat(allText(Epubs.article(article))).contains(LAYLA + "\u060c MD").doesNotContain(LAYLA + ", MD");
    Book book = Book.of(new BookMetadata("\u063a\u0633\u0644", Optional.empty(), "book",
        List.of(Person.of(LAYLA, "MD")), Optional.empty(), "ar", Optional.empty(), Optional.empty()), List.of(article));
    String text = allText(Epubs.book(book));
    assertThat(text).contains("cp-book-authors").contains(LAYLA + "\u060c MD").doesNotContain(LAYLA + ", MD");
  }
}
