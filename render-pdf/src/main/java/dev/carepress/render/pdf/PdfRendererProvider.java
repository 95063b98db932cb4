package dev.carepress.render.pdf;

import dev.carepress.render.OptionInfo;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code pdf} format for {@link dev.carepress.render.Renderers}: turns string settings into
 * {@link PdfOptions}.
 *
 * <pre>{@code
 * Renderer pdf = Renderers.discover().require("pdf", Settings.of(Map.of("pageSize", "LETTER", "largePrint", "true")));
 * }</pre>
 */
public final class PdfRendererProvider implements RendererProvider {
  /** The format id, {@code pdf}. */
  public static final String FORMAT_ID = "pdf";

  private static final List<OptionInfo> OPTIONS = List.of(
      new OptionInfo("pageSize", "paper size", "A4", List.of("A4", "LETTER")),
      new OptionInfo("largePrint", "large print: 18 pt body text, the same content reflowed", "false",
          List.of("true", "false")),
      OptionInfo.of("siteUrl", "the site or source URL printed in every page's footer", ""),
      OptionInfo.of("baseUrl", "the site's address (the command's --base-url); the footer shows it unless siteUrl is set",
          ""),
      OptionInfo.of("fontRegular", "a TrueType/OpenType file for regular text (give all four text faces)", ""),
      OptionInfo.of("fontBold", "a font file for bold text", ""),
      OptionInfo.of("fontItalic", "a font file for italic text", ""),
      OptionInfo.of("fontBoldItalic", "a font file for bold italic text", ""),
      OptionInfo.of("fontMono", "a font file for code", ""),
      OptionInfo.of("fallbackFonts", "font files tried in order for characters the text fonts lack, separated by ','",
          ""));

  /** A provider; found by {@link java.util.ServiceLoader}. */
  public PdfRendererProvider() {}

  @Override
  public String formatId() {
    return FORMAT_ID;
  }

  @Override
  public String fileExtension() {
    return "pdf";
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public String description() {
    return "printable patient handouts and booklets (tagged PDF/UA-1, PDF/A-2a)";
  }

  @Override
  public List<OptionInfo> options() {
    return OPTIONS;
  }

  @Override
  public Renderer create(Settings settings) {
    settings.requireKnown(FORMAT_ID, OPTIONS);
    PdfOptions.Builder b = PdfOptions.builder()
        .pageSize(settings.enumValue("pageSize", PageSize.class, PageSize.A4))
        .largePrint(settings.bool("largePrint", false));
    settings.get("siteUrl").or(() -> settings.get("baseUrl")).ifPresent(b::siteUrl);
    List<String> faces = List.of("fontRegular", "fontBold", "fontItalic", "fontBoldItalic");
    long given = faces.stream().filter(k -> settings.get(k).isPresent()).count();
    if (given > 0 && given < 4) {
      throw new SettingsException("settings fontRegular, fontBold, fontItalic and fontBoldItalic go together: give all"
          + " four font files, or none for the bundled Noto Sans");
    }
    if (given == 4) {
      b.textFonts(font(settings, "fontRegular"), font(settings, "fontBold"), font(settings, "fontItalic"),
          font(settings, "fontBoldItalic"));
    }
    if (settings.get("fontMono").isPresent()) {
      b.monoFont(font(settings, "fontMono"));
    }
    List<PdfFont> fallbacks = new ArrayList<>();
    for (String path : settings.get("fallbackFonts").orElse("").split(",")) {
      if (!path.isBlank()) {
        fallbacks.add(file("fallbackFonts", path.strip()));
      }
    }
    b.fallbackFonts(fallbacks);
    return PdfRenderer.create(b.build());
  }

  private static PdfFont font(Settings settings, String key) {
    return file(key, settings.get(key).orElseThrow().strip());
  }

  private static PdfFont file(String key, String path) {
    try {
      return PdfFont.file(Path.of(path));
    } catch (UncheckedIOException | java.nio.file.InvalidPathException e) {
      throw new SettingsException("setting '" + key + "': cannot read the font file '" + path + "'");
    }
  }
}
