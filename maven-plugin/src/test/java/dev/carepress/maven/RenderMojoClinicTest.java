package dev.carepress.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <clinic>clinic.yaml</clinic>} of the render goal, as {@code carepress render --clinic}: the
 * plugin had no way to read a clinic file, so a clinic's logo could only be a {@code <setting>} path
 * resolved against the folder Maven ran in, not the project.
 */
class RenderMojoClinicTest {
  @TempDir Path dir;

  private Path article() throws Exception {
    Path file = dir.resolve("flu.md");
    Files.writeString(file, "---\ntitle: Flu\nsummary: About flu.\n---\nRest and drink water.\n");
    return file;
  }

  private RenderMojo mojo(Path clinic, List<String> settings) throws Exception {
    RenderMojo mojo = new RenderMojo();
    set(mojo, "outputDirectory", dir.resolve("out").toFile());
    set(mojo, "formats", List.of("html"));
    set(mojo, "incremental", false);
    set(mojo, "clinic", clinic.toFile());
    set(mojo, "settings", settings);
    return mojo;
  }

  private static void set(RenderMojo mojo, String name, Object value) throws Exception {
    Field field = RenderMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }

  @Test
  void theClinicFilesDetailsReachThePageAndASettingOfTheSameKeyWins() throws Exception {
    Path clinic = dir.resolve("clinic.yaml");
    Files.writeString(clinic, "name: Riverside Family Practice\nphone: 01632 960 123\n");

    mojo(clinic, List.of("clinicPhone=0800 000 000")).run(List.of(article()), null);

    String page = Files.readString(dir.resolve("out/flu.html"));
    assertThat(page).contains("Riverside Family Practice").contains("0800 000 000").doesNotContain("01632 960 123");
  }

  @Test
  void aMistakeInTheClinicFileFailsTheBuildAtItsLineAndColumnWithNothingWritten() throws Exception {
    Path clinic = dir.resolve("clinic.yaml");
    Files.writeString(clinic, "name: Riverside\ncalUs: Call us.\n");

    assertThatThrownBy(() -> mojo(clinic, List.of()).run(List.of(article()), null))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("<clinic>" + clinic + "</clinic>: fix the clinic file; the first: " + clinic + ":2:1: error:")
        .hasMessageContaining("did you mean 'callUs'?");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aMissingClinicFileIsNamed() throws Exception {
    Path clinic = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> mojo(clinic, List.of()).run(List.of(article()), null))
        .hasMessage("Carepress: <clinic>" + clinic + "</clinic>: no such file (give the path of a clinic.yaml)");
  }
}
