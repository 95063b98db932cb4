package dev.carepress.render.html;

import dev.carepress.render.OptionInfo;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code html} format for {@link dev.carepress.render.Renderers}: turns string settings (from
 * the command line or a configuration file) into {@link HtmlOptions}.
 *
 * <pre>{@code
 * Renderer html = Renderers.discover().require("html",
 *     Settings.of(Map.of("baseUrl", "https://health.example.org/", "mode", "fragment")));
 * }</pre>
 */
public final class HtmlRendererProvider implements RendererProvider {
  private static final List<OptionInfo> OPTIONS = List.of(
      new OptionInfo("mode", "a whole page, or only the <article> for embedding", "page", List.of("page", "fragment")),
      OptionInfo.of("baseUrl", "absolute URL the pages are published under; adds canonical and Open Graph tags", ""),
      OptionInfo.of("siteName", "the site's name, in the page header, footer and title", ""),
      new OptionInfo("stylesheet", "embed the stylesheet in each page, or link one file beside it", "embed",
          List.of("embed", "link")),
      new OptionInfo("defaultStylesheet", "use Carepress's default stylesheet", "true", List.of("true", "false")),
      OptionInfo.of("css", "a CSS file whose rules are added after the default stylesheet", ""),
      OptionInfo.of("stylesheetLink", "an extra stylesheet every page links to (relative or https URL)", ""),
      new OptionInfo("csp", "a <meta> Content-Security-Policy in each page", "true", List.of("true", "false")),
      OptionInfo.of("toc", "number of sections from which an article gets a table of contents", "3"),
      OptionInfo.of("wordsPerMinute", "reading speed for the estimated reading time", "200"));

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public HtmlRendererProvider() {}

  @Override
  public String formatId() {
    return HtmlRenderer.FORMAT_ID;
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html";
  }

  @Override
  public String description() {
    return "accessible HTML5 pages, page fragments and static sites";
  }

  @Override
  public List<OptionInfo> options() {
    return OPTIONS;
  }

  @Override
  public Renderer create(Settings settings) {
    settings.requireKnown(formatId(), OPTIONS);
    HtmlOptions.Builder b = HtmlOptions.builder();
    b.mode(settings.enumValue("mode", HtmlMode.class, HtmlMode.PAGE));
    b.cssMode(settings.get("stylesheet").map(v -> {
      switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "embed": return CssMode.EMBED;
        case "link": return CssMode.LINK;
        default: throw new SettingsException("setting 'stylesheet' must be embed or link, not '" + v + "'");
      }
    }).orElse(CssMode.EMBED));
    b.defaultStylesheet(settings.bool("defaultStylesheet", true));
    b.contentSecurityPolicy(settings.bool("csp", true));
    settings.get("baseUrl").filter(v -> !v.isBlank()).ifPresent(v -> apply("baseUrl", v, () -> b.baseUrl(v)));
    settings.get("siteName").ifPresent(b::siteName);
    settings.get("stylesheetLink").filter(v -> !v.isBlank())
        .ifPresent(v -> apply("stylesheetLink", v, () -> b.addStylesheetLink(v)));
    settings.get("css").filter(v -> !v.isBlank()).ifPresent(v -> {
      String css;
      try {
        css = Files.readString(Path.of(v), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        throw new SettingsException("setting 'css': cannot read the file '" + v + "' (" + e.getMessage() + ")");
      }
      apply("css", v, () -> b.addStylesheet(css));
    });
    int toc = settings.integer("toc", 3);
    apply("toc", String.valueOf(toc), () -> b.tableOfContentsMinimum(toc));
    int wpm = settings.integer("wordsPerMinute", 200);
    apply("wordsPerMinute", String.valueOf(wpm), () -> b.wordsPerMinute(wpm));
    return HtmlRenderer.create(b.build());
  }

  private static void apply(String key, String value, Runnable action) {
    try {
      action.run();
    } catch (IllegalArgumentException e) {
      throw new SettingsException("setting '" + key + "' cannot be '" + value + "': " + e.getMessage());
    }
  }
}
