package dev.carepress.render.epub;

import dev.carepress.render.OptionInfo;
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
  private static final List<OptionInfo> OPTIONS = List.of(
      new OptionInfo("tocDepth", "levels in the table of contents: 1 articles, 2 and their sections, up to 6", "2",
          List.of("1", "2", "3", "4", "5", "6")),
      new OptionInfo("ncx", "add an EPUB 2 toc.ncx for older reading systems", "true", List.of("true", "false")),
      new OptionInfo("titlePage", "give a book a generated title page", "true", List.of("true", "false")),
      OptionInfo.of("modified",
          "dcterms:modified as 2025-03-01T12:00:00Z or 2025-03-01 (default: the latest date of the articles)", ""),
      new OptionInfo("compressionLevel", "deflate level, 0 (stored) to 9 (smallest)", "6",
          List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
      OptionInfo.of("stylesheet", "a CSS file whose rules are added after the built-in stylesheet", ""));

  /** Made by {@link java.util.ServiceLoader}. */
  public EpubRendererProvider() {}

  @Override
  public String formatId() {
    return "epub";
  }

  @Override
  public String fileExtension() {
    return "epub";
  }

  @Override
  public String mediaType() {
    return "application/epub+zip";
  }

  @Override
  public String description() {
    return "EPUB 3 e-books with navigation and accessibility metadata (EPUBCheck-clean)";
  }

  @Override
  public List<OptionInfo> options() {
    return OPTIONS;
  }

  @Override
  public Renderer create(Settings settings) {
    settings.requireKnown(formatId(), OPTIONS);
    EpubOptions.Builder options = EpubOptions.builder();
    int depth = settings.integer("tocDepth", 2);
    if (depth < 1 || depth > 6) {
      throw new SettingsException("setting 'tocDepth' must be 1 to 6, not '" + depth + "'");
    }
    options.tocDepth(depth);
    options.ncx(settings.bool("ncx", true));
    options.titlePage(settings.bool("titlePage", true));
    int level = settings.integer("compressionLevel", 6);
    if (level < 0 || level > 9) {
      throw new SettingsException("setting 'compressionLevel' must be 0 to 9, not '" + level + "'");
    }
    options.compressionLevel(level);
    settings.get("modified").ifPresent(v -> options.modified(instant(v)));
    settings.get("stylesheet").ifPresent(v -> options.extraStylesheet(css(v)));
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
