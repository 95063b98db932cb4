package dev.carepress.render.pdf;

import dev.carepress.render.Format;
import dev.carepress.render.Option;
import dev.carepress.render.OptionValues;
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
  static final Option<PageSize> PAGE_SIZE = Option.choice("pageSize", PageSize.class, PageSize.A4, true, "paper size");
  static final Option<Boolean> LARGE_PRINT =
      Option.flag("largePrint", false, "large print: 18 pt body text, the same content reflowed");
  static final Option<String> SITE_URL =
      Option.text("siteUrl", "", "the site or source URL printed in every page's footer");
  static final Option<String> BASE_URL = Option.text("baseUrl", "",
      "the site's address (the command's --base-url); the footer shows it unless siteUrl is set");
  static final Option<String> FONT_REGULAR =
      Option.text("fontRegular", "", "a TrueType/OpenType file for regular text (give all four text faces)");
  static final Option<String> FONT_BOLD = Option.text("fontBold", "", "a font file for bold text");
  static final Option<String> FONT_ITALIC = Option.text("fontItalic", "", "a font file for italic text");
  static final Option<String> FONT_BOLD_ITALIC = Option.text("fontBoldItalic", "", "a font file for bold italic text");
  static final Option<String> FONT_MONO = Option.text("fontMono", "", "a font file for code");
  static final Option<String> FALLBACK_FONTS = Option.text("fallbackFonts", "",
      "font files tried in order for characters the text fonts lack, separated by ','");

  private static final List<Option<?>> OPTIONS = List.of(PAGE_SIZE, LARGE_PRINT, SITE_URL, BASE_URL, FONT_REGULAR,
      FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC, FONT_MONO, FALLBACK_FONTS);

  /** A provider; found by {@link java.util.ServiceLoader}. */
  public PdfRendererProvider() {}

  @Override
  public Format format() {
    return PdfRenderer.FORMAT;
  }

  @Override
  public List<Option<?>> options() {
    return OPTIONS;
  }

  @Override
  public Renderer create(Settings settings) {
    OptionValues v = OptionValues.builder(OPTIONS).apply(PdfRenderer.FORMAT.id(), settings).build();
    PdfOptions.Builder b = PdfOptions.builder()
        .pageSize(v.get(PAGE_SIZE))
        .largePrint(v.get(LARGE_PRINT));
    if (v.isSet(SITE_URL)) {
      b.siteUrl(v.get(SITE_URL));
    } else if (v.isSet(BASE_URL)) {
      b.siteUrl(v.get(BASE_URL));
    }
    List<Option<String>> faces = List.of(FONT_REGULAR, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC);
    long given = faces.stream().filter(v::isSet).count();
    if (given > 0 && given < 4) {
      throw new SettingsException("settings fontRegular, fontBold, fontItalic and fontBoldItalic go together: give all"
          + " four font files, or none for the bundled Noto Sans");
    }
    if (given == 4) {
      b.textFonts(font(v, FONT_REGULAR), font(v, FONT_BOLD), font(v, FONT_ITALIC), font(v, FONT_BOLD_ITALIC));
    }
    if (v.isSet(FONT_MONO)) {
      b.monoFont(font(v, FONT_MONO));
    }
    List<PdfFont> fallbacks = new ArrayList<>();
    for (String path : v.get(FALLBACK_FONTS).split(",")) {
      if (!path.isBlank()) {
        fallbacks.add(file("fallbackFonts", path.strip()));
      }
    }
    b.fallbackFonts(fallbacks);
    return PdfRenderer.create(b.build());
  }

  private static PdfFont font(OptionValues values, Option<String> option) {
    return file(option.key(), values.get(option));
  }

  private static PdfFont file(String key, String path) {
    try {
      return PdfFont.file(Path.of(path));
    } catch (UncheckedIOException | java.nio.file.InvalidPathException e) {
      throw new SettingsException("setting '" + key + "': cannot read the font file '" + path + "'");
    }
  }
}
