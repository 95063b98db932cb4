package dev.carepress.preview.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
  @TempDir Path dir;

  @Test
  void articlesAreFoundBelowTheFolderButNotInHiddenFoldersOrFiles() throws IOException {
    Path root = Files.createDirectories(dir.resolve("site"));
    for (String name : new String[] {"a.md", "sub/b.markdown", "sub/c.json", ".hidden.md", ".git/d.md", "notes.txt",
        "sub/.e.md.swp"}) {
      Files.createDirectories(root.resolve(name).getParent());
      Files.writeString(root.resolve(name), "x");
    }
    SourceFiles sources = new SourceFiles(root);
    assertThat(sources.articlesUnder(sources.root())).extracting(sources::display)
        .containsExactly("a.md", "sub/b.markdown", "sub/c.json");
    assertThat(sources.foldersUnder(sources.root())).extracting(sources::display).containsExactly(".", "sub");
  }

  @Test
  void aLinkCountsOnlyWhenItLeadsToAFileInsideTheFolder() throws IOException {
    Path root = Files.createDirectories(dir.resolve("site"));
    Files.writeString(dir.resolve("outside.md"), "x");
    Files.writeString(root.resolve("inside.md"), "x");
    try {
      Files.createSymbolicLink(root.resolve("out.md"), dir.resolve("outside.md"));
      Files.createSymbolicLink(root.resolve("in.md"), root.resolve("inside.md"));
      Files.createSymbolicLink(root.resolve("folder"), dir);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
    }
    SourceFiles sources = new SourceFiles(root);
    assertThat(sources.articlesUnder(sources.root())).extracting(sources::display).containsExactly("in.md", "inside.md");
    assertThat(sources.isArticle(sources.root().resolve("out.md"))).isFalse();
  }

  @Test
  void theDefaultSlugIsTheFileNames() {
    assertThat(SourceFiles.defaultSlug(Path.of("/x/Hand Washing.md"))).isEqualTo("hand-washing");
    assertThat(SourceFiles.defaultSlug(Path.of("/x/2024.md"))).isEqualTo("2024");
    assertThat(SourceFiles.defaultSlug(Path.of("/x/---.md"))).isEqualTo("article");
  }

  @Test
  void problemsFromFilesInTheFolderAreShownRelativeToIt() throws IOException {
    SourceFiles sources = new SourceFiles(dir);
    assertThat(sources.shown(dir.toAbsolutePath().resolve("articles/a.md").toString())).isEqualTo("articles/a.md");
    assertThat(sources.shown("hand-washing")).isEqualTo("hand-washing");
    assertThat(sources.shown("/elsewhere/a.md")).isEqualTo("/elsewhere/a.md");
  }
}
