package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.testing.SampleArticles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real reading system opens the e-books: pandoc reads each EPUB back to plain text, and every
 * article's title, section titles and paragraphs must be in it. Skipped when pandoc is not
 * installed, unless {@code -Dcarepress.requireReaders=true}.
 */
class ReadingSystemTest {
  @TempDir Path dir;

  @BeforeAll
  static void pandocIsThere() {
    boolean present = Pandoc.available();
    if (!present && Boolean.getBoolean("carepress.requireReaders")) {
      throw new IllegalStateException("pandoc is required (-Dcarepress.requireReaders=true) but not installed: "
          + "apt-get install -y --no-install-recommends pandoc");
    }
    assumeTrue(present, "pandoc is not installed (apt-get install pandoc); the reading-system test is skipped");
  }

  @Test
  void pandocReadsEveryArticleOfTheSampleBook() throws Exception {
    assertEveryArticleComesBack(SampleArticles.book());
  }

  @Test
  void pandocReadsEveryArticleOfTheExampleBook() throws Exception {
    assertEveryArticleComesBack(ExampleContent.exampleBook());
  }

  @Test
  void pandocReadsEveryArticleOfAGeneratedBookOfTwoHundredArticles() throws Exception {
    assertEveryArticleComesBack(ExampleContent.generatedBook(200));
  }

  private void assertEveryArticleComesBack(Book book) throws IOException, InterruptedException {
    Path file = Files.write(dir.resolve(book.metadata().slug() + ".epub"), Epubs.book(book));
    String text = ReaderText.normalize(Pandoc.toPlainText(file));
    List<String> missing = new ArrayList<>();
    if (!text.contains(ReaderText.normalize(book.metadata().title()))) {
      missing.add("book title: " + book.metadata().title());
    }
    for (Article article : book.articles()) {
      for (String piece : ReaderText.expected(article)) {
        if (!text.contains(piece)) {
          missing.add(article.slug() + ": " + piece);
        }
      }
    }
    assertThat(missing).as("text pandoc did not give back (of %d characters it read)", text.length()).isEmpty();
  }

  /** pandoc as a command. */
  static final class Pandoc {
    private Pandoc() {}

    static boolean available() {
      try {
        Process p = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    static String toPlainText(Path epub) throws IOException, InterruptedException {
      // standalone (-s): the title block carries the book's title from the package metadata
      Process p = new ProcessBuilder("pandoc", "-f", "epub", "-t", "plain", "-s", "--wrap=none", epub.toString())
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("pandoc finished").isTrue();
      assertThat(p.exitValue()).as("pandoc exit status").isZero();
      return out;
    }
  }
}
