package dev.carepress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.preview.testing.Chromium;
import dev.carepress.preview.testing.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A writer's session in a real browser (headless Chromium over the DevTools protocol): open an
 * article, save an edit and see it without reloading by hand; break the YAML and see the panel
 * with line and column; fix it and see the page back; open the PDF link and get a valid PDF. The
 * preview's script must run under the page's own policy, with no violation reported.
 */
class BrowserTest {
  // records what the page's policy blocks, in every document the tab loads
  private static final String WATCH_POLICY = "window.__violations = [];"
      + "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective"
      + " + ' ' + e.blockedURI));";

  @TempDir Path dir;

  @Test
  void aWriterSeesEditsAndErrorsAsTheySaveAndGetsTheHandout() throws IOException {
    Chromium.assumeAvailable();
    Folders.copyOfExamples(dir);
    Path article = dir.resolve("articles/hand-washing.md");
    try (PreviewServer server = PreviewServer.builder().folder(dir).build().start();
        Chromium chromium = Chromium.launch()) {
      Chromium.Page page = chromium.newPage();
      page.onEveryLoad(WATCH_POLICY);
      page.open(server.url().resolve("/hand-washing.html"));
      page.waitFor("document.documentElement.dataset.carepressPreview === 'live'"); // the script ran
      assertThat(text(page, "document.querySelector('h1').textContent")).isEqualTo("Hand washing");

      Folders.edit(article, "Your hands touch a lot in a day", "Your hands touch door handles all day");
      page.waitFor("document.body.textContent.includes('Your hands touch door handles all day')");

      Folders.edit(article, "views: 63105", "views: [63105");
      page.waitFor("document.querySelector('.cpp-problems.cpp-errors') !== null");
      assertThat(text(page, "document.querySelector('.cpp-where').textContent")).isEqualTo("articles/hand-washing.md:22:8");
      assertThat(text(page, "document.querySelector('.cpp-problems').textContent")).contains("not valid YAML", "Hint:");
      assertThat(text(page, "getComputedStyle(document.querySelector('.cpp-problems')).position")).isEqualTo("fixed");
      assertThat(page.eval("document.querySelector('.cpp-problems').getBoundingClientRect().top").asDouble()).isZero();

      Folders.edit(article, "views: [63105", "views: 63105");
      page.waitFor("document.querySelector('.cpp-problems') === null"
          + " && document.body.textContent.includes('door handles all day')");

      String href = text(page, "document.querySelector('a[href=\"/hand-washing.pdf\"]').href");
      byte[] pdf = Base64.getDecoder().decode(text(page, "fetch(" + quote(href) + ").then(r => r.arrayBuffer())"
          + ".then(b => { const a = new Uint8Array(b); let s = ''; for (let i = 0; i < a.length; i += 8192)"
          + " s += String.fromCharCode(...a.subarray(i, i + 8192)); return btoa(s); })"));
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertThat(document.getNumberOfPages()).isPositive();
        assertThat(new PDFTextStripper().getText(document)).contains("Hand washing", "door handles all day");
      }
      assertThat(page.eval("window.__violations").toString()).isEqualTo("[]");

      page.eval("document.querySelector('a[href=\"/hand-washing.pdf\"]').click(), true");
      waitForResponse(page, "/hand-washing.pdf");
      List<JsonNode> responses = page.events(e -> e.path("method").asString().equals("Network.responseReceived")
          && e.path("params").path("response").path("url").asString().endsWith("/hand-washing.pdf"));
      JsonNode response = responses.get(0).path("params").path("response");
      assertThat(response.path("status").asInt()).isEqualTo(200);
      assertThat(response.path("mimeType").asString()).isEqualTo("application/pdf");
    }
  }

  /** Takes the README's screenshots when {@code -Dcarepress.screenshots=DIR} is given. */
  @Test
  void screenshotsForTheReadme() throws IOException {
    String target = System.getProperty("carepress.screenshots", "");
    org.junit.jupiter.api.Assumptions.assumeFalse(target.isEmpty(), "-Dcarepress.screenshots=DIR takes them");
    Chromium.assumeAvailable();
    Folders.copyOfExamples(dir);
    Path article = dir.resolve("articles/hand-washing.md");
    try (PreviewServer server = PreviewServer.builder().folder(dir).build().start();
        Chromium chromium = Chromium.launch()) {
      Chromium.Page page = chromium.newPage();
      page.open(server.url().resolve("/hand-washing.html"));
      page.waitFor("document.documentElement.dataset.carepressPreview === 'live'");
      page.eval("window.scrollTo(0, 0), true");
      Files.write(Path.of(target, "preview-page.png"), page.screenshot(1100, 760));
      Folders.edit(article, "views: 63105", "views: [63105");
      page.waitFor("document.querySelector('.cpp-problems.cpp-errors') !== null");
      page.eval("window.scrollTo(0, 0), true");
      Files.write(Path.of(target, "preview-errors.png"), page.screenshot(1100, 760));
    }
  }

  private static void waitForResponse(Chromium.Page page, String suffix) {
    long end = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < end) {
      if (!page.events(e -> e.path("method").asString().equals("Network.responseReceived")
          && e.path("params").path("response").path("url").asString().endsWith(suffix)).isEmpty()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("the browser never got " + suffix);
  }

  private static String text(Chromium.Page page, String expression) {
    return page.eval(expression).asString();
  }

  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
