package dev.carepress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.preview.testing.Events;
import dev.carepress.preview.testing.Folders;
import dev.carepress.preview.testing.Http;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 clients on 127.0.0.1 fetch pages, reports and PDFs while a writer saves an article every
 * 200 ms; 5 of them behave as open pages (load, listen, reload when told). The run lasts {@code
 * -Dcarepress.loadTestSeconds} (10 in the normal build, 60 in the ci profile). Then: no request
 * failed, the pages show the last save, the heap in use after a full collection grew by less than
 * {@value #HEAP_BOUND_MB} MB, and closing the server leaves no thread behind.
 */
class LoadTest {
  private static final int CLIENTS = 50;
  private static final int OPEN_PAGES = 5;
  private static final long HEAP_BOUND_MB = 64;
  private static final String[] PATHS = {
    "/", "/hand-washing.html", "/la-gripe.html", "/type-2-diabetes.html", "/category-staying-well.html",
    "/carepress.css", "/media/hand-washing-steps.png", "/hand-washing.check.html", "/high-blood-pressure.html",
    "/hand-washing.pdf", "/la-gripe.pdf", "/hand-washing.pdf?pageSize=LETTER&largePrint=true", "/living-well.epub"
  };

  @TempDir Path dir;

  @Test
  void fiftyClientsAndAWriterSavingEvery200Milliseconds() throws Exception {
    int seconds = Integer.getInteger("carepress.loadTestSeconds", 10);
    Folders.copyOfExamples(dir);
    Path article = dir.resolve("articles/hand-washing.md");
    Folders.edit(article, "Your hands touch a lot in a day", "Save 0: your hands touch a lot in a day");
    Set<Thread> before = PreviewServerTest.Threads.running();
    Events events = new Events();
    PreviewServer server = PreviewServer.builder().folder(dir).listener(events).build().start();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    URI base = server.url();
    for (String path : PATHS) { // warm up: every kind of answer once, so the heap baseline holds them
      assertThat(Http.get(base.resolve(path)).statusCode()).as(path).isEqualTo(200);
    }
    long heapBefore = heapAfterGc();

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger pdfs = new AtomicInteger();
    AtomicInteger reloads = new AtomicInteger();
    AtomicLong slowest = new AtomicLong();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
    for (int c = 0; c < CLIENTS; c++) {
      int id = c;
      pool.submit(() -> {
        int n = id;
        while (running.get()) {
          if (id < OPEN_PAGES) {
            openPage(client, base, "/hand-washing.html", running, reloads, failures);
            continue;
          }
          String path = PATHS[n++ % PATHS.length];
          long start = System.nanoTime();
          try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            latencies.add(took);
            slowest.accumulateAndGet(took, Math::max);
            requests.incrementAndGet();
            if (r.statusCode() != 200) {
              failures.add(path + " -> " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
            } else if (path.contains(".pdf")) {
              pdfs.incrementAndGet();
              if (!new String(r.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                failures.add(path + " is not a PDF");
              }
            }
          } catch (IOException | RuntimeException e) {
            failures.add(path + " -> " + e);
          } catch (InterruptedException e) {
            return null;
          }
        }
        return null;
      });
    }
    int saves = 0;
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < end) {
      Thread.sleep(200);
      Folders.edit(article, "Save " + saves + ":", "Save " + (saves + 1) + ":");
      saves++;
    }
    String last = "Save " + saves + ":";
    events.next(e -> e.kind() == PreviewEvent.Kind.REBUILT
        && Http.text(base.resolve("/hand-washing.html")).contains(last));
    running.set(false);
    pool.shutdown();
    assertThat(pool.awaitTermination(180, TimeUnit.SECONDS)).isTrue();

    // no stale page: the page, its report and its handout all show the last save
    assertThat(Http.text(base.resolve("/hand-washing.html"))).contains(last);
    assertThat(Http.text(base.resolve("/hand-washing.check.html"))).contains(last);
    assertThat(Http.text(base.resolve("/hand-washing.html"))).doesNotContain("cpp-problems");
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
        Http.get(base.resolve("/hand-washing.pdf")).body())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains(last);
    }
    long heapAfter = heapAfterGc();
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("load test: %d s, %d clients (%d open pages), %d saves; %d requests (%d PDFs, %.0f/s),"
            + " latency median %.1f ms, 99th %.1f ms, slowest %.0f ms; %d reloads; heap in use %d MB -> %d MB%n",
        seconds, CLIENTS, OPEN_PAGES, saves, requests.get(), pdfs.get(), requests.get() / (double) seconds,
        millis(sorted, 0.5), millis(sorted, 0.99), slowest.get() / 1e6, reloads.get(),
        heapBefore >> 20, heapAfter >> 20);
    server.close();
    PreviewServerTest.Threads.assertNoneLeftBut(before);

    assertThat(failures).as("failed requests").isEmpty();
    assertThat(requests.get()).isGreaterThan(CLIENTS);
    assertThat(reloads.get()).as("open pages told to reload").isPositive();
    assertThat((heapAfter - heapBefore) >> 20).as("heap growth in MB").isLessThan(HEAP_BOUND_MB);
  }

  // An open page: load it, listen on its event stream, reload when told; a failure is a failed request.
  private static void openPage(HttpClient client, URI base, String path, AtomicBoolean running, AtomicInteger reloads,
      ConcurrentLinkedQueue<String> failures) {
    try {
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.resolve(path)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (page.statusCode() != 200) {
        failures.add(path + " -> " + page.statusCode());
        return;
      }
      URI events = base.resolve("/_carepress/events?path=" + path.substring(1) + "&v=" + Http.versionOf(page.body()));
      HttpResponse<java.util.stream.Stream<String>> stream = client.send(HttpRequest.newBuilder(events).build(),
          HttpResponse.BodyHandlers.ofLines());
      if (stream.statusCode() != 200) {
        failures.add("events -> " + stream.statusCode());
        return;
      }
      try (java.util.stream.Stream<String> lines = stream.body()) {
        java.util.Iterator<String> it = lines.iterator();
        while (it.hasNext()) {
          String line = it.next();
          if (line.equals("event: reload")) {
            reloads.incrementAndGet();
            return;
          }
          if (!running.get()) {
            return;
          }
        }
      }
    } catch (IOException e) {
      if (running.get()) {
        failures.add("open page -> " + e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double millis(List<Long> sorted, double quantile) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, quantile * sorted.size())) / 1e6;
  }

  private static long heapAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
      least = Math.min(least, runtime.totalMemory() - runtime.freeMemory());
    }
    return least;
  }
}
