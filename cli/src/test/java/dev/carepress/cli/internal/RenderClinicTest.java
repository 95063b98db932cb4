package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.cli.testing.Cli;
import dev.carepress.cli.testing.FakeClinicProvider;
import dev.carepress.cli.testing.FakeReading;
import dev.carepress.cli.testing.FakeRendererProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carepress render --clinic clinic.yaml}, in-process with fake renderers. */
class RenderClinicTest {
  @TempDir Path dir;

  private final Cli cli = Cli.with(new FakeReading(), new FakeRendererProvider(), new FakeClinicProvider());

  private Path article() throws IOException {
    Path file = dir.resolve("a.md");
    Files.writeString(file, "---\ntitle: A\nsummary: About A\n---\nText.\n");
    return file;
  }

  private Path clinic(String yaml) throws IOException {
    Path file = dir.resolve("clinic/clinic.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return file;
  }

  private String card() throws IOException {
    return Files.readString(dir.resolve("out/a.card"));
  }

  @Test
  void theFileBecomesTheSettingsOfTheFormatsThatHaveThemWithTheLogoRelativeToIt() throws IOException {
    Path file = clinic("name: Riverside\nphone: 0123 456\nlogo: logo.png\naddress: 1 River St\n");
    Files.write(file.resolveSibling("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    Cli.Result result = cli.run("render", article().toString(), "-o", dir.resolve("out").toString(),
        "--clinic", file.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(card()).isEqualTo("clinicName=Riverside\nclinicPhone=0123 456\nclinicLogo="
        + dir.resolve("clinic/logo.png") + "\n");
    assertThat(Files.readString(dir.resolve("out/a.txt"))).startsWith("fake |A4\n");
  }

  @Test
  void anExplicitSetWinsOverTheFile() throws IOException {
    Path file = clinic("name: Riverside\nphone: 0123 456\n");

    Cli.Result result = cli.run("render", article().toString(), "-o", dir.resolve("out").toString(),
        "--clinic", file.toString(), "--set", "card.clinicName=Hillside", "--set", "clinicPhone=999");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(card()).startsWith("clinicName=Hillside\nclinicPhone=999\n");
  }

  @Test
  void aBadKeyIsReportedAtItsLineAndColumnWithTheClosestKeyAndNothingIsRendered() throws IOException {
    Path file = clinic("name: Riverside\ncalUs: Call us if it gets worse.\n");

    Cli.Result result = cli.run("render", article().toString(), "-o", dir.resolve("out").toString(),
        "--clinic", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).startsWith(file + ":2:1: error: unknown key 'calUs' in the clinic file;"
        + " did you mean 'callUs'? (rename it to 'callUs')\n");
    assertThat(result.err()).doesNotContain("Exception");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aMissingFileIsAUsageError() throws IOException {
    Cli.Result result = cli.run("render", article().toString(), "-o", dir.resolve("out").toString(),
        "--clinic", dir.resolve("nope.yaml").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(result.err()).contains("--clinic " + dir.resolve("nope.yaml") + ": no such file");
  }
}
