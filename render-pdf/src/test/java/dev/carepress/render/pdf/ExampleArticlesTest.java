package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.PlainText;
import dev.carepress.read.BookReader;
import dev.carepress.read.MarkdownArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The example articles and book of the repository ({@code examples/}), read from Markdown. */
class ExampleArticlesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final PdfRenderer A4 = PdfRenderer.create();
  private static final PdfRenderer LETTER = PdfRenderer.builder().pageSize(PageSize.LETTER)
      .siteUrl("https://health.example.org").build();
  private static final PdfRenderer LARGE = PdfRenderer.builder().largePrint(true).build();

  static Stream<Arguments> articles() throws IOException {
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLES.resolve("articles"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String name = file.getFileName().toString().replace(".md", "");
        all.add(Arguments.of(name + "-a4", A4, file));
        all.add(Arguments.of(name + "-letter", LETTER, file));
        all.add(Arguments.of(name + "-large", LARGE, file));
      }
    }
    assertThat(all).as("example articles in " + EXAMPLES.toAbsolutePath()).isNotEmpty();
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void exampleArticleIsCompliantEmbedsItsFontsAndReadsInOrder(String name, PdfRenderer renderer, Path file)
      throws Exception {
    Article article = MarkdownArticleReader.create().read(file);
    Pdfs.Rendered pdf = Pdfs.render(renderer, article);
    Pdfs.keep("example-" + name + ".pdf", pdf.bytes());
    assertThat(VeraPdf.failures(pdf.bytes())).as(name).isEmpty();
    assertThat(Pdfs.fontsNotEmbedded(pdf.bytes())).isEmpty();
    assertThat(pdf.warnings()).as("warnings for " + name).isEmpty();
    List<String> expected = words(article.title() + " " + PlainText.ofBody(article));
    List<String> actual = words(Pdfs.text(pdf.bytes()));
    int at = 0;
    for (String word : expected) {
      int found = actual.subList(at, actual.size()).indexOf(word);
      assertThat(found).as("'%s' of %s in reading order after word %d", word, name, at).isNotNegative();
      at += found + 1;
    }
  }

  @Test
  void exampleBookletIsCompliant() throws Exception {
    Book book = BookReader.create().read(EXAMPLES.resolve("book.yaml"));
    for (PdfRenderer renderer : List.of(A4, LARGE)) {
      Pdfs.Rendered pdf = Pdfs.renderBook(renderer, book);
      Pdfs.keep(renderer == A4 ? "example-book-a4.pdf" : "example-book-large.pdf", pdf.bytes());
      assertThat(VeraPdf.failures(pdf.bytes())).isEmpty();
      assertThat(Pdfs.fontsNotEmbedded(pdf.bytes())).isEmpty();
      String contents = Pdfs.pageTexts(pdf.bytes()).get(1);
      for (Article article : book.articles()) {
        assertThat(contents).contains(article.title());
      }
    }
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
