package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.model.Image;
import dev.carepress.testing.SampleArticles;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DAISY Ace, the accessibility checker for EPUB (axe-core in Chromium on every content document,
 * plus the EPUB accessibility metadata), finds no violation. Needs {@code npm ci} in {@code
 * src/test/ace} (with {@code PUPPETEER_SKIP_DOWNLOAD=1}) and Debian's chromium; skipped without
 * them unless {@code -Dcarepress.requireAce=true}.
 */
class AceAccessibilityTest {
  private static final Path ACE = Path.of("src/test/ace/node_modules/.bin/ace-cli");
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

  @TempDir Path dir;

  @BeforeAll
  static void aceIsThere() {
    boolean present = Files.isExecutable(ACE) && Files.isExecutable(CHROMIUM);
    if (!present && Boolean.getBoolean("carepress.requireAce")) {
      throw new IllegalStateException("DAISY Ace is required (-Dcarepress.requireAce=true) but " + ACE + " or "
          + CHROMIUM + " is missing: cd render-epub/src/test/ace && PUPPETEER_SKIP_DOWNLOAD=1 npm ci");
    }
    assumeTrue(present, "DAISY Ace not installed (cd render-epub/src/test/ace && PUPPETEER_SKIP_DOWNLOAD=1 npm ci); "
        + "the Ace test is skipped");
  }

  @Test
  void sampleBookWithCoverAndFigurePassesAce() throws Exception {
    Path yaml = Files.writeString(dir.resolve("book.yaml"), "unused");
    Path md = Files.writeString(dir.resolve("asthma.md"), "unused");
    TestImages.writePng(dir.resolve("cover.png"), Color.RED);
    TestImages.writePng(dir.resolve("images/spacer.png"), Color.BLUE);
    Book sample = SampleArticles.book();
    BookMetadata m = sample.metadata();
    Book book = new Book(
        new BookMetadata(m.title(), m.subtitle(), m.slug(), m.authors(), m.publisher(), m.language(), m.identifier(),
            Optional.of(new Image("cover.png", "Everyday Health Guide cover"))),
        List.of(SampleArticles.withFigure(md, "images/spacer.png", "An inhaler with a spacer", "Using a spacer"),
            SampleArticles.spanish(), SampleArticles.minimal()),
        Optional.of(yaml));
    assertThat(ace(Files.write(dir.resolve("book.epub"), Epubs.book(book)))).isEmpty();
  }

  @Test
  void exampleBookPassesAce() throws Exception {
    assertThat(ace(Files.write(dir.resolve("example.epub"), Epubs.book(ExampleContent.exampleBook())))).isEmpty();
  }

  @Test
  void mixedLanguageBooksPassAce() throws Exception {
    for (String language : List.of("en", "ar")) {
      Path epub = Files.write(dir.resolve("mixed-" + language + ".epub"), Epubs.book(MixedLanguageBook.book(language)));
      assertThat(ace(epub)).as("Ace, book in " + language).isEmpty();
    }
  }

  /** Runs Ace and returns its violations, one line each. */
  private List<String> ace(Path epub) throws IOException, InterruptedException {
    Path out = dir.resolve("ace-" + epub.getFileName());
    ProcessBuilder builder = new ProcessBuilder(
        ACE.toAbsolutePath().toString(), "-E", "-s", "-f", "-o", out.toString(), epub.toString())
        .redirectErrorStream(true);
    builder.environment().put("PUPPETEER_EXECUTABLE_PATH", CHROMIUM.toString());
    Process process = builder.start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("Ace finished").isTrue();
    Path report = out.resolve("report.json");
    assertThat(report).as("Ace report (log: %s)", log).exists();
    String json = Files.readString(report);
    List<String> violations = new ArrayList<>();
    // each failed check: {"earl:outcome": "fail", "dct:description": "…", …}
    Matcher m = Pattern.compile("\"earl:outcome\"\\s*:\\s*\"fail\"\\s*,\\s*\"dct:description\"\\s*:\\s*\"([^\"]*)\"")
        .matcher(json);
    while (m.find()) {
      violations.add(m.group(1));
    }
    if (process.exitValue() != 0 && violations.isEmpty()) {
      violations.add("Ace exited with " + process.exitValue() + ": " + log);
    }
    return violations;
  }
}
