package dev.carepress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceResolverTest {
  @TempDir Path dir;
  Path site;
  Optional<Path> article;

  @BeforeEach
  void layOutASite() throws Exception {
    site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("articles"));
    Files.createDirectories(site.resolve("images"));
    article = Optional.of(Files.writeString(site.resolve("articles/a.md"), "---\ntitle: A\n---\n"));
    Files.write(site.resolve("articles/here.png"), new byte[] {1});
    Files.write(site.resolve("images/shared image.png"), new byte[] {2});
    Files.writeString(dir.resolve("secret.txt"), "not for the e-book");
  }

  @Test
  void filesAreFoundRelativeToTheArticleIncludingAFolderBesideIt() throws Exception {
    ResourceResolver files = ResourceResolver.files();
    assertThat(files.resolve(article, "here.png")).map(Resource::bytes).contains(new byte[] {1});
    assertThat(files.resolve(article, "../images/shared%20image.png?v=2#x")).map(Resource::bytes)
        .contains(new byte[] {2});
    assertThat(files.resolve(article, "missing.png")).isEmpty();
  }

  @Test
  void absolutePathsAndUrlsAreNeverReadFromDisk() throws Exception {
    ResourceResolver files = ResourceResolver.files();
    assertThat(files.resolve(article, dir.resolve("secret.txt").toAbsolutePath().toString())).isEmpty();
    assertThat(files.resolve(article, "file://" + dir.resolve("secret.txt").toAbsolutePath())).isEmpty();
    assertThat(files.resolve(article, "https://example.org/here.png")).isEmpty();
    assertThat(files.resolve(Optional.empty(), "here.png")).isEmpty();
  }

  @Test
  void filesWithinARootRefuseToClimbOutOfIt() throws Exception {
    ResourceResolver within = ResourceResolver.filesWithin(site);
    assertThat(within.resolve(article, "../images/shared image.png")).isPresent();
    assertThat(within.resolve(article, "../../secret.txt")).isEmpty();
    assertThat(ResourceResolver.files().resolve(article, "../../secret.txt")).isPresent();
  }

  @Test
  void filesWithinARootRefuseALinkThatLeadsOutOfIt() throws Exception {
    Path link = site.resolve("articles/link.png");
    try {
      Files.createSymbolicLink(link, dir.resolve("secret.txt"));
    } catch (UnsupportedOperationException | java.io.IOException e) {
      return; // a file system without symbolic links has nothing to refuse
    }
    assertThat(ResourceResolver.filesWithin(site).resolve(article, "link.png")).isEmpty();
  }

  @Test
  void aRootThatDoesNotExistIsAnError() {
    assertThatThrownBy(() -> ResourceResolver.filesWithin(dir.resolve("nowhere")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
  }
}
