package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.batch.InputReader;
import dev.carepress.cli.testing.Cli;
import dev.carepress.cli.testing.FakeReading;
import dev.carepress.cli.testing.FakeRendererProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carepress render} in-process, with the fake renderers and the fake reader. */
class RenderCommandTest {
  @TempDir Path dir;

  private final Cli fake = Cli.with(new FakeReading(), new FakeRendererProvider());
  private final Cli fakeWithSite =
      Cli.with(new FakeReading(), new FakeRendererProvider(), FakeRendererProvider.html());

  private Path article(String name, String title, String... extra) throws IOException {
    StringBuilder text = new StringBuilder("---\ntitle: " + title + "\nsummary: About " + title + "\n");
    for (String line : extra) {
      text.append(line).append('\n');
    }
    text.append("---\nSome text about ").append(title).append(".\n");
    Path file = dir.resolve("articles").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path out() {
    return dir.resolve("out");
  }

  private List<String> outFiles() {
    return files(out());
  }

  private static List<String> files(Path root) {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void rendersEachArticleInEachFormatAndSaysSoInOneLine() throws IOException {
    Path a = article("asthma.md", "Asthma");
    Path b = article("flu.md", "Flu");

    Cli.Result result = fake.run("render", a.toString(), b.toString(), "--out", out().toString());

    assertThat(result.exitCode()).isZero();
    assertThat(outFiles()).containsExactly("asthma.txt", "flu.txt");
    assertThat(Files.readString(out().resolve("asthma.txt"))).contains("Asthma\nasthma\n");
    assertThat(result.err()).matches("2 articles → 2 files in \\d+\\.\\d s\\R");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aLoneArticlesHtmlPageGetsItsImagesAndItsLinkedStylesheetBesideIt() throws IOException {
    Path example = Path.of("../examples/articles/hand-washing.md");

    Cli.Result result = Cli.discovering(InputReader.standard()).run("render", example.toString(), "-f", "html",
        "--set", "html.stylesheet=link", "-o", out().toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(outFiles()).containsExactly("carepress.css", "hand-washing.html", "media", "media/hand-washing-steps.png");
    assertThat(Files.readAllBytes(out().resolve("media/hand-washing-steps.png")))
        .isEqualTo(Files.readAllBytes(Path.of("../examples/articles/images/hand-washing-steps.png")));
    assertThat(Files.readString(out().resolve("hand-washing.html")))
        .contains("<img src=\"media/hand-washing-steps.png\"").contains("href=\"carepress.css\"");
    assertThat(result.err()).contains("1 article → 3 files");
  }

  @Test
  void searchesFoldersInSortedOrderSkippingHiddenFilesAndOtherKinds() throws IOException {
    article("b.md", "B");
    article("a/z.markdown", "Z");
    article(".hidden.md", "Hidden");
    article(".drafts/d.md", "D");
    Files.writeString(dir.resolve("articles/notes.txt"), "not an article");

    Cli.Result result = fake.run("render", dir.resolve("articles").toString(), "-o", out().toString(), "-v");

    assertThat(result.exitCode()).isZero();
    assertThat(outFiles()).containsExactly("b.txt", "z.txt");
  }

  @Test
  void badArticleIsReportedAtFileLineAndColumnAndTheOthersStillRender() throws IOException {
    Path good = article("good.md", "Good");
    Path bad = article("bad.md", "Bad", "views: many");

    Cli.Result result = fake.run("render", good.toString(), bad.toString(), "-o", out().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains(
        bad + ":4:8: error: 'views' must be a whole number ≥ 0, not \"many\" (write views: 2348)");
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(result.err()).contains("1 of 2 articles → 1 file in").contains("; 1 error");
    assertThat(outFiles()).containsExactly("good.txt");
  }

  @Test
  void articleFailingWhileRenderingLeavesNoFileNotEvenItsOtherFormats() throws IOException {
    Path good = article("good.md", "Good");
    Path bad = article("boom.md", "Explode");

    Cli.Result result = Cli.with(new FakeReading(), new FakeRendererProvider(), FakeRendererProvider.html())
        .run("render", bad.toString(), "-o", out().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains(bad + ":7:3: error: the image 'x.png' cannot be found (put x.png next to the article)");
    // html alone would have worked, but the article failed in fake: none of its files is written
    assertThat(outFiles()).isEmpty();

    Cli.Result both = fakeWithSite.run("render", good.toString(), bad.toString(), "-o", out().toString());
    assertThat(both.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(outFiles()).containsExactly("good.html", "good.txt", "index.html", "style.css");
    assertThat(Files.readString(out().resolve("index.html"))).doesNotContain("boom");
  }

  @Test
  void rendererBugIsOneLineWithoutStackTraceUnlessVerbose() throws IOException {
    Path crash = article("crash.md", "Crash");

    Cli.Result result = fake.run("render", crash.toString(), "-o", out().toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains(crash + ": error: the fake renderer failed: index 3 out of bounds in the fake layout")
        .doesNotContain("\tat ");

    Cli.Result verbose = fake.run("render", crash.toString(), "-o", out().toString(), "--verbose");
    assertThat(verbose.err()).contains("java.lang.IllegalStateException: index 3 out of bounds").contains("\tat ");
    assertThat(outFiles()).isEmpty();
  }

  @Test
  void severalArticlesWithHtmlMakeASiteWithRelatedLinks() throws IOException {
    Path a = article("asthma.md", "Asthma", "related: flu");
    Path b = article("flu.md", "Flu");

    Cli.Result result = fakeWithSite.run("render", a.toString(), b.toString(), "-o", out().toString(),
        "--title", "Clinic leaflets");

    assertThat(result.exitCode()).isZero();
    assertThat(outFiles()).containsExactly("asthma.html", "asthma.txt", "flu.html", "flu.txt", "index.html", "style.css");
    assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("Clinic leaflets\nasthma\nflu\n");
    assertThat(result.err()).contains("2 articles → 6 files in");
  }

  @Test
  void oneArticleWithHtmlIsOnePageNotASite() throws IOException {
    Path a = article("asthma.md", "Asthma");

    Cli.Result result = fakeWithSite.run("render", a.toString(), "-o", out().toString(), "-f", "html");

    assertThat(result.exitCode()).isZero();
    assertThat(outFiles()).containsExactly("asthma.html");
  }

  @Test
  void bookRendersAsAWholeAndAddsItsArticlesOnce() throws IOException {
    Path a = article("asthma.md", "Asthma");
    article("flu.md", "Flu");
    Path book = dir.resolve("articles/book.yaml");
    Files.writeString(book, "title: Everyday health\nslug: everyday\narticles:\n  - asthma.md\n  - flu.md\n");

    Cli.Result result = fakeWithSite.run("render", a.toString(), "--book", book.toString(), "-o", out().toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(outFiles()).containsExactly(
        "asthma.html", "asthma.txt", "everyday.txt", "flu.html", "flu.txt", "index.html", "style.css");
    assertThat(Files.readString(out().resolve("everyday.txt"))).startsWith("book Everyday health\n");
    assertThat(Files.readString(out().resolve("index.html"))).startsWith("Everyday health\n");
    assertThat(result.err()).contains("2 articles and the book → 7 files in");
  }

  @Test
  void twoArticlesWithOneSlugAreAnErrorNamingBoth() throws IOException {
    Path a = article("a.md", "A", "slug: same");
    Path b = article("b.md", "B", "slug: same");
    Path c = article("c.md", "C");

    Cli.Result result = fake.run("render", a.toString(), b.toString(), c.toString(), "-o", out().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err())
        .contains(a + ": error: the slug 'same' is also the slug of " + b)
        .contains(b + ": error: the slug 'same' is also the slug of " + a);
    assertThat(outFiles()).containsExactly("c.txt");
  }

  @Test
  void missingInputIsAnErrorAndTheOthersRender() throws IOException {
    Path a = article("a.md", "A");
    Path missing = dir.resolve("nope.md");

    Cli.Result result = fake.run("render", missing.toString(), a.toString(), "-o", out().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains(missing + ": error: no such file or folder (check the path)");
    assertThat(outFiles()).containsExactly("a.txt");
  }

  @Test
  void warningsAreShownUnlessQuiet() throws IOException {
    Path file = dir.resolve("bare.md");
    Files.writeString(file, "---\ntitle: Bare\n---\n");

    Cli.Result shown = fake.run("render", file.toString(), "-o", out().toString());
    assertThat(shown.exitCode()).isZero();
    assertThat(shown.err()).contains(file + ":1:1: warning: the article has no summary (add summary: to the front matter)")
        .contains("1 article → 1 file in").contains("; 1 warning");

    Cli.Result quiet = fake.run("render", file.toString(), "-o", out().toString(), "--quiet");
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.err()).isEmpty();
  }

  @Test
  void anUndefinedFootnoteIsAWarningAndStrictMakesItAnErrorThatWritesNothingForTheArticle() throws IOException {
    Cli real = Cli.with(InputReader.standard(), new FakeRendererProvider());
    Path soft = dir.resolve("soft.md");
    Files.writeString(soft, "---\ntitle: Soft\nsummary: S\n---\nA claim.[^x]\n");
    Path fine = article("fine.md", "Fine");

    Cli.Result lenient = real.run("render", soft.toString(), fine.toString(), "-o", out().toString());
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.err()).contains(soft + ":5:9: warning: the footnote [^x] is referred to but never defined");
    assertThat(outFiles()).containsExactly("fine.txt", "soft.txt");

    Path strictOut = dir.resolve("strict");
    Cli.Result strict = real.run("render", soft.toString(), fine.toString(), "-o", strictOut.toString(), "--strict");
    assertThat(strict.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(strict.err()).contains(soft + ":5:9: error: the footnote [^x] is referred to but never defined");
    assertThat(files(strictOut)).containsExactly("fine.txt");
  }

  @Test
  void parallelOutputIsByteIdenticalToOneJob() throws IOException {
    for (int i = 0; i < 14; i++) {
      article(String.format("a%02d.md", i), "Article " + i, "related: a" + String.format("%02d", (i + 1) % 14));
    }
    Path one = dir.resolve("one");
    Path eight = dir.resolve("eight");

    Cli.Result r1 = fakeWithSite.run("render", dir.resolve("articles").toString(), "-o", one.toString(), "--jobs", "1");
    Cli.Result r8 = fakeWithSite.run("render", dir.resolve("articles").toString(), "-o", eight.toString(), "--jobs", "8");

    assertThat(r1.exitCode()).isZero();
    assertThat(r8.exitCode()).isZero();
    assertThat(contents(eight)).isEqualTo(contents(one)).hasSize(14 * 2 + 2);
  }

  private static TreeMap<String, String> contents(Path root) throws IOException {
    TreeMap<String, String> map = new TreeMap<>();
    for (String file : files(root)) {
      map.put(file, Files.readString(root.resolve(file), StandardCharsets.ISO_8859_1));
    }
    return map;
  }

  @Test
  void progressBarOnlyOnATerminalWithManyArticles() throws IOException {
    for (int i = 0; i < 12; i++) {
      article("p" + i + ".md", "P" + i);
    }
    String folder = dir.resolve("articles").toString();

    Cli.Result terminal = fake.onTerminal().run("render", folder, "-o", out().toString());
    assertThat(terminal.err()).contains("rendering [").contains("\r\033[K").contains("12 articles → 12 files");

    Cli.Result pipe = fake.run("render", folder, "-o", out().toString());
    assertThat(pipe.err()).doesNotContain("rendering [").doesNotContain("\r");

    Cli.Result quiet = fake.onTerminal().run("render", folder, "-o", out().toString(), "-q");
    assertThat(quiet.err()).isEmpty();
  }

  @Test
  void unknownFormatIsAUsageErrorThatSuggests() throws IOException {
    Path a = article("a.md", "A");

    Cli.Result result = fake.run("render", a.toString(), "--format", "fkae", "-o", out().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).isEqualTo("""
        carepress render: --format fkae: no such format; did you mean fake? (available: fake)
        Try 'carepress render --help' for more information.
        """);
    assertThat(outFiles()).isEmpty();
  }

  @Test
  void settingsReachTheFormatsThatKnowThem() throws IOException {
    Path a = article("a.md", "A");

    Cli.Result result = fake.run("render", a.toString(), "-o", out().toString(),
        "--set", "fake.greeting=hello", "--set", "shout=true", "--page-size", "letter");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(out().resolve("a.txt"))).startsWith("fake hello|LETTER\nA\n");
  }

  @Test
  void unknownSettingIsAUsageErrorThatSuggests() throws IOException {
    Path a = article("a.md", "A");

    Cli.Result plain = fake.run("render", a.toString(), "-o", out().toString(), "--set", "greting=hi");
    assertThat(plain.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(plain.err()).isEqualTo("""
        carepress render: --set greting=hi: no format rendered (fake) has the setting 'greting' (did you mean \
        'greeting'?); carepress formats lists each format's settings
        Try 'carepress render --help' for more information.
        """);

    Cli.Result scoped = fake.run("render", a.toString(), "-o", out().toString(), "--set", "fake.colour=red");
    assertThat(scoped.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(scoped.err()).contains("format 'fake' has no setting 'colour'").contains("greeting, pageSize, shout");

    Cli.Result badValue = fake.run("render", a.toString(), "-o", out().toString(), "--set", "shout=loud");
    assertThat(badValue.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(badValue.err()).contains("setting 'shout' must be true or false, not 'loud'");

    Cli.Result noFormat = fake.run("render", a.toString(), "-o", out().toString(), "--large-print");
    assertThat(noFormat.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(noFormat.err()).contains("--large-print: no format rendered (fake) has the setting 'largePrint'");
    assertThat(outFiles()).isEmpty();
  }

  @Test
  void nothingToRenderIsAUsageError() {
    Cli.Result result = fake.run("render");
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).startsWith("carepress render: nothing to render: give article files or folders, or --book");
  }

  @Test
  void bookGivenAsAnInputIsAUsageHint() throws IOException {
    Path book = dir.resolve("book.yaml");
    Files.writeString(book, "title: B\n");
    Cli.Result result = fake.run("render", book.toString(), "-o", out().toString());
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains(book + ": error: a book is not an article (pass it with --book " + book + ")");
  }

  @Test
  void noStagingFolderIsLeftBehind() throws IOException {
    Path a = article("a.md", "A");
    Path bad = article("bad.md", "Explode");
    fake.run("render", a.toString(), bad.toString(), "-o", out().toString());
    assertThat(outFiles()).containsExactly("a.txt");
  }

  @Test
  void outputFolderThatCannotBeMadeIsOneClearError() throws IOException {
    Path a = article("a.md", "A");
    Path file = dir.resolve("taken");
    Files.writeString(file, "a file where a folder would go");

    Cli.Result result = fake.run("render", a.toString(), "-o", file.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).startsWith("carepress render: error: cannot write to the output folder " + file.resolve("out"))
        .contains("(choose another with --out DIR)").doesNotContain("\tat ");
  }

  @Test
  void bookWithABadArticleIsNotRenderedButTheArticlesGivenAre() throws IOException {
    Path good = article("good.md", "Good");
    article("bad.md", "Bad", "views: many");
    Path book = dir.resolve("articles/book.yaml");
    Files.writeString(book, "title: B\nslug: b\narticles:\n  - good.md\n  - bad.md\n");

    Cli.Result result = fake.run("render", good.toString(), "--book", book.toString(), "-o", out().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).containsOnlyOnce("bad.md:4:8: error:")
        .contains("1 article → 1 file in").contains(" (the book was not rendered); 1 error");
    assertThat(outFiles()).containsExactly("good.txt");
  }

  @Test
  void manyWarningsOfOneKindAreCountedAfterTheFirstFew() throws IOException {
    Path noisy = article("noisy.md", "Noisy");

    Cli.Result result = fake.run("render", noisy.toString(), "-o", out().toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains(noisy + ":5:1: warning: no font has the character on line 5")
        .doesNotContain("on line 6")
        .contains(noisy + ": warning: 3 more like the above (no-glyph); --verbose shows them all")
        .contains("1 article → 1 file in").contains("; 8 warnings");
    assertThat(fake.run("render", noisy.toString(), "-o", out().toString(), "-v").err()).contains("on line 8")
        .doesNotContain("more like the above");
  }
  @Test
  void veryManyErrorsOfOneKindAreCountedAfterTheFirstFifty() throws IOException {
    StringBuilder text = new StringBuilder("---\ntitle: Many\n");
    for (int i = 0; i < 120; i++) {
      text.append("key").append(i).append(": x\n");
    }
    Path many = dir.resolve("many.md");
    Files.writeString(many, text.append("---\nText.\n"));
    Cli real = Cli.with(InputReader.standard(), new FakeRendererProvider());

    Cli.Result result = real.run("render", many.toString(), "-o", out().toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains(many + ":3:1: error: unknown key 'key0'")
        .contains(many + ":52:1: error: unknown key 'key49'").doesNotContain("'key50'")
        .contains(many + ": error: 70 more like the above (unknown-key); --verbose shows them all")
        .contains("120 errors");
    assertThat(real.run("render", many.toString(), "-o", out().toString(), "-v").err()).contains("'key119'")
        .doesNotContain("more like the above");
  }
}
