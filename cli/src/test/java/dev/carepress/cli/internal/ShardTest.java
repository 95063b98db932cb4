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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carepress render --shard K/N}: the N shards together write exactly the files of one whole run. */
class ShardTest {
  @TempDir Path dir;

  private final Cli fakeWithSite =
      Cli.with(new FakeReading(), new FakeRendererProvider(), FakeRendererProvider.html());

  // relative path -> bytes of every file in the folder
  private static Map<String, byte[]> contents(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  // Runs the whole batch and each of n shards into folders of their own; returns the shards' files.
  private List<Map<String, byte[]>> assertShardsMakeTheWholeRun(Cli cli, int n, List<String> args) {
    List<String> whole = new ArrayList<>(args);
    whole.addAll(List.of("-o", dir.resolve("whole").toString(), "-q"));
    Cli.Result full = cli.run(whole.toArray(String[]::new));
    assertThat(full.exitCode()).as(full.err()).isZero();
    Map<String, byte[]> union = new TreeMap<>();
    List<Map<String, byte[]>> shards = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      List<String> shard = new ArrayList<>(args);
      shard.addAll(List.of("-o", dir.resolve("shard" + k).toString(), "-q", "--shard", k + "/" + n));
      Cli.Result part = cli.run(shard.toArray(String[]::new));
      assertThat(part.exitCode()).as(part.err()).isZero();
      Map<String, byte[]> files = contents(dir.resolve("shard" + k));
      files.keySet().forEach(f -> assertThat(union).as("%s in two shards", f).doesNotContainKey(f));
      union.putAll(files);
      shards.add(files);
    }
    Map<String, byte[]> expected = contents(dir.resolve("whole"));
    assertThat(union.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((file, bytes) -> assertThat(union.get(file)).as(file).isEqualTo(bytes));
    return shards;
  }

  @Test
  void threeShardsOfTwentyArticlesAndABookAreTheWholeRunByteForByte() throws IOException {
    StringBuilder book = new StringBuilder("title: Everyday health\nslug: everyday\narticles:\n");
    for (int i = 0; i < 20; i++) {
      String name = "a" + i + ".md";
      Files.createDirectories(dir.resolve("articles"));
      Files.writeString(dir.resolve("articles").resolve(name), "---\ntitle: Topic " + i + "\nsummary: S\nrelated: topic-"
          + ((i + 1) % 20) + "\n---\nText " + i + ".\n", StandardCharsets.UTF_8);
      book.append("  - ").append(name).append('\n');
    }
    Files.writeString(dir.resolve("articles/book.yaml"), book);

    List<Map<String, byte[]>> shards = assertShardsMakeTheWholeRun(fakeWithSite, 3,
        List.of("render", dir.resolve("articles").toString(), "--book", dir.resolve("articles/book.yaml").toString()));

    // the shared files and the book are in shard 1; every shard has some articles
    assertThat(shards.get(0)).containsKeys("index.html", "style.css", "everyday.txt");
    assertThat(shards.get(1)).doesNotContainKeys("index.html", "style.css", "everyday.txt");
    shards.forEach(files -> assertThat(files.keySet()).anyMatch(f -> f.endsWith(".txt") && !f.equals("everyday.txt")));
  }

  @Test
  void theExamplesInEveryRealFormatSplitIntoTwoShardsByteForByte() {
    Path examples = Path.of(System.getProperty("carepress.examples", "../examples"));

    assertShardsMakeTheWholeRun(Cli.discovering(InputReader.standard()), 2, List.of("render",
        examples.resolve("articles").toString(), "--book", examples.resolve("book.yaml").toString(),
        "-f", "html,pdf,epub"));
  }

  @Test
  void aShardOutsideOneToNIsAUsageError() {
    Cli.Result result = fakeWithSite.run("render", dir.toString(), "--shard", "4/3");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains("--shard 4/3: a shard is K/N with 1 <= K <= N, not 4/3");
  }

  @Test
  void aShardOfAnIncrementalRunIsAUsageErrorAndWritesNothing() {
    Path out = dir.resolve("out");
    Cli.Result result = fakeWithSite.run("render", dir.toString(), "--shard", "1/2", "--incremental", "-o",
        out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains("--shard 1/2 and --incremental").contains("drop one of the two");
    assertThat(out).doesNotExist();
  }
}
