package dev.carepress.render.html;

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
  static final Option<HtmlMode> MODE =
      Option.choice("mode", HtmlMode.class, HtmlMode.PAGE, "a whole page, or only the <article> for embedding");
  static final Option<String> BASE_URL =
      Option.text("baseUrl", "", "absolute URL the pages are published under; adds canonical and Open Graph tags");
  static final Option<String> SITE_NAME =
      Option.text("siteName", "", "the site's name, in the page header, footer and title");
  static final Option<CssMode> STYLESHEET =
      Option.choice("stylesheet", CssMode.class, CssMode.EMBED, "embed the stylesheet in each page, or link one file beside it");
  static final Option<Boolean> DEFAULT_STYLESHEET =
      Option.flag("defaultStylesheet", true, "use Carepress's default stylesheet");
  static final Option<String> CSS =
      Option.text("css", "", "a CSS file whose rules are added after the default stylesheet");
  static final Option<String> STYLESHEET_LINK =
      Option.text("stylesheetLink", "", "an extra stylesheet every page links to (relative or https URL)");
  static final Option<Boolean> CSP = Option.flag("csp", true, "a <meta> Content-Security-Policy in each page");
  static final Option<Integer> TOC = Option.integer("toc", 3, 1, Integer.MAX_VALUE,
      "number of sections from which an article gets a table of contents");
  static final Option<Integer> WORDS_PER_MINUTE =
      Option.integer("wordsPerMinute", 200, 1, Integer.MAX_VALUE, "reading speed for the estimated reading time");

  private static final List<Option<?>> OPTIONS = List.of(MODE, BASE_URL, SITE_NAME, STYLESHEET, DEFAULT_STYLESHEET,
      CSS, STYLESHEET_LINK, CSP, TOC, WORDS_PER_MINUTE);

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public HtmlRendererProvider() {}

  @Override
  public Format format() {
    return HtmlRenderer.FORMAT;
  }

  @Override
  public List<Option<?>> options() {
    return OPTIONS;
  }

  @Override
  public Renderer create(Settings settings) {
    OptionValues v = OptionValues.builder(OPTIONS).apply(HtmlRenderer.FORMAT.id(), settings).build();
    HtmlOptions.Builder b = HtmlOptions.builder();
    b.mode(v.get(MODE));
    b.cssMode(v.get(STYLESHEET));
    b.defaultStylesheet(v.get(DEFAULT_STYLESHEET));
    b.contentSecurityPolicy(v.get(CSP));
    String baseUrl = v.get(BASE_URL);
    if (!baseUrl.isBlank()) {
      apply("baseUrl", baseUrl, () -> b.baseUrl(baseUrl));
    }
    if (v.isSet(SITE_NAME)) {
      b.siteName(v.get(SITE_NAME));
    }
    String link = v.get(STYLESHEET_LINK);
    if (!link.isBlank()) {
      apply("stylesheetLink", link, () -> b.addStylesheetLink(link));
    }
    String cssFile = v.get(CSS);
    if (!cssFile.isBlank()) {
      String css;
      try {
        css = Files.readString(Path.of(cssFile), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        throw new SettingsException("setting 'css': cannot read the file '" + cssFile + "' (" + e.getMessage() + ")");
      }
      apply("css", cssFile, () -> b.addStylesheet(css));
    }
    b.tableOfContentsMinimum(v.get(TOC));
    b.wordsPerMinute(v.get(WORDS_PER_MINUTE));
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
