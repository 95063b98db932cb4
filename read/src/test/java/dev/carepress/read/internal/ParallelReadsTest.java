package dev.carepress.read.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.model.Article;
import dev.carepress.read.ArticleReaders;
import dev.carepress.read.ReadResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelReadsTest {
  @TempDir Path dir;

  @Test
  void resultsAreThoseOfReadingTheFilesOneByOneInTheirOrder() throws Exception {
    List<Path> files = new ArrayList<>();
    List<ReadResult<Article>> alone = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // long and short, good and bad articles, so that threads finish out of order
      Path file = write("a" + i + ".md", i % 3 == 0 ? "---\ntitle: A " + i + "\nviews: x\n---\n![](m.png)\n"
          : "---\ntitle: A " + i + "\n---\n" + "Word www.example.org. ".repeat(i % 4 == 0 ? 2000 : 3) + "\n");
      files.add(file);
      alone.add(ArticleReaders.parse(file));
    }
    List<ReadResult<Article>> results = ParallelReads.parse(files, ArticleReaders.create());
    assertThat(results).extracting(ReadResult::problems).isEqualTo(alone.stream().map(ReadResult::problems).toList());
    assertThat(results).extracting(ReadResult::value).isEqualTo(alone.stream().map(ReadResult::value).toList());
  }

  @Test
  void theFirstFileInOrderThatCannotBeReadIsTheOneReported() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      boolean missing = i == 9 || i == 20;
      files.add(missing ? dir.resolve("missing" + i + ".md") : write("a" + i + ".md", "---\ntitle: A\n---\nB\n"));
    }
    assertThatThrownBy(() -> ParallelReads.parse(files, ArticleReaders.create()))
        .isInstanceOf(NoSuchFileException.class).hasMessageContaining("missing9.md");
  }

  @Test
  void noReadingThreadOutlivesTheRead() throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      files.add(write("a" + i + ".md", "---\ntitle: A\n---\nB\n"));
    }
    ParallelReads.parse(files, ArticleReaders.create());
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("carepress-read-")) {
        assertThat(thread.isDaemon()).as(thread.getName()).isTrue();
        thread.join(10_000); // the pool is shut down: its threads end once their task is done
        assertThat(thread.isAlive()).as(thread.getName()).isFalse();
      }
    }
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }
}
