package dev.carepress.render.html;

import dev.carepress.render.Labels;
import dev.carepress.text.UrlPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The HTML renderer's options. Immutable and thread-safe.
 *
 * <pre>{@code
 * HtmlOptions options = HtmlOptions.builder()
 *     .baseUrl("https://health.example.org/articles/")
 *     .siteName("Example Health")
 *     .addStylesheet(".cp-title { color: #005eb8; }")
 *     .label("keyPoints", "What you need to know")
 *     .build();
 * }</pre>
 */
public final class HtmlOptions {
  private static final HtmlOptions DEFAULTS = builder().build();

  private final HtmlMode mode;
  private final Optional<String> baseUrl;
  private final Optional<String> siteName;
  private final CssMode cssMode;
  private final boolean defaultStylesheet;
  private final List<String> stylesheets;
  private final List<String> stylesheetLinks;
  private final String stylesheetName;
  private final boolean contentSecurityPolicy;
  private final PageShell shell;
  private final Function<String, Labels> labels;
  private final Map<String, String> labelOverrides;
  private final int tableOfContentsMinimum;
  private final int wordsPerMinute;
  private final boolean sectionLinks;

  private HtmlOptions(Builder b) {
    mode = b.mode;
    baseUrl = b.baseUrl;
    siteName = b.siteName;
    cssMode = b.cssMode;
    defaultStylesheet = b.defaultStylesheet;
    stylesheets = List.copyOf(b.stylesheets);
    stylesheetLinks = List.copyOf(b.stylesheetLinks);
    stylesheetName = b.stylesheetName;
    contentSecurityPolicy = b.contentSecurityPolicy;
    shell = b.shell;
    labels = b.labels;
    labelOverrides = Map.copyOf(b.labelOverrides);
    tableOfContentsMinimum = b.tableOfContentsMinimum;
    wordsPerMinute = b.wordsPerMinute;
    sectionLinks = b.sectionLinks;
  }

  /** The defaults (see each {@link Builder} method). */
  public static HtmlOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Whole pages or fragments. */
  public HtmlMode mode() {
    return mode;
  }

  /** The absolute URL pages are published under, ending in {@code /}. */
  public Optional<String> baseUrl() {
    return baseUrl;
  }

  /** The site's name. */
  public Optional<String> siteName() {
    return siteName;
  }

  /** How a standalone page gets its stylesheet. */
  public CssMode cssMode() {
    return cssMode;
  }

  /** Whether Carepress's own stylesheet comes first in the page's stylesheet. */
  public boolean defaultStylesheet() {
    return defaultStylesheet;
  }

  /** CSS added after the default stylesheet, in order. */
  public List<String> stylesheets() {
    return stylesheets;
  }

  /** Extra stylesheets linked from every page, in order, after Carepress's own. */
  public List<String> stylesheetLinks() {
    return stylesheetLinks;
  }

  /** The file name of the linked stylesheet. */
  public String stylesheetName() {
    return stylesheetName;
  }

  /** Whether pages carry a {@code <meta>} Content-Security-Policy. */
  public boolean contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  /** The page shell. */
  public PageShell shell() {
    return shell;
  }

  /** The labels for a language, with the overrides applied. */
  public Labels labels(String languageTag) {
    Labels base = labels.apply(languageTag);
    return labelOverrides.isEmpty() ? base : base.with(labelOverrides);
  }

  /** The number of sections from which an article gets a table of contents. */
  public int tableOfContentsMinimum() {
    return tableOfContentsMinimum;
  }

  /** The reading speed for the estimated reading time. */
  public int wordsPerMinute() {
    return wordsPerMinute;
  }

  /** Whether section headings link to their own section. */
  public boolean sectionLinks() {
    return sectionLinks;
  }

  /** Builds {@link HtmlOptions}. Not thread-safe. */
  public static final class Builder {
    private HtmlMode mode = HtmlMode.PAGE;
    private Optional<String> baseUrl = Optional.empty();
    private Optional<String> siteName = Optional.empty();
    private CssMode cssMode = CssMode.EMBED;
    private boolean defaultStylesheet = true;
    private final List<String> stylesheets = new ArrayList<>();
    private final List<String> stylesheetLinks = new ArrayList<>();
    private String stylesheetName = "carepress.css";
    private boolean contentSecurityPolicy = true;
    private PageShell shell = PageShell.standard();
    private Function<String, Labels> labels = Labels::forLanguage;
    private final Map<String, String> labelOverrides = new LinkedHashMap<>();
    private int tableOfContentsMinimum = 3;
    private int wordsPerMinute = 200;
    private boolean sectionLinks = true;

    private Builder() {}

    private Builder(HtmlOptions o) {
      mode = o.mode;
      baseUrl = o.baseUrl;
      siteName = o.siteName;
      cssMode = o.cssMode;
      defaultStylesheet = o.defaultStylesheet;
      stylesheets.addAll(o.stylesheets);
      stylesheetLinks.addAll(o.stylesheetLinks);
      stylesheetName = o.stylesheetName;
      contentSecurityPolicy = o.contentSecurityPolicy;
      shell = o.shell;
      labels = o.labels;
      labelOverrides.putAll(o.labelOverrides);
      tableOfContentsMinimum = o.tableOfContentsMinimum;
      wordsPerMinute = o.wordsPerMinute;
      sectionLinks = o.sectionLinks;
    }

    /** Whole pages or just the {@code <article>}; default {@link HtmlMode#PAGE}. */
    public Builder mode(HtmlMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * The absolute http(s) URL the pages are published under, e.g. {@code
     * https://health.example.org/articles/}; default none. With it, pages get a canonical link,
     * Open Graph tags and absolute URLs in their JSON-LD; an article's URL is the base plus {@code
     * <slug>.html}. A missing final {@code /} is added.
     */
    public Builder baseUrl(String baseUrl) {
      String scheme = UrlPolicy.scheme(baseUrl).orElse("");
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException("baseUrl must be an absolute http or https URL, not '" + baseUrl + "'");
      }
      String url = baseUrl.strip();
      this.baseUrl = Optional.of(url.endsWith("/") ? url : url + "/");
      return this;
    }

    /**
     * The site's name, shown in the standard page header and footer and after the title in {@code
     * <title>}; default none (a site rendered from a book takes the book's title).
     */
    public Builder siteName(String siteName) {
      this.siteName = Optional.of(siteName).filter(s -> !s.isBlank());
      return this;
    }

    /**
     * How a standalone page gets its stylesheet; default {@link CssMode#EMBED} (a self-contained
     * page). Sites always link one shared file.
     */
    public Builder cssMode(CssMode cssMode) {
      this.cssMode = Objects.requireNonNull(cssMode, "cssMode");
      return this;
    }

    /**
     * Whether Carepress's default stylesheet is used; default {@code true}. Turn it off and {@link
     * #addStylesheet} your own to replace it completely.
     */
    public Builder defaultStylesheet(boolean defaultStylesheet) {
      this.defaultStylesheet = defaultStylesheet;
      return this;
    }

    /**
     * Adds CSS after the default stylesheet (so its rules win), in the embedded style or the linked
     * file; default none. It must not contain {@code </} (it could end the {@code <style>}
     * element).
     */
    public Builder addStylesheet(String css) {
      if (css.contains("</") || css.contains("<!--")) {
        throw new IllegalArgumentException("a stylesheet must not contain '</' or '<!--'");
      }
      stylesheets.add(css);
      return this;
    }

    /**
     * Adds a {@code <link rel="stylesheet">} to every page, after Carepress's own stylesheet;
     * default none. A relative href is written as given; an absolute one must be http(s) (the
     * Content-Security-Policy then allows its origin).
     */
    public Builder addStylesheetLink(String href) {
      if (!UrlPolicy.isSafeImage(href)) {
        throw new IllegalArgumentException("a stylesheet link must be relative, http or https, not '" + href + "'");
      }
      stylesheetLinks.add(href);
      return this;
    }

    /** The file name of the linked stylesheet; default {@code carepress.css}. */
    public Builder stylesheetName(String name) {
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*\\.css")) {
        throw new IllegalArgumentException("stylesheetName must be a plain file name ending in .css, not '" + name + "'");
      }
      this.stylesheetName = name;
      return this;
    }

    /**
     * Whether each page carries a {@code <meta http-equiv="Content-Security-Policy">} that allows
     * no script, only its own stylesheet and images from the page's origin and the web; default
     * {@code true}. Turn it off when your server sends its own policy header or your shell adds
     * scripts.
     */
    public Builder contentSecurityPolicy(boolean contentSecurityPolicy) {
      this.contentSecurityPolicy = contentSecurityPolicy;
      return this;
    }

    /** The page shell (head extras, header, footer); default {@link PageShell#standard()}. */
    public Builder shell(PageShell shell) {
      this.shell = Objects.requireNonNull(shell, "shell");
      return this;
    }

    /** Where labels for a language come from; default {@link Labels#forLanguage}. */
    public Builder labels(Function<String, Labels> labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /**
     * Replaces one label in every language, e.g. {@code label("keyPoints", "At a glance")}; default
     * none. Keys are those of {@code dev/carepress/render/labels_en.properties}; for one language
     * only, use {@link #labels(Function)} with {@link Labels#with}.
     */
    public Builder label(String key, String text) {
      Labels.forLanguage("en").with(key, text); // fails now, naming the key, if there is no such label
      labelOverrides.put(key, text);
      return this;
    }

    /** The number of sections from which an article gets a table of contents; default {@code 3}. */
    public Builder tableOfContentsMinimum(int minimum) {
      if (minimum < 1) {
        throw new IllegalArgumentException("tableOfContentsMinimum must be >= 1, not " + minimum);
      }
      this.tableOfContentsMinimum = minimum;
      return this;
    }

    /** The reading speed for the estimated reading time; default {@code 200} words a minute. */
    public Builder wordsPerMinute(int wordsPerMinute) {
      if (wordsPerMinute < 1) {
        throw new IllegalArgumentException("wordsPerMinute must be >= 1, not " + wordsPerMinute);
      }
      this.wordsPerMinute = wordsPerMinute;
      return this;
    }

    /** Whether section headings link to their own section; default {@code true}. */
    public Builder sectionLinks(boolean sectionLinks) {
      this.sectionLinks = sectionLinks;
      return this;
    }

    /** Builds the options. */
    public HtmlOptions build() {
      return new HtmlOptions(this);
    }
  }
}
