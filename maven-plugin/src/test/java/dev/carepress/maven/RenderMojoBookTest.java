package dev.carepress.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failure message of the render goal when the book, not an article, failed. */
class RenderMojoBookTest {
  @TempDir Path dir;

  @Test
  void aBookThatFailsIsNamedAsTheBookNotAsNoArticles() throws Exception {
    Path flu = Files.writeString(dir.resolve("flu.md"), "---\ntitle: Flu\nsummary: About flu.\n---\nRest.\n");
    Path book = Files.writeString(dir.resolve("book.yaml"), "title: Leaflets\narticles:\n  - flu.md\n  - nope.md\n");
    RenderMojo mojo = new RenderMojo();
    set(mojo, "outputDirectory", dir.resolve("out").toFile());
    set(mojo, "formats", List.of("html"));
    set(mojo, "incremental", false);

    // it was "Carepress: 0 of 2 articles not rendered, 1 error; …"
    assertThatThrownBy(() -> mojo.run(List.of(flu), book))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Carepress: the book not rendered, 1 error; the first: " + book + ":4:5: error:");
  }

  private static void set(RenderMojo mojo, String name, Object value) throws Exception {
    Field field = RenderMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
