package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.testing.SampleArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReadersTest {
  @Test
  void choosesTheReaderByExtension(@TempDir Path dir) throws Exception {
    Path md = dir.resolve("a.MD");
    Files.writeString(md, "---\ntitle: A\n---\n");
    Path markdown = dir.resolve("b.markdown");
    Files.writeString(markdown, "---\ntitle: B\n---\n");
    Path json = dir.resolve("c.json");
    JsonArticleWriter.create().write(SampleArticles.spanish(), json);
    assertThat(ArticleReaders.read(md).title()).isEqualTo("A");
    assertThat(ArticleReaders.read(markdown).title()).isEqualTo("B");
    Article fromJson = ArticleReaders.parse(json).orThrow();
    assertThat(fromJson).isEqualTo(SampleArticles.spanish());
    assertThat(ArticleReaders.forFile(json)).containsInstanceOf(JsonArticleReader.class);
    assertThat(ArticleReaders.isArticleFile(dir.resolve("x.txt"))).isFalse();
    assertThatThrownBy(() -> ArticleReaders.read(dir.resolve("x.txt")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".md, .markdown or .json");
  }

  @Test
  void aMissingFileIsAnIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> ArticleReaders.read(dir.resolve("gone.md"))).isInstanceOf(java.io.IOException.class);
  }

  @Test
  void aBuiltReaderPicksAmongTheReadersItWasGiven(@TempDir Path dir) throws Exception {
    String big = "---\ntitle: A\n---\n" + "Text. ".repeat(100);
    ArticleReader small = ArticleReaders.builder()
        .markdown(MarkdownArticleReader.builder().maxBytes(100).build())
        .json(JsonArticleReader.builder().maxBytes(10).build())
        .build();
    assertThat(small.parse(big, "a.md").errors()).extracting(Problem::code).containsExactly("too-large");
    assertThat(ArticleReaders.create().parse(big, "a.md").errors()).isEmpty();
    assertThat(small.parse("{\"title\": \"A long title\"}", "a.json").errors())
        .extracting(Problem::code).containsExactly("too-large");
    Path file = Files.writeString(dir.resolve("b.markdown"), big);
    assertThat(small.parse(file).errors()).extracting(Problem::code).containsExactly("too-large");
    assertThatThrownBy(() -> small.parse("x", "notes.txt"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notes.txt");
  }
}
