package dev.carepress.render.html.internal;

import dev.carepress.render.Option;
import dev.carepress.render.html.CssMode;
import dev.carepress.render.html.HtmlMode;
import java.util.List;

/**
 * The declarations of the HTML renderer's own settings: key, type, default, description and text
 * form, each stated once here. {@link dev.carepress.render.html.HtmlRenderer} publishes them as its
 * constants (and adds the clinic's, the article settings and the label overrides).
 */
public final class HtmlOptions {
  /** Whole pages or only the {@code <article>}; default {@link HtmlMode#PAGE}. */
  public static final Option<HtmlMode> MODE =
      Option.choice("mode", HtmlMode.class, HtmlMode.PAGE, "a whole page, or only the <article> for embedding");
  /** The absolute http(s) URL the pages are published under; default none ({@code ""}). */
  public static final Option<String> BASE_URL = Option.of("baseUrl", "absolute http(s) URL", "",
      "absolute URL the pages are published under; adds canonical and Open Graph tags",
      SettingRules::baseUrlText, url -> url);
  /** The site's name; default none ({@code ""}). */
  public static final Option<String> SITE_NAME =
      Option.text("siteName", "", "the site's name, in the page header, footer and title");
  /** How a standalone page gets its stylesheet; default {@link CssMode#EMBED}. */
  public static final Option<CssMode> CSS_MODE = Option.choice("stylesheet", CssMode.class, CssMode.EMBED,
      "embed the stylesheet in each page, or link one file beside it");
  /** Whether Carepress's default stylesheet is used; default {@code true}. */
  public static final Option<Boolean> DEFAULT_STYLESHEET =
      Option.flag("defaultStylesheet", true, "use Carepress's default stylesheet");
  /** A CSS file whose rules are added after the default stylesheet; default none ({@code ""}). */
  public static final Option<String> STYLESHEET_FILE =
      Option.text("css", "", "a CSS file whose rules are added after the default stylesheet");
  /** Extra stylesheets every page links to; default none. */
  public static final Option<List<String>> STYLESHEET_LINKS = Option.of("stylesheetLink", "URLs", List.of(),
      "extra stylesheets every page links to (relative or http(s) URLs, separated by spaces)",
      SettingRules::stylesheetLinks, links -> String.join(" ", links));
  /** The file name of the linked stylesheet; default {@code carepress.css}. */
  public static final Option<String> STYLESHEET_NAME = Option.of("stylesheetName", "file name", "carepress.css",
      "the file name of the linked stylesheet", SettingRules::stylesheetName, name -> name);
  /** Whether each page carries a {@code <meta>} Content-Security-Policy; default {@code true}. */
  public static final Option<Boolean> CONTENT_SECURITY_POLICY =
      Option.flag("csp", true, "a <meta> Content-Security-Policy in each page");

  private HtmlOptions() {}
}
