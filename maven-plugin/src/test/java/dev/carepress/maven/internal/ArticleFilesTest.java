package dev.carepress.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the article files of a folder by include and exclude patterns. */
class ArticleFilesTest {
  @TempDir Path dir;

  private void touch(String... names) throws IOException {
    for (String name : names) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "x");
    }
  }

  private List<String> found(List<String> includes, List<String> excludes) {
    return ArticleFiles.find(dir, includes, excludes).stream()
        .map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
  }

  @Test
  void theDefaultsTakeEveryArticleFormatAtAnyDepthSortedAndSkipHiddenFiles() throws IOException {
    touch("b.md", "a/c.markdown", "a/d.json", "notes.txt", ".hidden.md", ".drafts/e.md", "book.yaml");

    assertThat(found(List.of(), List.of())).containsExactly("a/c.markdown", "a/d.json", "b.md");
  }

  @Test
  void aBrokenPatternIsNamedWithItsElementAndHowToWriteOne() throws IOException {
    touch("b.md");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> found(List.of(), List.of("[bad")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("<exclude>[bad</exclude>: not a valid pattern (Missing '] at character 4)")
        .hasMessageContaining("[abc] for one of them");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> found(List.of("drafts/{a,b"), List.of()))
        .hasMessageStartingWith("<include>drafts/{a,b</include>: not a valid pattern");
  }

  @Test
  void excludesWinOverIncludes() throws IOException {
    touch("b.md", "drafts/c.md", "drafts/deep/d.md");

    assertThat(found(List.of("**/*.md"), List.of("drafts/**"))).containsExactly("b.md");
  }

  @Test
  void aMissingFolderHasNoArticles() {
    assertThat(ArticleFiles.find(dir.resolve("none"), List.of(), List.of())).isEmpty();
  }
}
