package dev.carepress.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <strict>true</strict>} of the render goal: an article with a warning fails the build. */
class RenderMojoStrictTest {
  @TempDir Path dir;

  private Path articleWithAWarning() throws Exception {
    Path file = dir.resolve("flu.md");
    Files.writeString(file, "---\ntitle: Flu\nsummary: About flu.\n---\nRest and drink water.[^nowhere]\n");
    return file;
  }

  private RenderMojo mojo(boolean strict) throws Exception {
    RenderMojo mojo = new RenderMojo();
    set(mojo, "outputDirectory", dir.resolve("out").toFile());
    set(mojo, "formats", List.of("html"));
    set(mojo, "incremental", false);
    set(mojo, "strict", strict);
    return mojo;
  }

  private static void set(RenderMojo mojo, String name, Object value) throws Exception {
    Field field = RenderMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }

  @Test
  void withoutStrictAnArticleWithAWarningIsRendered() throws Exception {
    Path article = articleWithAWarning();

    mojo(false).run(List.of(article), null);

    assertThat(dir.resolve("out/flu.html")).exists();
  }

  @Test
  void strictTurnsTheWarningIntoAnErrorThatFailsTheBuildAndRendersNothing() throws Exception {
    Path article = articleWithAWarning();

    assertThatThrownBy(() -> mojo(true).run(List.of(article), null))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 of 1 article not rendered")
        .hasMessageContaining("flu.md:5:");
    assertThat(dir.resolve("out/flu.html")).doesNotExist();
  }
}
