package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import dev.carepress.testing.SampleArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
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
    assertThat(((EpubRenderer) renderer).options()).isEqualTo(EpubRenderer.create().options());
  }

  @Test
  void everySettingAndItsBuilderMethodSetTheSameDeclaredOption() throws Exception {
    Path css = Files.writeString(dir.resolve("extra.css"), "body { margin: 1em; }");
    Map<String, String> text = new TreeMap<>(Map.of(
        "tocDepth", "1", "ncx", "false", "titlePage", "false", "modified", "2025-03-01T00:00:00Z",
        "compressionLevel", "9", "stylesheet", css.toString(), "embedFonts", "true", "labels.keyPoints", "At a glance"));
    text.putAll(Map.of("clinicName", "Riverside", "clinicPhone", "0123", "clinicAddress", "1 River St",
        "clinicWeb", "riverside.example", "calendar", "gregorian"));
    EpubRenderer fromText = (EpubRenderer) Renderers.discover().require("epub", Settings.of(text));
    EpubRenderer typed = EpubRenderer.builder()
        .tocDepth(1).ncx(false).titlePage(false).modified(Instant.parse("2025-03-01T00:00:00Z")).compressionLevel(9)
        .stylesheetFile(css).embedFonts(true).labels(Map.of("keyPoints", "At a glance"))
        .clinic("Riverside", "0123", "1 River St", "riverside.example").calendar("gregorian").build();

    assertThat(EpubRenderer.OPTIONS).as("every declared setting is set here")
        .extracting(o -> o.isPrefixed() ? o.key() + ".keyPoints" : o.key())
        .containsExactlyInAnyOrderElementsOf(text.keySet());
    assertThat(fromText.options()).isEqualTo(typed.options());
    assertThat(typed.options().toSettings().asMap()).isEqualTo(text);
    byte[] epub = Epubs.article(fromText, SampleArticles.everything(), RenderContext.defaults());
    assertThat(Epubs.text(epub, "EPUB/css/carepress.css")).endsWith("body { margin: 1em; }\n");
    assertThat(epub).isEqualTo(Epubs.article(typed, SampleArticles.everything(), RenderContext.defaults()));
    assertThat(Renderers.discover().require("epub", Settings.of(Map.of("modified", "2025-03-01"))))
        .extracting(r -> ((EpubRenderer) r).options().get(EpubRenderer.MODIFIED))
        .isEqualTo(java.util.Optional.of(Instant.parse("2025-03-01T00:00:00Z")));
  }

  @Test
  void labelOverridesComeFromSettingsLikeEveryOtherOption() {
    EpubRenderer fromSettings = (EpubRenderer) Renderers.discover().require("epub",
        Settings.of(Map.of("labels.keyPoints", "At a glance")));
    EpubRenderer typed = EpubRenderer.builder().labels(Map.of("keyPoints", "At a glance")).build();
    assertThat(fromSettings.options()).isEqualTo(typed.options());
    assertThatThrownBy(() -> Renderers.discover().require("epub", Settings.of(Map.of("labels.keyPoint", "x"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("labels.keyPoint")
        .hasMessageContaining("did you mean 'keyPoints'");
  }

  @Test
  void everyOptionHasADescriptionAndDefault() {
    RendererProvider provider = Renderers.discover().requireProvider("epub");
    assertThat(provider.options()).extracting(o -> o.key())
        .containsExactly("tocDepth", "ncx", "titlePage", "modified", "compressionLevel", "stylesheet", "embedFonts",
            "clinicName", "clinicPhone", "clinicAddress", "clinicWeb", "calendar", "labels");
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
        .isInstanceOf(SettingsException.class).hasMessage("setting 'modified' must be a UTC time such as"
            + " 2025-03-01T12:00:00Z or a date such as 2025-03-01, not 'yesterday'");
    assertThatThrownBy(() -> provider.create(Settings.of(Map.of("stylesheet", dir.resolve("none.css").toString()))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("none.css");
    assertThatThrownBy(() -> provider.create(Settings.of(Map.of("ncx", "maybe"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("'ncx'");
  }

  @Test
  void builderRejectsOutOfRangeValuesAndUnknownLabels() {
    assertThatThrownBy(() -> EpubRenderer.builder().tocDepth(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tocDepth must be from 1 to 6, not 0");
    assertThatThrownBy(() -> EpubRenderer.builder().compressionLevel(10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpubRenderer.builder().labels(Map.of("noSuchLabel", "x")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("labels.noSuchLabel");
  }
}
