package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinic file: its keys, the logo relative to it, and problems at their line and column. */
class ClinicReaderTest {
  @TempDir Path dir;

  private Path clinic(String yaml) throws IOException {
    Path file = dir.resolve("clinic").resolve("clinic.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return file;
  }

  /** The first bytes of every PNG file: all the reader looks at. */
  static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @Test
  void readsEveryKeyWithTheLogoRelativeToTheFile() throws IOException {
    Files.createDirectories(dir.resolve("clinic/img"));
    Files.write(dir.resolve("clinic/img/logo.png"), PNG_START);
    Path file = clinic("""
        name: Riverside Practice
        phone: 01632 960123
        address: "1 River Street, Riverton"
        web: https://riverside.example
        logo: img/logo.png
        callUs: Call us if your breathing gets worse.
        """);

    ClinicDetails clinic = ClinicReader.read(file);

    assertThat(clinic.name()).contains("Riverside Practice");
    assertThat(clinic.phone()).contains("01632 960123");
    assertThat(clinic.logo()).contains(dir.resolve("clinic/img/logo.png"));
    assertThat(clinic.settings()).containsExactly(
        Map.entry("clinicName", "Riverside Practice"), Map.entry("clinicPhone", "01632 960123"),
        Map.entry("clinicAddress", "1 River Street, Riverton"), Map.entry("clinicWeb", "https://riverside.example"),
        Map.entry("clinicLogo", dir.resolve("clinic/img/logo.png").toString()),
        Map.entry("clinicCallUs", "Call us if your breathing gets worse."));
  }

  @Test
  void eachFormatGetsOnlyTheDetailsItShows() throws IOException {
    ClinicDetails clinic = new ClinicDetails(Optional.of("Riverside"), Optional.of("0123"), Optional.empty(),
        Optional.empty(), Optional.of(dir.resolve("logo.png")), Optional.of("Call us."));
    dev.carepress.render.RendererProvider pageLike = new dev.carepress.render.RendererProvider() {
      @Override public dev.carepress.render.Format format() {
        return dev.carepress.render.Format.of("page", "html", "text/html", "a page");
      }
      @Override public java.util.List<dev.carepress.render.Option<?>> options() {
        return java.util.List.of(dev.carepress.render.ClinicOptions.NAME, dev.carepress.render.ClinicOptions.PHONE,
            dev.carepress.render.ClinicOptions.CALL_US);
      }
      @Override public dev.carepress.render.Renderer create(dev.carepress.render.Settings settings) {
        throw new UnsupportedOperationException();
      }
    };

    assertThat(clinic.settingsFor(pageLike).asMap())
        .isEqualTo(Map.of("clinicName", "Riverside", "clinicPhone", "0123", "clinicCallUs", "Call us."));
  }

  @Test
  void emptyAndMissingKeysAreAbsent() throws IOException {
    ClinicDetails clinic = ClinicReader.read(clinic("name: Riverside\nphone:\n"));

    assertThat(clinic.phone()).isEmpty();
    assertThat(clinic.logo()).isEqualTo(Optional.empty());
    assertThat(clinic.settings()).containsOnlyKeys("clinicName");
  }

  @Test
  void aYamlSyntaxErrorInTheClinicFileIsPlacedWhereToEdit() throws IOException {
    Path file = clinic("name: \"Riverside\nphone: 0123\n");
    assertThat(ClinicReader.parse(file).problems()).extracting(Problem::toString).containsExactly(
        file + ":1:7: error: the clinic file is not valid YAML: the text in double quotes that starts here is never"
            + " closed (end the text with \" on its line; to write \" inside it, write \\\")");
    file = clinic("name: Riverside\n\tphone: 0123\n");
    assertThat(ClinicReader.parse(file).problems()).extracting(Problem::toString).containsExactly(
        file + ":2:1: error: the clinic file is not valid YAML: a tab stands here; YAML indents and separates with"
            + " spaces only (replace the tab with spaces)");
  }

  @Test
  void unknownKeyIsAnErrorAtItsPositionSuggestingTheClosest() throws IOException {
    Path file = clinic("name: Riverside\n  \nphnoe: 0123\n");

    ReadResult<ClinicDetails> result = ClinicReader.parse(file);

    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        file + ":3:1: error: unknown key 'phnoe' in the clinic file; did you mean 'phone'? (rename it to 'phone')");
  }

  @Test
  void aListWhereTextBelongsAndAMissingLogoAreErrors() throws IOException {
    Path file = clinic("name:\n  - A\n  - B\nlogo: nowhere.png\n");

    ReadResult<ClinicDetails> result = ClinicReader.parse(file);

    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).extracting(Problem::line).containsExactly(2, 4);
    assertThat(result.problems()).extracting(Problem::code).containsExactly("wrong-type", "no-file");
  }

  @Test
  void aLogoThatIsNotAPngOrJpegIsAnErrorAtItsLineNotLeftToTheRenderer() throws IOException {
    Path file = clinic("name: Riverside\nlogo: logo.png\n");
    Files.writeString(file.resolveSibling("logo.png"), "not an image");
    Files.write(file.resolveSibling("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});

    ReadResult<ClinicDetails> result = ClinicReader.parse(file);

    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p).extracting(Problem::code, Problem::line, Problem::column).containsExactly("image-format", 2, 7);
      assertThat(p.message()).startsWith("the logo 'logo.png' is not a PNG or JPEG image");
    });
    assertThat(ClinicReader.parse(clinic("logo: photo.jpg\n")).problems()).isEmpty();
  }

  @Test
  void aFileThatIsNotAMapIsAnError() throws IOException {
    ReadResult<ClinicDetails> result = ClinicReader.parse(clinic("- name\n"));

    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.isError()).isTrue();
      assertThat(p.message()).contains("map of key: value pairs");
    });
  }
}
