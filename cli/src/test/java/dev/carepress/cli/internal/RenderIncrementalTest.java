package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.cli.testing.Cli;
import dev.carepress.cli.testing.FakeReading;
import dev.carepress.cli.testing.FakeRendererProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carepress render --incremental}: a second run with nothing changed writes nothing and says so. */
class RenderIncrementalTest {
  @TempDir Path dir;

  private final Cli fake = Cli.with(new FakeReading(), new FakeRendererProvider());

  private Path article(String name, String title) throws IOException {
    Path file = dir.resolve("articles").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: " + title + "\nsummary: About " + title + "\n---\nText.\n",
        StandardCharsets.UTF_8);
    return file;
  }

  private Cli.Result render() {
    return fake.run("render", dir.resolve("articles").toString(), "--out", dir.resolve("out").toString(),
        "--incremental");
  }

  @Test
  void aSecondRunWithNothingChangedWritesNothingAndSaysSo() throws IOException {
    article("asthma.md", "Asthma");
    article("flu.md", "Flu");
    assertThat(render().exitCode()).isZero();

    Cli.Result again = render();

    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).isEqualTo("nothing changed: 2 articles up to date, no file written" + System.lineSeparator());
  }

  @Test
  void aChangedArticleIsRenderedAloneAndADeletedOnesFilesAreRemoved() throws IOException {
    article("asthma.md", "Asthma");
    Path flu = article("flu.md", "Flu");
    render();
    article("asthma.md", "Asthma attacks");
    Files.delete(flu);

    Cli.Result result = render();

    assertThat(result.err()).contains("1 article → 1 file").contains("1 file removed");
    assertThat(dir.resolve("out/flu.txt")).doesNotExist();
    assertThat(dir.resolve("out/asthma.txt")).exists();
  }

  @Test
  void aRunThatRendersSomeArticlesCountsTheChangedOnesAndTheOnesUpToDate() throws IOException {
    article("asthma.md", "Asthma");
    article("flu.md", "Flu");
    render();
    article("flu.md", "Flu in winter");

    Cli.Result result = render();

    assertThat(result.err()).startsWith("1 changed article → 1 file in ").contains("; 1 up to date");
  }
}
