package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.batch.InputReader;
import dev.carepress.cli.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code carepress import}, then {@code render} and {@code check} on what it wrote, with the real readers and renderers. */
class ImportCommandTest {
  @TempDir Path dir;

  private final Cli cli = Cli.discovering(InputReader.standard());

  private Path page(String name, String html) throws IOException {
    Path file = dir.resolve("saved").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Hand washing</title>"
      + "<meta name=\"description\" content=\"How and when to wash your hands.\"></head><body>"
      + "<nav><a href=\"/\">Home</a></nav><main><h1>Hand washing</h1>"
      + "<p>Washing your hands with soap and water stops germs from spreading to you and to others.</p>"
      + "<h2>How to wash</h2><ol><li>Wet your hands.</li><li>Scrub for 20 seconds.</li><li>Rinse and dry.</li></ol>"
      + "<figure><img src=\"page_files/steps.png\" alt=\"Five steps to clean hands\"><figcaption>The steps.</figcaption></figure>"
      + "<figure><img src=\"https://cdn.example/remote.png\" alt=\"A sink\"></figure>"
      + "<p>Page last reviewed: 3 March 2025</p></main><footer>Cookies and privacy</footer></body></html>";

  @Test
  void importsAPageCopiesItsLocalImageAndTheResultRendersAndChecks() throws IOException {
    Path html = page("hand-washing.html", PAGE);
    Files.createDirectories(dir.resolve("saved/page_files"));
    Files.write(dir.resolve("saved/page_files/steps.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    Path out = dir.resolve("articles");

    Cli.Result imported = cli.run("import", html.toString(), "--out", out.toString());

    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(files(out)).containsExactly("hand-washing.md", "page_files/steps.png");
    String markdown = Files.readString(out.resolve("hand-washing.md"));
    assertThat(markdown).contains("title: Hand washing", "lastReviewed: 2025-03-03", "## How to wash",
        "![Five steps to clean hands](page_files/steps.png \"The steps.\")", "![A sink](https://cdn.example/remote.png)")
        .doesNotContain("Home", "Cookies");
    assertThat(imported.out()).contains("hand-washing.html \u2192 ", "found:", "guessed:", "missing: no medical reviewer: add reviewers");
    assertThat(imported.err()).contains("1 page imported into");

    Cli.Result rendered = cli.run("render", out.toString(), "--format", "html", "--out", dir.resolve("site").toString());
    assertThat(rendered.exitCode()).as(rendered.err()).isZero();
    assertThat(Files.readString(dir.resolve("site/hand-washing.html"))).contains("Scrub for 20 seconds.");

    Cli.Result checked = cli.run("check", out.toString());
    assertThat(checked.exitCode()).as(checked.out() + checked.err()).isIn(0, 1); // 1: it fell short of a literacy check
    assertThat(checked.out()).contains("hand-washing.md");
  }

  @Test
  void importingAPageAgainOverAnArticleSaysTheArticleWasReplaced() throws IOException {
    Path html = page("hand-washing.html", PAGE);
    Path out = dir.resolve("articles");
    assertThat(cli.run("import", html.toString(), "--out", out.toString()).err()).doesNotContain("replaced");
    Files.writeString(out.resolve("hand-washing.md"), "edited by a writer", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    Cli.Result again = cli.run("import", html.toString(), "--out", out.toString());

    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).contains(html + ": warning: the article " + out.resolve("hand-washing.md")
        + " was there already and is replaced by this import (import into another folder to keep both)");
  }

  @Test
  void aLinkToNothingOrALoopOfLinksIsSaidToBeOne() throws IOException {
    Path loop = dir.resolve("loop.html");
    Files.createSymbolicLink(loop, dir.resolve("other.html"));
    Files.createSymbolicLink(dir.resolve("other.html"), loop);

    Cli.Result result = cli.run("import", loop.toString(), "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(loop + ": a symbolic link to nothing (or a loop of links)");
  }

  @Test
  void writesJsonWithJson() throws IOException {
    Path html = page("flu.html", PAGE.replace("Hand washing", "Flu"));

    Cli.Result result = cli.run("import", html.toString(), "--out", dir.resolve("out").toString(), "--json", "--quiet");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/flu.json"))).contains("\"title\": \"Flu\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "%PDF-1.4 binary", "just text, no tags"})
  void aBadPageFailsInOneLineNamingItAndWritesNothing(String content) throws IOException {
    Path html = page("bad.html", content);
    Path out = dir.resolve("out");

    Cli.Result result = cli.run("import", html.toString(), "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().filter(l -> l.contains("error"))).singleElement()
        .satisfies(l -> assertThat(l).startsWith(html.toString() + ": error: "));
    assertThat(result.err()).doesNotContain("Exception", "\tat ");
    assertThat(files(out)).isEmpty();
  }

  @Test
  void aBaseUrlMustBeAbsolute() throws IOException {
    Path html = page("a.html", PAGE);

    Cli.Result result = cli.run("import", html.toString(), "--out", dir.resolve("o").toString(), "--base-url", "relative/x");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--base-url relative/x: give an absolute http or https address");
  }

  @Test
  void resolvesRelativeLinksAgainstTheBaseUrl() throws IOException {
    Path html = page("links.html", PAGE.replace("stops germs", "stops <a href=\"/germs\">germs</a>"));

    Cli.Result result = cli.run("import", html.toString(), "--out", dir.resolve("o").toString(), "--base-url",
        "https://health.example.org/topics/hands");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(dir.resolve("o/links.md"))).contains("[germs](https://health.example.org/germs)");
  }

  private static List<String> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
          .collect(Collectors.toList());
    }
  }
}
