package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.cli.testing.Cli;
import dev.carepress.cli.testing.FakeReading;
import dev.carepress.cli.testing.FakeRendererProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carepress check}: validation, text and JSON reports, exit statuses. */
class CheckCommandTest {
  @TempDir Path dir;

  private final Cli cli = Cli.with(new FakeReading(), new FakeRendererProvider());

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void validArticlesPassWithExitZero() throws IOException {
    Path a = write("a.md", "---\ntitle: A\n---\nText.\n");

    Cli.Result result = cli.run("check", a.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).matches("1 article checked: 1 passed in \\d+\\.\\d s\\R");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void invalidArticleIsReportedAtFileLineColumnWithExitTwo() throws IOException {
    Path good = write("good.md", "---\ntitle: Good\nextra: 1\n---\n");
    Path bad = write("bad.md", "---\ntitle: Bad\nviews: lots\n---\n");

    Cli.Result result = cli.run("check", good.toString(), bad.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out()).isEqualTo(
        good + ":3:1: warning: unknown key 'extra'\n"
            + bad + ":3:8: error: 'views' must be a whole number ≥ 0, not \"lots\" (write views: 2348)\n"
            + result.out().lines().reduce((x, y) -> y).orElseThrow() + "\n");
    assertThat(result.out()).contains("2 articles checked: 1 passed, 1 invalid; 1 error, 1 warning in");
  }

  @Test
  void quietShowsOnlyErrors() throws IOException {
    Path good = write("good.md", "---\ntitle: Good\nextra: 1\n---\n");
    Path bad = write("bad.md", "---\nviews: 3\n---\n");

    Cli.Result result = cli.run("check", "-q", good.toString(), bad.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out()).isEqualTo(bad + ":1:1: error: the article has no title (add title: ...)\n");
  }

  @Test
  void jsonHasEveryArticleItsProblemsAndASummary() throws IOException {
    Path good = write("good.md", "---\ntitle: Good\n---\n");
    Path bad = write("bad.md", "---\ntitle: Bad\nviews: lots\n---\n");

    Cli.Result result = cli.run("check", "--json", good.toString(), bad.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).isEmpty();
    String goodName = good.toString().replace("\\", "\\\\");
    String badName = bad.toString().replace("\\", "\\\\");
    assertThat(result.out()).isEqualTo("""
        {
          "version": 1,
          "articles": [
            {
              "file": "%s",
              "slug": "good",
              "title": "Good",
              "valid": true,
              "passed": true,
              "problems": []
            },
            {
              "file": "%s",
              "valid": false,
              "passed": false,
              "problems": [
                {
                  "severity": "error",
                  "code": "bad-value",
                  "file": "%s",
                  "line": 3,
                  "column": 8,
                  "message": "'views' must be a whole number \\u2265 0, not \\"lots\\"",
                  "hint": "write views: 2348"
                }
              ]
            }
          ],
          "summary": {
            "articles": 2,
            "passed": 1,
            "fellShort": 0,
            "invalid": 1,
            "errors": 1,
            "warnings": 0
          }
        }
        """.formatted(goodName, badName, badName));
  }

  @Test
  void checksTheArticlesOfABook() throws IOException {
    write("a.md", "---\ntitle: A\n---\n");
    write("b.md", "---\ntitle: B\nviews: x\n---\n");
    Path book = write("book.yaml", "title: T\narticles:\n  - a.md\n  - b.md\n");

    Cli.Result result = cli.run("check", "--book", book.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.out()).contains("b.md:3:8: error:");
  }
}
