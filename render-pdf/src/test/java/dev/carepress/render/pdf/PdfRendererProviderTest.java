package dev.carepress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.render.Option;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.SettingsException;
import dev.carepress.render.Settings;
import dev.carepress.testing.SampleArticles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfRendererProviderTest {
  private static PdfRenderer pdf(Map<String, String> settings) {
    return (PdfRenderer) Renderers.discover().require("pdf", Settings.of(settings));
  }

  @Test
  void isFoundAsFormatPdf() {
    Renderer pdf = Renderers.discover().require("pdf");
    assertThat(pdf).isInstanceOf(PdfRenderer.class);
    assertThat(pdf.format().mediaType()).isEqualTo("application/pdf");
    assertThat(pdf.format().extension()).isEqualTo("pdf");
  }

  @Test
  void theProviderListsTheRenderersDeclaredOptionsAndNothingElse() {
    RendererProvider provider = new PdfRendererProvider();
    assertThat(provider.options()).isSameAs(PdfRenderer.OPTIONS);
    assertThat(provider.options()).extracting(Option::key).containsExactly("pageSize", "largePrint", "siteUrl",
        "baseUrl", "fontRegular", "fontBold", "fontItalic", "fontBoldItalic", "fontMono", "fallbackFonts", "qrCode",
        "clinicName", "clinicPhone", "clinicAddress", "clinicWeb", "clinicCallUs", "clinicLogo", "calendar", "labels");
    assertThat(PdfRenderer.PAGE_SIZE.values()).containsExactly("A4", "LETTER");
    assertThat(PdfRenderer.PAGE_SIZE.defaultText()).isEqualTo("A4");
    assertThat(PdfRenderer.LABELS.isPrefixed()).isTrue();
  }

  @Test
  void settingsAndTheTypedBuilderMakeEqualOptions() {
    PdfRenderer fromSettings = pdf(Map.of("pageSize", "letter", "largePrint", "yes",
        "siteUrl", "https://health.example.org", "labels.keyPoints", "At a glance"));
    PdfRenderer typed = PdfRenderer.builder().pageSize(PageSize.LETTER).largePrint(true)
        .siteUrl("https://health.example.org").label("keyPoints", "At a glance").build();
    assertThat(fromSettings.options()).isEqualTo(typed.options());
    assertThat(typed.options().pageSize()).isEqualTo(PageSize.LETTER);
    assertThat(typed.options().labels()).containsExactly(Map.entry("keyPoints", "At a glance"));
  }

  @Test
  void createIsTheBuilderWithItsDefaults() {
    PdfOptions options = PdfRenderer.create().options();
    assertThat(options).isEqualTo(PdfRenderer.builder().build().options());
    assertThat(options.pageSize()).isEqualTo(PageSize.A4);
    assertThat(options.largePrint()).isFalse();
    assertThat(options.footerUrl()).isEmpty();
    assertThat(options.regularFont()).isEmpty();
    assertThat(options.fallbackFonts()).isEmpty();
    assertThat(options.labels()).isEmpty();
  }

  @Test
  void toBuilderChangesACopyAndKeepsTheRest() {
    PdfRenderer letter = PdfRenderer.builder().pageSize(PageSize.LETTER).build();
    PdfRenderer large = letter.toBuilder().largePrint(true).build();
    assertThat(large.options().pageSize()).isEqualTo(PageSize.LETTER);
    assertThat(large.options().largePrint()).isTrue();
    assertThat(letter.options().largePrint()).isFalse();
  }

  @Test
  void theSitesBaseUrlIsTheFooterUrlUnlessASiteUrlIsGiven() {
    assertThat(pdf(Map.of("baseUrl", "https://a.example")).options().footerUrl()).contains("https://a.example");
    assertThat(pdf(Map.of("baseUrl", "https://a.example", "siteUrl", "https://b.example/handouts")).options()
        .footerUrl()).contains("https://b.example/handouts");
    // an empty site URL keeps the base URL out of the footer
    assertThat(pdf(Map.of("baseUrl", "https://a.example", "siteUrl", "")).options().footerUrl()).isEmpty();
    assertThat(PdfRenderer.builder().baseUrl("https://a.example").siteUrl(" ").build().options().footerUrl())
        .isEmpty();
  }

  @Test
  void unknownSettingIsRejectedWithTheKnownOnes() {
    assertThatThrownBy(() -> pdf(Map.of("pagesize", "A4")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("pagesize")
        .hasMessageContaining("pageSize")
        .hasMessageContaining("labels.KEY");
  }

  @Test
  void badValuesAndMissingFontFilesNameTheSetting() {
    assertThatThrownBy(() -> pdf(Map.of("pageSize", "A3")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("pageSize").hasMessageContaining("A3");
    assertThatThrownBy(() -> pdf(Map.of("fallbackFonts", "/no/such.ttf")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("setting 'fallbackFonts': cannot read the font file '/no/such.ttf'");
    assertThatThrownBy(() -> pdf(Map.of("fontMono", "/no/such.ttf")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("fontMono").hasMessageContaining("/no/such.ttf");
    String font = Path.of("src/main/resources/dev/carepress/render/pdf/fonts/NotoSans-Bold.ttf").toString();
    assertThatThrownBy(() -> pdf(Map.of("fontBold", font)))
        .isInstanceOf(SettingsException.class).hasMessageContaining("all four");
  }

  @Test
  void unknownLabelKeysAreRejectedWithTheClosestKey() {
    assertThatThrownBy(() -> pdf(Map.of("labels.keyPoint", "At a glance")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("labels.keyPoint")
        .hasMessageContaining("did you mean 'keyPoints'?");
    assertThatThrownBy(() -> PdfRenderer.builder().label("keyPoint", "At a glance"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keyPoint");
  }

  @Test
  void usageExampleFromTheJavadocRuns() throws Exception {
    PdfRenderer pdf = PdfRenderer.builder().pageSize(PageSize.LETTER).largePrint(true).build();
    byte[] bytes = pdf.renderToBytes(SampleArticles.spanish());
    assertThat(new String(bytes, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.");
    assertThat(Pdfs.text(bytes)).contains("Lavarse las manos").contains("Página 1 de");
  }
}
