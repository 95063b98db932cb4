package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.batch.InputReader;
import dev.carepress.cli.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carepress render ARTICLE --bilingual OTHER}, in-process with the real PDF renderer. */
class RenderBilingualTest {
  @TempDir Path dir;

  private final Cli cli = Cli.discovering(InputReader.standard());

  private Path article(String name, String language, String title, String... sections) throws IOException {
    StringBuilder text = new StringBuilder("---\ntitle: " + title + "\nslug: " + name + "\nlanguage: " + language
        + "\n---\n\nIntro: " + title + ".\n");
    for (String section : sections) {
      text.append("\n## ").append(section).append("\n\nText of ").append(section).append(".\n");
    }
    Path file = dir.resolve(name + ".md");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void writesOnePdfNamedByTheOriginalsSlugAndBothLanguages() throws IOException {
    Path english = article("hand-washing", "en", "Hand washing", "When to wash", "How to wash");
    Path spanish = article("lavarse-las-manos", "es", "Lavarse las manos", "Cuándo lavarse", "Cómo lavarse");

    Cli.Result result = cli.run("render", english.toString(), "--bilingual", spanish.toString(), "-f", "pdf",
        "-o", dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path pdf = dir.resolve("out/hand-washing.en-es.pdf");
    assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    assertThat(Files.list(dir.resolve("out"))).hasSize(1);
    assertThat(result.out()).contains("hand-washing.en-es.pdf");
  }

  @Test
  void sectionsThatDoNotPairAreAWarningWithTheFileAndLineAndTheHandoutIsStillWritten() throws IOException {
    Path english = article("hand-washing", "en", "Hand washing", "When to wash", "How to wash");
    Path spanish = article("lavarse-las-manos", "es", "Lavarse las manos", "Cuándo lavarse");

    Cli.Result result = cli.run("render", english.toString(), "--bilingual", spanish.toString(),
        "-o", dir.resolve("out").toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains(english + ":13: warning: the original has 2 sections")
        .contains("section 2 \"How to wash\" has no counterpart");
    assertThat(dir.resolve("out/hand-washing.en-es.pdf")).exists();
  }

  @Test
  void aTranslationInTheOriginalsLanguageIsAWarningAtItsLanguageLineAndAnErrorWithStrict() throws IOException {
    Path english = article("hand-washing", "en", "Hand washing", "When to wash");
    Path notTranslated = article("lavarse-las-manos", "EN", "Lavarse las manos", "Cuándo lavarse");

    Cli.Result result = cli.run("render", english.toString(), "--bilingual", notTranslated.toString(),
        "-o", dir.resolve("out").toString());
    Cli.Result strict = cli.run("render", english.toString(), "--bilingual", notTranslated.toString(), "--strict",
        "-o", dir.resolve("strict").toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains(notTranslated + ":4:1: warning: the translation is in 'en', the language of"
        + " the original (" + english + ")");
    assertThat(strict.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(dir.resolve("strict")).doesNotExist();
  }

  @Test
  void withStrictAWarningFailsAndNothingIsWritten() throws IOException {
    Path english = article("hand-washing", "en", "Hand washing", "When to wash", "How to wash");
    Path spanish = article("lavarse-las-manos", "es", "Lavarse las manos", "Cuándo lavarse");

    Cli.Result result = cli.run("render", english.toString(), "--bilingual", spanish.toString(), "--strict",
        "-o", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(dir.resolve("out/hand-washing.en-es.pdf")).doesNotExist();
  }

  @Test
  void aTranslationThatCannotBeReadIsReportedAtItsLineAndColumnAndNothingIsWritten() throws IOException {
    Path english = article("hand-washing", "en", "Hand washing", "When to wash");
    Path broken = dir.resolve("broken.md");
    Files.writeString(broken, "---\ntitle: [Lavarse\n---\nTexto.\n", StandardCharsets.UTF_8);

    Cli.Result result = cli.run("render", english.toString(), "--bilingual", broken.toString(),
        "-o", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).containsPattern(java.util.regex.Pattern.quote(broken.toString()) + ":\\d+:\\d+: error: ");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aFolderAnotherFormatOrABookIsAUsageError() throws IOException {
    Path english = article("hand-washing", "en", "Hand washing", "When to wash");
    Path spanish = article("lavarse-las-manos", "es", "Lavarse las manos", "Cuándo lavarse");
    Path book = dir.resolve("book.yaml");
    Files.writeString(book, "title: A book\narticles: [hand-washing.md]\n");

    Cli.Result folder = cli.run("render", dir.toString(), "--bilingual", spanish.toString());
    Cli.Result html = cli.run("render", english.toString(), "--bilingual", spanish.toString(), "-f", "html");
    Cli.Result withBook = cli.run("render", english.toString(), "--bilingual", spanish.toString(),
        "--book", book.toString());
    Cli.Result two = cli.run("render", english.toString(), spanish.toString(), "--bilingual", spanish.toString());

    assertThat(folder.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(folder.err()).contains("not a folder");
    assertThat(html.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(html.err()).contains("--format html: bilingual handouts are PDF only");
    assertThat(withBook.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(withBook.err()).contains("--book");
    assertThat(two.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(two.err()).contains("exactly one article");
  }

  @Test
  void theArticleGivenAsItsOwnTranslationIsAUsageErrorAndNothingIsWritten() throws IOException {
    Path english = article("hand-washing", "en", "Hand washing", "When to wash");
    Path sameByAnotherName = dir.resolve("sub/../hand-washing.md");
    Files.createDirectories(dir.resolve("sub"));

    Cli.Result result = cli.run("render", english.toString(), "--bilingual", sameByAnotherName.toString(),
        "-o", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains("the translation is the article itself");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
