package dev.carepress.render.html.internal;

import dev.carepress.render.Labels;
import dev.carepress.render.OptionValues;
import dev.carepress.render.RenderContext;
import dev.carepress.render.html.CssMode;
import dev.carepress.render.html.HtmlMode;
import dev.carepress.render.html.HtmlRenderer;
import dev.carepress.render.html.PageShell;
import dev.carepress.render.html.markup.MarkupOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One HTML renderer's options, resolved once into what its page writers need: the values read
 * out, the stylesheet combined and hashed, the article settings passed on as {@link
 * MarkupOptions}. Immutable and thread-safe (the labels are made once per language and shared).
 */
public final class HtmlConfig {
  private final HtmlMode mode;
  private final Optional<String> baseUrl;
  private final Optional<String> siteName;
  private final CssMode cssMode;
  private final String stylesheetName;
  private final List<String> stylesheetLinks;
  private final boolean contentSecurityPolicy;
  private final PageShell shell;
  private final String css;
  // made on the first page that embeds the stylesheet: a site links it, and the JDK's SHA-256 set-up
  // costs some 15-20 ms of a cold start (a race computes the same text twice, harmlessly)
  private volatile String cssHash;
  private final byte[] cssBytes;
  private final Map<String, String> labelOverrides;
  private final String calendar;
  private final Map<String, Labels> labels = new ConcurrentHashMap<>();
  private final MarkupOptions markup;
  private final Optional<JsonLd.Publisher> publisher;
  private final Optional<ClinicBlock> clinic;

  /**
   * @param values the renderer's option values
   * @param shell the page shell
   * @param stylesheets the CSS added after the default stylesheet (if that is wanted), in order
   */
  public HtmlConfig(OptionValues values, PageShell shell, List<String> stylesheets) {
    mode = values.get(HtmlRenderer.MODE);
    baseUrl = Optional.of(values.get(HtmlRenderer.BASE_URL)).filter(s -> !s.isEmpty());
    siteName = Optional.of(values.get(HtmlRenderer.SITE_NAME)).filter(s -> !s.isBlank());
    cssMode = values.get(HtmlRenderer.CSS_MODE);
    stylesheetName = values.get(HtmlRenderer.STYLESHEET_NAME);
    stylesheetLinks = values.get(HtmlRenderer.STYLESHEET_LINKS);
    contentSecurityPolicy = values.get(HtmlRenderer.CONTENT_SECURITY_POLICY);
    this.shell = shell;
    clinic = ClinicBlock.of(values);
    css = Stylesheet.combine(values.get(HtmlRenderer.DEFAULT_STYLESHEET), clinic.isPresent(), stylesheets);
    cssBytes = css.getBytes(StandardCharsets.UTF_8);
    labelOverrides = values.get(Labels.OVERRIDES);
    calendar = values.get(Labels.CALENDAR);
    markup = MarkupOptions.builder().settings(values).build();
    publisher = JsonLd.Publisher.of(values.get(HtmlRenderer.CLINIC_NAME), values.get(HtmlRenderer.CLINIC_PHONE),
        values.get(HtmlRenderer.CLINIC_ADDRESS), values.get(HtmlRenderer.CLINIC_WEB));
  }

  /** The clinic's details shown after each article, if any is set. */
  Optional<ClinicBlock> clinic() {
    return clinic;
  }

  /** The clinic publishing the pages, if it has a name. */
  public Optional<JsonLd.Publisher> publisher() {
    return publisher;
  }

  /** Whole pages or fragments. */
  public HtmlMode mode() {
    return mode;
  }

  /** The absolute URL pages are published under, ending in {@code /}. */
  public Optional<String> baseUrl() {
    return baseUrl;
  }

  /** The site's name, if set. */
  public Optional<String> siteName() {
    return siteName;
  }

  /** How a standalone page gets its stylesheet. */
  public CssMode cssMode() {
    return cssMode;
  }

  /** The file name of the linked stylesheet. */
  public String stylesheetName() {
    return stylesheetName;
  }

  /** Extra stylesheets every page links to. */
  List<String> stylesheetLinks() {
    return stylesheetLinks;
  }

  /** Whether pages carry a {@code <meta>} Content-Security-Policy. */
  boolean contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  /** The page shell. */
  PageShell shell() {
    return shell;
  }

  /** The page stylesheet. */
  public String css() {
    return css;
  }

  /** The page stylesheet as UTF-8, encoded once. */
  public byte[] cssBytes() {
    return cssBytes;
  }

  /** The labels for a language, with the calendar setting and the overrides. */
  public Labels labels(String languageTag) {
    return labels.computeIfAbsent(languageTag, tag -> Labels.forRendering(tag, calendar, labelOverrides));
  }

  /** Markup options with the renderer's article settings and the context's warnings. */
  public MarkupOptions.Builder markup(RenderContext context) {
    return markup.toBuilder().warnings(context.warnings());
  }

  /** How a page gets its stylesheet: linked as the given href (in a site), else per the options. */
  public PageWriter.Css css(Optional<String> siteHref) {
    if (siteHref.isPresent()) {
      return new PageWriter.Css(Optional.empty(), siteHref, "");
    }
    if (cssMode == CssMode.LINK) {
      return new PageWriter.Css(Optional.empty(), Optional.of(stylesheetName), "");
    }
    String hash = cssHash;
    if (hash == null) {
      hash = Stylesheet.cspHash(css);
      cssHash = hash;
    }
    return new PageWriter.Css(css.isEmpty() ? Optional.empty() : Optional.of(css), Optional.empty(), hash);
  }
}
