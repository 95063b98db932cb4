package dev.carepress.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.preview.testing.Events;
import dev.carepress.preview.testing.Folders;
import dev.carepress.preview.testing.Http;
import java.io.IOException;
import java.net.BindException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's lifecycle and the usage example of its Javadoc. */
class PreviewServerTest {
  @TempDir Path dir;

  @Test
  void theJavadocExampleServesTheFolderAtItsUrlUntilClosed() throws Exception {
    Folders.copyOfExamples(dir);
    Set<Thread> before = Threads.running();
    try (PreviewServer server = PreviewServer.builder().folder(dir).build().start()) {
      assertThat(server.isRunning()).isTrue();
      assertThat(server.url().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
      assertThat(server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
      HttpResponse<byte[]> index = Http.get(server.url());
      assertThat(index.statusCode()).isEqualTo(200);
      assertThat(new String(index.body(), StandardCharsets.UTF_8)).contains("<h1>Living Well</h1>");
    }
    Threads.assertNoneLeftBut(before);
  }

  @Test
  void closeIsIdempotentAndEndsAwaitClosed() throws Exception {
    Folders.copyOfExamples(dir);
    PreviewServer server = PreviewServer.builder().folder(dir).build().start();
    Thread waiter = new Thread(() -> {
      try {
        server.awaitClosed();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiter.start();
    server.close();
    server.close();
    waiter.join(30_000);
    assertThat(waiter.isAlive()).isFalse();
    assertThat(server.isRunning()).isFalse();
    assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void aServerStartsOnce() throws Exception {
    Folders.copyOfExamples(dir);
    try (PreviewServer server = PreviewServer.builder().folder(dir).build().start()) {
      assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aTakenPortIsABindExceptionThatSaysWhatToDoAndLeavesNoThread() throws Exception {
    Folders.copyOfExamples(dir);
    try (PreviewServer first = PreviewServer.builder().folder(dir).build().start()) {
      Set<Thread> before = Threads.running();
      PreviewServer second = PreviewServer.builder().folder(dir).port(first.port()).build();
      assertThatThrownBy(second::start).isInstanceOf(BindException.class)
          .hasMessageContaining("port " + first.port()).hasMessageContaining("choose another port");
      second.close();
      Threads.assertNoneLeftBut(before);
    }
  }

  @Test
  void theBuilderRefusesAMissingFolderAndABookOutsideIt() {
    assertThatThrownBy(() -> PreviewServer.builder().build()).hasMessageContaining("needs a folder");
    assertThatThrownBy(() -> PreviewServer.builder().folder(dir.resolve("nope")).build())
        .hasMessageContaining("no such folder");
    Path examples = Folders.copyOfExamples(dir);
    assertThatThrownBy(() -> PreviewServer.builder().folder(examples.resolve("articles"))
        .book(examples.resolve("book.yaml")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not inside the folder");
    assertThatThrownBy(() -> PreviewServer.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PreviewServer.builder().allowHost("evil.com/x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFirstBuildIsAnEventCountingTheArticlesAndPages() throws IOException {
    Folders.copyOfExamples(dir);
    Events events = new Events();
    try (PreviewServer server = PreviewServer.builder().folder(dir).listener(events).build().start()) {
      PreviewEvent started = events.next(e -> e.kind() == PreviewEvent.Kind.STARTED);
      assertThat(started.articles()).isEqualTo(6);
      assertThat(started.pages()).contains("index.html", "hand-washing.html", "category-staying-well.html");
      assertThat(started.summary()).startsWith("6 articles → 12 pages in ");
      assertThat(server.folder()).isEqualTo(dir);
    }
    assertThat(events.all()).last().extracting(PreviewEvent::kind).isEqualTo(PreviewEvent.Kind.STOPPED);
  }

  /** The threads of the JVM, to check that a server leaves none behind. */
  static final class Threads {
    private Threads() {}

    static Set<Thread> running() {
      return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    // Threads the test's own HTTP client starts, and the JVM's own singletons (Java 2D's disposer, which
    // PDF rendering starts once for the life of the JVM), are not the server's.
    private static boolean ours(Thread t) {
      String name = t.getName();
      return !name.startsWith("HttpClient-") && !name.startsWith("ForkJoinPool") && !name.equals("process reaper")
          && !name.contains("Cleaner") && !name.equals("Attach Listener") && !name.equals("Java2D Disposer");
    }

    static void assertNoneLeftBut(Set<Thread> before) throws InterruptedException {
      long end = System.nanoTime() + 10_000_000_000L;
      Set<Thread> left;
      do {
        left = running().stream().filter(t -> !before.contains(t) && ours(t)).collect(Collectors.toSet());
        if (left.isEmpty()) {
          return;
        }
        Thread.sleep(50);
      } while (System.nanoTime() < end);
      assertThat(left.stream().map(Thread::getName).sorted().toList()).as("threads left after close()").isEmpty();
    }
  }
}
