package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of the package's Javadoc, run as written; and the readers shared by threads. */
class UsageExampleTest {
  @Test
  void theJavadocExamplesWork(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("asthma.md"), "---\ntitle: Asthma\n---\nAsthma affects the airways.\n");
    Files.writeString(dir.resolve("book.yaml"), "title: Lungs\narticles: [asthma.md]\n");

    Article article = MarkdownArticleReader.create().read(dir.resolve("asthma.md"));
    JsonArticleWriter.create().write(article, dir.resolve("asthma.json"));
    ReadResult<Article> result = ArticleReaders.parse(dir.resolve("asthma.json"));
    Book book = BookReader.create().read(dir.resolve("book.yaml"));

    assertThat(result.orThrow()).isEqualTo(article);
    assertThat(book.articles()).containsExactly(article);
    assertThat(ArticleValidator.create().validate(article)).isEmpty();
  }

  @Test
  void readersGiveTheSameResultsFromManyThreads() throws Exception {
    List<Path> files = JsonArticleTest.exampleArticles();
    List<Article> expected = new ArrayList<>();
    for (Path file : files) {
      expected.add(MarkdownArticleReader.create().read(file));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Path file : files) {
          futures.add(pool.submit(() -> JsonArticleReader.create().read(
              JsonArticleWriter.create().toJson(MarkdownArticleReader.create().read(file)), "x.json")));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % files.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
