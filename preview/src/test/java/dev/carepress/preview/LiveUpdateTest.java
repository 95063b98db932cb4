package dev.carepress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.preview.testing.Events;
import dev.carepress.preview.testing.Folders;
import dev.carepress.preview.testing.Http;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a file changes what is served, and open pages are told to reload once it is ready. */
class LiveUpdateTest {
  private static final String HAND_WASHING = "articles/hand-washing.md";

  @TempDir Path dir;
  private final Events events = new Events();
  private PreviewServer server;
  private Path article;

  @BeforeEach
  void start() throws IOException {
    Folders.copyOfExamples(dir);
    article = dir.resolve(HAND_WASHING);
    server = PreviewServer.builder().folder(dir).listener(events).build().start();
    events.next(e -> e.kind() == PreviewEvent.Kind.STARTED);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private URI at(String path) {
    return server.url().resolve(path);
  }

  @Test
  void anOpenPageIsToldToReloadOnlyOnceTheNewVersionIsServed() {
    String before = Http.text(at("/hand-washing.html"));
    try (Http.EventStream stream = Http.events(server.url(), "hand-washing.html", Http.versionOf(before))) {
      assertThat(stream.status()).isEqualTo(200);
      Folders.edit(article, "Your hands touch a lot in a day", "Your hands touch SO MUCH in a day");
      String newVersion = stream.awaitEvent("reload", Events.PATIENCE);
      // asked the moment the event came, the page is already the new one
      String after = Http.text(at("/hand-washing.html"));
      assertThat(after).contains("Your hands touch SO MUCH in a day");
      assertThat(Http.versionOf(after)).isEqualTo(newVersion).isNotEqualTo(Http.versionOf(before));
    }
    PreviewEvent rebuilt = events.rebuiltAfter(HAND_WASHING);
    assertThat(rebuilt.pages()).contains("hand-washing.html", "hand-washing.check.html").doesNotContain("la-gripe.html");
    assertThat(rebuilt.summary()).matches("articles/hand-washing.md: \\d+ pages updated in \\d+ ms");
  }

  @Test
  void aPageServedBeforeAChangeButListeningAfterItReloadsAtOnce() {
    String before = Http.text(at("/hand-washing.html"));
    Folders.edit(article, "Your hands touch a lot in a day", "Changed before the page listened");
    events.rebuiltAfter(HAND_WASHING);
    try (Http.EventStream stream = Http.events(server.url(), "hand-washing.html", Http.versionOf(before))) {
      stream.awaitEvent("reload", Events.PATIENCE);
    }
  }

  @Test
  void pagesWhoseContentDidNotChangeAreNotReloaded() {
    String other = Http.text(at("/la-gripe.html"));
    try (Http.EventStream stream = Http.events(server.url(), "la-gripe.html", Http.versionOf(other))) {
      Folders.edit(article, "Your hands touch a lot in a day", "Only hand washing changes");
      assertThat(events.rebuiltAfter(HAND_WASHING).pages()).doesNotContain("la-gripe.html");
      assertThat(Http.versionOf(Http.text(at("/la-gripe.html")))).isEqualTo(Http.versionOf(other));
    }
  }

  @Test
  void brokenYamlShowsItsLineAndColumnOverTheLastGoodPageAndFixingItClearsThem() {
    String good = Folders.read(article);
    Folders.edit(article, "views: 63105", "views: [63105");
    PreviewEvent broken = events.rebuiltAfter(HAND_WASHING);
    assertThat(broken.errors()).hasSize(1);
    assertThat(broken.summary()).startsWith("articles/hand-washing.md:22:8: error: the front matter is not valid YAML");

    String page = Http.text(at("/hand-washing.html"));
    assertThat(page).contains("cpp-problems cpp-errors", "role=\"alert\"",
        "<code class=\"cpp-where\">articles/hand-washing.md:22:8</code>", "not valid YAML", "Hint: ",
        "This page shows the last version of the article that read without errors")
        .contains("Your hands touch a lot in a day"); // the last good version, under the panel
    assertThat(Http.text(at("/"))).contains("<a href=\"hand-washing.html\"><code>articles/hand-washing.md</code></a>: 1 error");
    assertThat(Http.text(at("/la-gripe.html"))).doesNotContain("cpp-problems"); // the others are served as before

    Folders.write(article, good);
    assertThat(events.rebuiltAfter(HAND_WASHING).errors()).isEmpty();
    assertThat(Http.text(at("/hand-washing.html"))).doesNotContain("cpp-problems")
        .contains("href=\"/hand-washing.check.html\">Literacy report</a>"); // the article's own bar again
    assertThat(Http.text(at("/"))).doesNotContain("cpp-problems");
  }

  @Test
  void anArticleBrokenFromTheStartHasAPageWithItsErrorsAndAppearsOnceFixed() {
    Path file = dir.resolve("articles/new-article.md");
    Folders.write(file, "---\ntitle: [New\n---\nText.\n");
    events.rebuiltAfter("articles/new-article.md");
    String page = Http.text(at("/new-article.html"));
    assertThat(page).contains("articles/new-article.md is not shown", "articles/new-article.md:2:8");

    Folders.write(file, Folders.article("A new article", "Fresh text."));
    events.rebuiltAfter("articles/new-article.md");
    assertThat(Http.text(at("/new-article.html"))).contains(">A new article</h1>", "Fresh text.")
        .doesNotContain("cpp-problems");
    assertThat(Http.text(at("/"))).contains("<a href=\"new-article.html\">A new article</a>");
    assertThat(Http.text(at("/category-tests.html"))).contains("A new article");
  }

  @Test
  void aDeletedArticleLeavesTheSiteAndItsOpenPageReloadsToSayItIsGone() throws IOException {
    String before = Http.text(at("/la-gripe.html"));
    try (Http.EventStream stream = Http.events(server.url(), "la-gripe.html", Http.versionOf(before))) {
      Files.delete(dir.resolve("articles/la-gripe.md"));
      stream.awaitEvent("reload", Events.PATIENCE);
    }
    assertThat(Http.get(at("/la-gripe.html")).statusCode()).isEqualTo(404);
    assertThat(Http.text(at("/"))).doesNotContain("la-gripe.html");
    assertThat(Http.get(at("/category-infecciones.html")).statusCode()).isEqualTo(404);
  }

  @Test
  void aRenamedTitleReachesTheIndexAndTheCategoryPage() {
    Folders.edit(article, "title: Hand washing", "title: Washing your hands");
    PreviewEvent rebuilt = events.rebuiltAfter(HAND_WASHING);
    assertThat(rebuilt.pages()).contains("index.html", "category-staying-well.html", "hand-washing.html");
    assertThat(Http.text(at("/"))).contains(">Washing your hands</a>");
    assertThat(Http.text(at("/category-staying-well.html"))).contains(">Washing your hands</a>");
  }

  @Test
  void aChangedImageIsServedAnew() throws IOException {
    Path image = dir.resolve("articles/images/hand-washing-steps.png");
    byte[] other = Files.readAllBytes(dir.resolve("articles/images/stroke-fast.png"));
    Files.write(image, other);
    events.next(e -> e.kind() == PreviewEvent.Kind.REBUILT && e.files().contains("articles/images/hand-washing-steps.png"));
    assertThat(Http.get(at("/media/hand-washing-steps.png")).body()).isEqualTo(other);
  }

  @Test
  void aMissingImageIsShownInThePageWithTheLineAndColumnOfItsPath() {
    Folders.edit(article, "images/hand-washing-steps.png", "images/no-such-image.png");
    events.rebuiltAfter(HAND_WASHING);
    String page = Http.text(at("/hand-washing.html"));
    int line = lineOf(Folders.read(article), "images/no-such-image.png");
    assertThat(page).contains("cpp-problems cpp-warnings",
        "articles/hand-washing.md:" + line + ":", "the image 'images/no-such-image.png' is not shown");
  }

  @Test
  void twoArticlesWithOneSlugAreBothLeftOutAndEachNamesTheOther() {
    Folders.write(dir.resolve("articles/copy.md"), Folders.article("A copy", "Same slug.").replace("---\n\n",
        "slug: la-gripe\n---\n\n"));
    PreviewEvent rebuilt = events.rebuiltAfter("articles/copy.md");
    assertThat(rebuilt.errors()).extracting(p -> p.message())
        .anyMatch(m -> m.contains("the slug 'la-gripe' is also the slug of la-gripe.md"));
    assertThat(Http.text(at("/"))).doesNotContain("href=\"la-gripe.html\">La gripe");
  }

  @Test
  void theBookGivesTheSiteItsTitleAndAnEditToItIsShown() {
    assertThat(Http.text(at("/"))).contains("<h1>Living Well</h1>");
    Folders.edit(dir.resolve("book.yaml"), "title: Living Well", "title: Living Better");
    events.rebuiltAfter("book.yaml");
    assertThat(Http.text(at("/"))).contains("<h1>Living Better</h1>");
  }

  @Test
  void theLiteracyReportFollowsTheArticle() {
    assertThat(Http.text(at("/hand-washing.check.html"))).contains("Health-literacy report");
    Folders.edit(article, "Your hands touch a lot in a day", "Notwithstanding the aforementioned considerations"
        + " regarding multifactorial epidemiological transmission characteristics, your hands touch a lot in a day");
    events.rebuiltAfter(HAND_WASHING);
    assertThat(Http.text(at("/hand-washing.check.html"))).contains("multifactorial epidemiological");
  }

  @Test
  void hiddenFilesAreNotWatched() {
    Folders.write(dir.resolve("articles/.hand-washing.md.swp"), "editor state");
    Folders.write(dir.resolve(".git/notes.md"), Folders.article("Hidden", "Not an article of the site."));
    Folders.edit(article, "Your hands touch a lot in a day", "Saved after the swap file");
    PreviewEvent rebuilt = events.next(e -> e.kind() == PreviewEvent.Kind.REBUILT);
    assertThat(rebuilt.files()).containsExactly(HAND_WASHING);
    assertThat(Http.get(at("/notes.html")).statusCode()).isEqualTo(404);
  }

  @Test
  void aBurstOfSavesIsOneRebuild() throws IOException {
    server.close();
    server = PreviewServer.builder().folder(dir).listener(events).debounce(Duration.ofMillis(500), Duration.ofSeconds(5))
        .build().start();
    events.next(e -> e.kind() == PreviewEvent.Kind.STARTED);
    for (int i = 1; i <= 5; i++) {
      Folders.edit(article, i == 1 ? "Your hands touch a lot in a day" : "Save number " + (i - 1), "Save number " + i);
    }
    events.rebuiltAfter(HAND_WASHING);
    assertThat(Http.text(at("/hand-washing.html"))).contains("Save number 5");
    long rebuilds = events.all().stream().filter(e -> e.kind() == PreviewEvent.Kind.REBUILT).count();
    assertThat(rebuilds).isEqualTo(1);
  }

  @Test
  void aClosedPageFreesItsPlaceEvenWhileTheWriterKeepsSaving() throws Exception {
    server.close();
    server = PreviewServer.builder().folder(dir).listener(events).maxOpenPages(1).build().start();
    String version = Http.versionOf(Http.text(at("/la-gripe.html")));
    Http.EventStream first = Http.events(server.url(), "la-gripe.html", version);
    assertThat(first.status()).isEqualTo(200);
    first.close(); // the tab is closed; the server learns it only when it next writes to the stream
    long end = System.nanoTime() + Events.PATIENCE.toNanos();
    int status = 0;
    for (int i = 0; status != 200 && System.nanoTime() < end; i++) {
      Folders.edit(article, i == 0 ? "Your hands touch a lot in a day" : "Save " + (i - 1) + ".", "Save " + i + ".");
      Thread.sleep(1000);
      try (Http.EventStream next = Http.events(server.url(), "la-gripe.html", version)) {
        status = next.status();
      }
    }
    assertThat(status).isEqualTo(200);
  }

  private static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle);
  }
}
