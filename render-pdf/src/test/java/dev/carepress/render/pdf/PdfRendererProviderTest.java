package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.render.Renderer;
import dev.carepress.render.Renderers;
import dev.carepress.render.SettingsException;
import dev.carepress.render.Settings;
import dev.carepress.testing.SampleArticles;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfRendererProviderTest {
  @Test
  void isFoundAsFormatPdf() {
    Renderer pdf = Renderers.discover().require("pdf");
    assertThat(pdf).isInstanceOf(PdfRenderer.class);
    assertThat(pdf.format().mediaType()).isEqualTo("application/pdf");
    assertThat(pdf.format().extension()).isEqualTo("pdf");
  }

  @Test
  void settingsBecomeTypedOptions() {
    PdfRenderer pdf = (PdfRenderer) Renderers.discover().require("pdf",
        Settings.of(Map.of("pageSize", "letter", "largePrint", "yes", "siteUrl", "https://health.example.org")));
    assertThat(pdf.options()).isEqualTo(PdfOptions.builder().pageSize(PageSize.LETTER).largePrint(true)
        .siteUrl("https://health.example.org").build());
  }

  @Test
  void theSitesBaseUrlIsTheFooterUrlUnlessASiteUrlIsGiven() {
    Renderers renderers = Renderers.discover();
    PdfRenderer fromBase = (PdfRenderer) renderers.require("pdf", Settings.of(Map.of("baseUrl", "https://a.example")));
    assertThat(fromBase.options().siteUrl()).contains("https://a.example");
    PdfRenderer both = (PdfRenderer) renderers.require("pdf",
        Settings.of(Map.of("baseUrl", "https://a.example", "siteUrl", "https://b.example/handouts")));
    assertThat(both.options().siteUrl()).contains("https://b.example/handouts");
  }

  @Test
  void unknownSettingIsRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> Renderers.discover().require("pdf", Settings.of(Map.of("pagesize", "A4"))))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("pagesize")
        .hasMessageContaining("pageSize");
  }

  @Test
  void badValuesAndMissingFontFilesNameTheSetting() {
    assertThatThrownBy(() -> Renderers.discover().require("pdf", Settings.of(Map.of("pageSize", "A3"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("pageSize").hasMessageContaining("A3");
    assertThatThrownBy(() -> Renderers.discover().require("pdf", Settings.of(Map.of("fallbackFonts", "/no/such.ttf"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("fallbackFonts").hasMessageContaining("/no/such.ttf");
    assertThatThrownBy(() -> Renderers.discover().require("pdf", Settings.of(Map.of("fontBold", "/x.ttf"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("all four");
  }

  @Test
  void usageExampleFromTheJavadocRuns() throws Exception {
    PdfRenderer pdf = PdfRenderer.create(PdfOptions.builder().pageSize(PageSize.LETTER).build());
    byte[] bytes = pdf.renderToBytes(SampleArticles.spanish());
    assertThat(new String(bytes, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.");
    assertThat(Pdfs.text(bytes)).contains("Lavarse las manos").contains("Página 1 de");
  }
}
