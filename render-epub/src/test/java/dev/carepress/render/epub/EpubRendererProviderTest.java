package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code epub} format is found by ServiceLoader and maps string settings to typed options. */
class EpubRendererProviderTest {
  @TempDir Path dir;

  @Test
  void epubIsDiscovered() {
    Renderer renderer = Renderers.discover().require("epub");
    assertThat(renderer).isInstanceOf(EpubRenderer.class);
    assertThat(renderer.format().extension()).isEqualTo("epub");
    assertThat(renderer.format().mediaType()).isEqualTo("application/epub+zip");
    assertThat(((EpubRenderer) renderer).options()).isEqualTo(EpubOptions.defaults());
  }

  @Test
  void settingsBecomeTypedOptions() throws Exception {
    Path css = Files.writeString(dir.resolve("extra.css"), "body { margin: 1em; }");
    Settings settings = Settings.of(Map.of(
        "tocDepth", "1", "ncx", "false", "titlePage", "no", "modified", "2025-03-01", "compressionLevel", "9",
        "stylesheet", css.toString()));
    EpubRenderer renderer = (EpubRenderer) Renderers.discover().require("epub", settings);
    assertThat(renderer.options()).isEqualTo(EpubOptions.builder()
        .tocDepth(1).ncx(false).titlePage(false).modified(Instant.parse("2025-03-01T00:00:00Z")).compressionLevel(9)
        .extraStylesheet("body { margin: 1em; }").build());
  }

  @Test
  void everyOptionHasADescriptionAndDefault() {
    RendererProvider provider = Renderers.discover().requireProvider("epub");
    assertThat(provider.options()).extracting(o -> o.key())
        .containsExactly("tocDepth", "ncx", "titlePage", "modified", "compressionLevel", "stylesheet");
    assertThat(provider.options()).allSatisfy(o -> assertThat(o.description()).isNotBlank());
  }

  @Test
  void unknownKeyIsRejectedWithASuggestion() {
    assertThatThrownBy(() -> Renderers.discover().require("epub", Settings.of(Map.of("tocdepth", "1"))))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("unknown setting 'tocdepth'").hasMessageContaining("tocDepth");
  }

  @Test
  void badValuesNameTheKeyAndValue() {
    RendererProvider provider = new EpubRendererProvider();
    assertThatThrownBy(() -> provider.create(Settings.of(Map.of("tocDepth", "9"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("tocDepth").hasMessageContaining("9");
    assertThatThrownBy(() -> provider.create(Settings.of(Map.of("modified", "yesterday"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("'yesterday'");
    assertThatThrownBy(() -> provider.create(Settings.of(Map.of("stylesheet", dir.resolve("none.css").toString()))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("none.css");
    assertThatThrownBy(() -> provider.create(Settings.of(Map.of("ncx", "maybe"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("'ncx'");
  }

  @Test
  void builderRejectsOutOfRangeValuesAndUnknownLabels() {
    assertThatThrownBy(() -> EpubOptions.builder().tocDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpubOptions.builder().compressionLevel(10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpubOptions.builder().label("noSuchLabel", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
