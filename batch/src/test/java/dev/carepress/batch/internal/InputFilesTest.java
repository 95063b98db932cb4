package dev.carepress.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How INPUT arguments become article files. */
class InputFilesTest {
  @TempDir Path dir;

  private Path touch(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
    return file;
  }

  @Test
  void foldersAreSearchedNameByNameInSortedOrder() throws IOException {
    touch("b.md");
    touch("a/z.json");
    touch("a-c.markdown");
    touch("A.md");
    touch("notes.txt");
    touch(".git/x.md");

    InputFiles.Found found = InputFiles.expand(List.of(dir), Optional.empty());

    assertThat(found.problems()).isEmpty();
    assertThat(found.files()).containsExactly(
        dir.resolve("A.md"), dir.resolve("a/z.json"), dir.resolve("a-c.markdown"), dir.resolve("b.md"));
  }

  @Test
  void linksAreFollowedOnlyToFilesInsideTheFolder() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.md"), "x");
    Path inside = Files.createDirectories(dir.resolve("articles"));
    touch("articles/real.md");
    Files.createSymbolicLink(inside.resolve("alias.md"), inside.resolve("real.md"));
    Files.createSymbolicLink(inside.resolve("leak.md"), outside.resolve("secret.md"));
    Files.createSymbolicLink(inside.resolve("linked-folder"), outside);

    InputFiles.Found found = InputFiles.expand(List.of(inside), Optional.empty());

    // alias.md and real.md are one file: kept once
    assertThat(found.files()).containsExactly(inside.resolve("alias.md"));
  }

  @Test
  void aFolderGivenAsALinkIsSearchedAndNamedAsGiven() throws IOException {
    touch("real/a.md");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));

    InputFiles.Found found = InputFiles.expand(List.of(link), Optional.empty());

    assertThat(found.files()).containsExactly(link.resolve("a.md"));
  }

  @Test
  void theOutputFolderIsNotSearched() throws IOException {
    touch("a.md");
    touch("out/report.json");

    InputFiles.Found found = InputFiles.expand(List.of(dir), Optional.of(dir.resolve("out")));

    assertThat(found.files()).containsExactly(dir.resolve("a.md"));
  }

  @Test
  void unusableArgumentsAreProblemsNamingThem() throws IOException {
    Path txt = touch("notes.txt");
    Path yaml = touch("book.yaml");
    Files.createDirectories(dir.resolve("empty"));

    InputFiles.Found found = InputFiles.expand(
        List.of(txt, yaml, dir.resolve("empty"), dir.resolve("missing.md")), Optional.empty());

    assertThat(found.files()).isEmpty();
    assertThat(found.problems()).extracting(Problem::toString).containsExactly(
        txt + ": error: not an article file (articles are *.md, *.markdown or *.json files)",
        yaml + ": error: a book is not an article (pass it with --book " + yaml + ")",
        dir.resolve("empty") + ": error: the folder has no article files (articles are *.md, *.markdown or *.json files)",
        dir.resolve("missing.md") + ": error: no such file or folder (check the path)");
  }
}
