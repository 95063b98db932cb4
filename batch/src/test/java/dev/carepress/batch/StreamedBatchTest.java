package dev.carepress.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch without a site or a book streams: each article is rendered and put in place as it is
 * read, and reading never runs more than a bounded number of articles ahead of rendering, so memory
 * does not grow with the number of articles.
 */
class StreamedBatchTest {
  private static final int ARTICLES = 400;
  private static final int JOBS = 2;
  /** The read-ahead of a streamed run: 16 articles a worker thread. */
  private static final int WINDOW = 16 * JOBS;
  /** What is read while the renderers are made, before streaming starts: four windows. */
  private static final int FIRST = 4 * WINDOW;

  @TempDir Path dir;

  /** Counts the articles read (a read is counted when it starts) and those rendered (one format: a step each). */
  private static final class Counting implements InputReader, BatchListener {
    final AtomicInteger reads = new AtomicInteger();
    final AtomicInteger rendered = new AtomicInteger();
    final AtomicInteger mostAhead = new AtomicInteger();
    /** The most read ahead once more than the first window was read (so the run streams). */
    final AtomicInteger mostAheadStreaming = new AtomicInteger();
    volatile boolean rendering;

    @Override
    public ReadResult<Article> article(Path file) {
      int read = reads.incrementAndGet();
      int ahead = read - rendered.get();
      mostAhead.accumulateAndGet(ahead, Math::max);
      if (read > FIRST) {
        mostAheadStreaming.accumulateAndGet(ahead, Math::max);
      }
      return InputReader.standard().article(file);
    }

    @Override
    public ReadResult<Book> book(Path file) {
      return InputReader.standard().book(file);
    }

    @Override
    public void started(Phase phase, int steps) {
      rendering = phase == Phase.RENDERING;
    }

    @Override
    public void stepDone() {
      if (rendering) {
        rendered.incrementAndGet();
      }
    }
  }

  private void articles() throws IOException {
    for (int i = 0; i < ARTICLES; i++) {
      Path file = dir.resolve("articles").resolve(String.format("a%03d.md", i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, "---\ntitle: Topic " + i + "\nsummary: About " + i + ".\n---\nText " + i + ".\n",
          StandardCharsets.UTF_8);
    }
  }

  @Test
  void readingRunsAtMostAWindowOfArticlesAheadOfRendering() throws IOException {
    articles();
    Counting counting = new Counting();
    Batch batch = Batch.builder().input(dir.resolve("articles")).out(dir.resolve("out"))
        .renderers(TestRenderers.text()).format("txt").jobs(JOBS).reader(counting).build();

    BatchResult result = batch.run(counting);

    // read all at once (as a run with a site does), every read would come before the first render:
    // 400 ahead
    assertThat(counting.reads.get()).isEqualTo(ARTICLES);
    assertThat(counting.rendered.get()).isEqualTo(ARTICLES);
    assertThat(counting.mostAhead.get()).isBetween(1, FIRST);
    assertThat(counting.mostAheadStreaming.get()).isBetween(1, WINDOW);
    assertThat(result.rendered()).isEqualTo(ARTICLES);
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).hasSize(ARTICLES)
          .startsWith("a000.txt", "a001.txt");
    }
  }

  @Test
  void aSlugFoundTwiceWhileStreamingTakesTheFirstArticlesFilesOutAgain() throws IOException {
    articles();
    // the last article has the first's slug: the first is rendered and in place long before
    Files.writeString(dir.resolve("articles/a399.md"), "---\ntitle: Late\nslug: a000\nsummary: S.\n---\nText.\n");
    Counting counting = new Counting();
    Batch batch = Batch.builder().input(dir.resolve("articles")).out(dir.resolve("out"))
        .renderers(TestRenderers.text()).format("txt").jobs(JOBS).reader(counting).build();

    BatchResult result = batch.run(counting);

    String first = dir.resolve("articles/a000.md").toString();
    String last = dir.resolve("articles/a399.md").toString();
    assertThat(result.rendered()).isEqualTo(ARTICLES - 2);
    assertThat(result.problems().hasErrors(first)).isTrue();
    assertThat(result.problems().hasErrors(last)).isTrue();
    List<String> messages = new ArrayList<>();
    result.problems().files().forEach(f -> f.problems().forEach(p -> messages.add(p.message())));
    assertThat(messages).anyMatch(m -> m.startsWith("the slug 'a000' is also the slug of " + last));
    assertThat(Files.exists(dir.resolve("out/a000.txt"))).isFalse();
    assertThat(result.written()).hasSize(ARTICLES - 2).noneMatch(p -> p.endsWith("a000.txt"));
  }
}
