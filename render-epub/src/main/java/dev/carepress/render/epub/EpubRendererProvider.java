package dev.carepress.render.epub;

import dev.carepress.render.Format;
import dev.carepress.render.Option;
import dev.carepress.render.OptionValues;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The {@code epub} format for {@link dev.carepress.render.Renderers}: turns string settings into
 * {@link EpubOptions}. Listed in {@code META-INF/services/dev.carepress.render.RendererProvider}.
 */
public final class EpubRendererProvider implements RendererProvider {
  static final Option<Integer> TOC_DEPTH = Option.integer("tocDepth", 2, 1, 6,
      "levels in the table of contents: 1 articles, 2 and their sections, up to 6");
  static final Option<Boolean> NCX = Option.flag("ncx", true, "add an EPUB 2 toc.ncx for older reading systems");
  static final Option<Boolean> TITLE_PAGE = Option.flag("titlePage", true, "give a book a generated title page");
  static final Option<String> MODIFIED = Option.text("modified", "",
      "dcterms:modified as 2025-03-01T12:00:00Z or 2025-03-01 (default: the latest date of the articles)");
  static final Option<Integer> COMPRESSION_LEVEL =
      Option.integer("compressionLevel", 6, 0, 9, "deflate level, 0 (stored) to 9 (smallest)");
  static final Option<String> STYLESHEET =
      Option.text("stylesheet", "", "a CSS file whose rules are added after the built-in stylesheet");

  private static final List<Option<?>> OPTIONS =
      List.of(TOC_DEPTH, NCX, TITLE_PAGE, MODIFIED, COMPRESSION_LEVEL, STYLESHEET);

  /** Made by {@link java.util.ServiceLoader}. */
  public EpubRendererProvider() {}

  @Override
  public Format format() {
    return EpubRenderer.FORMAT;
  }

  @Override
  public List<Option<?>> options() {
    return OPTIONS;
  }

  @Override
  public Renderer create(Settings settings) {
    OptionValues v = OptionValues.builder(OPTIONS).apply(EpubRenderer.FORMAT.id(), settings).build();
    EpubOptions.Builder options = EpubOptions.builder();
    options.tocDepth(v.get(TOC_DEPTH));
    options.ncx(v.get(NCX));
    options.titlePage(v.get(TITLE_PAGE));
    options.compressionLevel(v.get(COMPRESSION_LEVEL));
    if (v.isSet(MODIFIED)) {
      options.modified(instant(v.get(MODIFIED)));
    }
    if (v.isSet(STYLESHEET)) {
      options.extraStylesheet(css(v.get(STYLESHEET)));
    }
    return EpubRenderer.create(options.build());
  }

  private static Instant instant(String value) {
    try {
      return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new SettingsException(
          "setting 'modified' must be a UTC time such as 2025-03-01T12:00:00Z or a date such as 2025-03-01, not '"
              + value + "'");
    }
  }

  private static String css(String value) {
    try {
      return Files.readString(Path.of(value), StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      throw new SettingsException("setting 'stylesheet': cannot read the CSS file '" + value + "' (" + e.getMessage() + ")");
    }
  }
}
