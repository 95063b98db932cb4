package dev.carepress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.preview.testing.Events;
import dev.carepress.preview.testing.Folders;
import dev.carepress.preview.testing.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long from saving one article to its open page being told to reload (the new version being
 * served), in folders of 1 and 1,000 articles made by {@code benchmarks/gen_corpus.py}. A
 * measurement, not a check of time: it runs only with {@code -Dcarepress.benchmark=true} and prints
 * the figures.
 *
 * <pre>
 * mvn -o -B -pl preview -am verify -Dtest=RebuildLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcarepress.benchmark=true
 * </pre>
 */
class RebuildLatencyBenchmark {
  private static final int SAVES = 15;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {1, 1000})
  void saveToReload(int articles) throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("carepress.benchmark"), "-Dcarepress.benchmark=true runs it");
    Path generator = Path.of(System.getProperty("carepress.corpusGenerator", "../benchmarks/gen_corpus.py"));
    Process gen = new ProcessBuilder("python3", generator.toString(), dir.toString(), Integer.toString(articles))
        .redirectErrorStream(true).start();
    gen.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertThat(gen.waitFor(600, TimeUnit.SECONDS) && gen.exitValue() == 0).as("gen_corpus.py").isTrue();
    Path article;
    try (Stream<Path> files = Files.list(dir)) {
      article = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
    }
    Events events = new Events();
    long start = System.nanoTime();
    try (PreviewServer server = PreviewServer.builder().folder(dir).listener(events).build().start()) {
      double startup = (System.nanoTime() - start) / 1e9;
      String page = events.next(e -> e.kind() == PreviewEvent.Kind.STARTED).pages().stream()
          .filter(p -> !p.equals("index.html") && !p.startsWith("category-")).findFirst().orElseThrow();
      List<Double> latencies = new ArrayList<>();
      List<Double> builds = new ArrayList<>();
      String marker = "Benchmark save 0.";
      Folders.edit(article, "\n\n", "\n\n" + marker + "\n\n");
      events.rebuiltAfter(article.getFileName().toString());
      for (int i = 1; i <= SAVES; i++) {
        String served = Http.text(server.url().resolve("/" + page));
        try (Http.EventStream stream = Http.events(server.url(), page, Http.versionOf(served))) {
          String next = "Benchmark save " + i + ".";
          long saved = System.nanoTime();
          Folders.edit(article, marker, next);
          stream.awaitEvent("reload", Duration.ofSeconds(120));
          latencies.add((System.nanoTime() - saved) / 1e6);
          assertThat(Http.text(server.url().resolve("/" + page))).contains(next);
          builds.add(events.rebuiltAfter(article.getFileName().toString()).took().toNanos() / 1e6);
          marker = next;
        }
        Thread.sleep(300);
      }
      Collections.sort(latencies);
      Collections.sort(builds);
      System.out.printf("rebuild latency, %d article(s): start-up %.1f s; save to reload over %d saves: median %.0f ms,"
              + " min %.0f, max %.0f; of which the rebuild: median %.0f ms; %d processors, load average %s%n",
          articles, startup, SAVES, latencies.get(SAVES / 2), latencies.get(0), latencies.get(SAVES - 1),
          builds.get(SAVES / 2), Runtime.getRuntime().availableProcessors(), loadAverage());
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
