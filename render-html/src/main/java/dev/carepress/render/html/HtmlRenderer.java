package dev.carepress.render.html;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.ClinicOptions;
import dev.carepress.render.FileSink;
import dev.carepress.render.Format;
import dev.carepress.render.Labels;
import dev.carepress.render.Option;
import dev.carepress.render.OptionValues;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.Settings;
import dev.carepress.render.html.internal.HtmlConfig;
import dev.carepress.render.html.internal.HtmlOptions;
import dev.carepress.render.html.internal.HtmlSetup;
import dev.carepress.render.html.internal.SettingRules;
import dev.carepress.render.html.internal.Stylesheet;
import dev.carepress.render.html.markup.MarkupOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Renders articles as accessible HTML5 pages, page fragments, a one-page book or a static site.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.create();
 * String page = html.renderToString(article);                      // a standalone page
 * HtmlRenderer.builder().mode(HtmlMode.FRAGMENT).build()
 *     .renderToString(article);                                     // just the <article>
 * html.renderSite(book, FileSink.directory(Path.of("site")), RenderContext.defaults());
 * }</pre>
 *
 * <p>Each setting is declared once, as one of the {@link Option} constants below: the {@link
 * Builder}'s methods set them in code, {@link Builder#apply(Settings)} from their text form
 * ({@code --set baseUrl=…}), and {@code carepress formats} lists them. Every text is escaped; only
 * http, https, mailto and relative URLs become links, and only http, https and relative URLs image
 * sources; pages hold no script but their JSON-LD and no inline style attribute, so they work under
 * a strict Content-Security-Policy (which they carry themselves unless {@link
 * #CONTENT_SECURITY_POLICY} is off). Immutable and thread-safe; the same input gives the same bytes.
 */
public final class HtmlRenderer implements Renderer {
  /** The {@code html} format. */
  public static final Format FORMAT = HtmlRendererProvider.FORMAT;

  /** {@code mode}: whole pages or only the {@code <article>}; default {@link HtmlMode#PAGE}. */
  public static final Option<HtmlMode> MODE = HtmlOptions.MODE;
  /** {@code baseUrl}: the absolute http(s) URL the pages are published under; default none ({@code ""}). */
  public static final Option<String> BASE_URL = HtmlOptions.BASE_URL;
  /** {@code siteName}: the site's name; default none ({@code ""}). */
  public static final Option<String> SITE_NAME = HtmlOptions.SITE_NAME;
  /** {@code stylesheet}: how a standalone page gets its stylesheet; default {@link CssMode#EMBED}. */
  public static final Option<CssMode> CSS_MODE = HtmlOptions.CSS_MODE;
  /** {@code defaultStylesheet}: whether Carepress's default stylesheet is used; default {@code true}. */
  public static final Option<Boolean> DEFAULT_STYLESHEET = HtmlOptions.DEFAULT_STYLESHEET;
  /** {@code css}: a CSS file whose rules are added after the default stylesheet; default none. */
  public static final Option<String> STYLESHEET_FILE = HtmlOptions.STYLESHEET_FILE;
  /** {@code stylesheetLink}: extra stylesheets every page links to; default none. */
  public static final Option<List<String>> STYLESHEET_LINKS = HtmlOptions.STYLESHEET_LINKS;
  /** {@code stylesheetName}: the file name of the linked stylesheet; default {@code carepress.css}. */
  public static final Option<String> STYLESHEET_NAME = HtmlOptions.STYLESHEET_NAME;
  /** {@code csp}: whether each page carries a {@code <meta>} Content-Security-Policy; default {@code true}. */
  public static final Option<Boolean> CONTENT_SECURITY_POLICY = HtmlOptions.CONTENT_SECURITY_POLICY;

  /** {@code clinicName}: the clinic, the pages' JSON-LD {@code publisher} ({@link ClinicOptions#NAME}). */
  public static final Option<String> CLINIC_NAME = ClinicOptions.NAME;
  /** {@code clinicPhone}: the clinic's phone number ({@link ClinicOptions#PHONE}). */
  public static final Option<String> CLINIC_PHONE = ClinicOptions.PHONE;
  /** {@code clinicAddress}: the clinic's address on one line ({@link ClinicOptions#ADDRESS}). */
  public static final Option<String> CLINIC_ADDRESS = ClinicOptions.ADDRESS;
  /** {@code clinicWeb}: the clinic's http(s) web site ({@link ClinicOptions#WEB}). */
  public static final Option<String> CLINIC_WEB = ClinicOptions.WEB;
  /** {@code clinicCallUs}: when to call the clinic, in its block on the page ({@link ClinicOptions#CALL_US}). */
  public static final Option<String> CLINIC_CALL_US = ClinicOptions.CALL_US;
  /**
   * {@code calendar}: the calendar of dates ({@link Labels#CALENDAR}): {@code language} (the
   * default: the article language's own, the Buddhist era for Thai, else Gregorian), {@code
   * gregorian}, {@code buddhist}, {@code islamic-umalqura}, {@code japanese} or {@code roc}.
   */
  public static final Option<String> CALENDAR = Labels.CALENDAR;

  /**
   * Every setting of the renderer: those above, the article settings of {@link MarkupOptions#OPTIONS}
   * and {@link Labels#OVERRIDES}.
   */
  public static final List<Option<?>> OPTIONS = List.of(MODE, BASE_URL, SITE_NAME, CSS_MODE, DEFAULT_STYLESHEET,
      STYLESHEET_FILE, STYLESHEET_LINKS, STYLESHEET_NAME, CONTENT_SECURITY_POLICY,
      CLINIC_NAME, CLINIC_PHONE, CLINIC_ADDRESS, CLINIC_WEB, CLINIC_CALL_US,
      MarkupOptions.TABLE_OF_CONTENTS_MINIMUM, MarkupOptions.WORDS_PER_MINUTE, MarkupOptions.SECTION_LINKS,
      CALENDAR, Labels.OVERRIDES);

  private final HtmlSetup setup;
  private final OptionValues options;
  private final HtmlConfig config;

  private HtmlRenderer(HtmlSetup setup) {
    this.setup = setup;
    this.options = setup.options();
    this.config = setup.config();
  }

  /** A renderer with the default options: standalone pages with the stylesheet embedded. */
  public static HtmlRenderer create() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this renderer's options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The values of the {@link #OPTIONS}. */
  public OptionValues options() {
    return options;
  }

  /**
   * The page stylesheet: Carepress's default (unless turned off) followed by the added ones. Serve
   * it with fragments, or as the {@link #STYLESHEET_NAME} file beside linked pages.
   */
  public String stylesheet() {
    return config.css();
  }

  /** Carepress's default stylesheet alone, to start a theme from. */
  public static String defaultStylesheet() {
    return Stylesheet.defaultCss();
  }

  @Override
  public Format format() {
    return FORMAT;
  }

  /** {@code true}: a folder of articles becomes a site with an index, category pages and one stylesheet. */
  @Override
  public boolean rendersSite() {
    return true;
  }

  /** Renders the article (a page or a fragment, per the options) as UTF-8. */
  @Override
  public void render(Article article, OutputStream out, RenderContext context) throws IOException {
    setup.page(article, context, out);
  }

  /**
   * Renders the article to a file. A linked page ({@link CssMode#LINK}) gets its stylesheet written
   * beside it; both files are written atomically.
   */
  @Override
  public void render(Article article, Path file, RenderContext context) throws IOException {
    setup.writeFile(renderToString(article, context), file);
  }

  /** As {@link Renderer#render(Article, FileSink, RenderContext)}: a page with its images and stylesheet. */
  @Override
  public void render(Article article, FileSink sink, RenderContext context) throws IOException {
    setup.page(article, context, sink, article.slug() + "." + FORMAT.extension());
  }

  /** The article as a page or fragment, per the options, with the default context. */
  public String renderToString(Article article) {
    return renderToString(article, RenderContext.defaults());
  }

  /** The article as a page or fragment, per the options. */
  public String renderToString(Article article, RenderContext context) {
    return setup.page(article, context);
  }

  /** Renders the whole book as one page: the book's title, a list of its articles, then each article. */
  @Override
  public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
    setup.book(book, context, out);
  }

  /**
   * Renders a static site: one page per article ({@code <slug>.html}), {@code index.html} listing
   * them by category, a page per category ({@code category-<name>.html}), one shared stylesheet,
   * and the local images the articles use (under {@code media/}). Related links and relative links
   * to another article of the book ({@code allergies.md}, {@code allergies.html}) become links
   * between the pages.
   */
  @Override
  public void renderSite(Book book, FileSink sink, RenderContext context) throws IOException {
    setup.site(book, sink, context, Runnable::run);
  }

  /** As {@link #renderSite(Book, FileSink, RenderContext)}, the article pages rendered on {@code executor}. */
  @Override
  public void renderSite(Book book, FileSink sink, RenderContext context, Executor executor) throws IOException {
    setup.site(book, sink, context, executor);
  }

  @Override
  public String toString() {
    return "HtmlRenderer" + options.toSettings().asMap();
  }

  /**
   * Builds an {@link HtmlRenderer}. Each method sets one of the renderer's {@link #OPTIONS} and
   * states its default; {@link #apply(Settings)} sets them from their text form. Not thread-safe.
   */
  public static final class Builder {
    private final OptionValues.Builder values;
    private PageShell shell = PageShell.standard();
    private final List<String> stylesheets = new ArrayList<>();

    private Builder() {
      values = OptionValues.builder(OPTIONS);
    }

    private Builder(HtmlRenderer renderer) {
      values = renderer.options.toBuilder();
      shell = renderer.setup.shell();
      stylesheets.addAll(renderer.setup.addedCss());
    }

    /** Whole pages or just the {@code <article>} ({@link #MODE}); default {@link HtmlMode#PAGE}. */
    public Builder mode(HtmlMode mode) {
      values.set(MODE, mode);
      return this;
    }

    /**
     * The absolute http(s) URL the pages are published under ({@link #BASE_URL}), e.g. {@code
     * https://health.example.org/articles/}; default none. With it, pages get a canonical link,
     * Open Graph tags and absolute URLs in their JSON-LD; an article's URL is the base plus {@code
     * <slug>.html}. A missing final {@code /} is added.
     *
     * @throws IllegalArgumentException if it is not an absolute http or https URL
     */
    public Builder baseUrl(String baseUrl) {
      values.set(BASE_URL, SettingRules.named(BASE_URL, () -> SettingRules.baseUrl(Objects.requireNonNull(baseUrl, "baseUrl"))));
      return this;
    }

    /**
     * The site's name ({@link #SITE_NAME}), shown in the standard page header and footer and after
     * the title in {@code <title>}; default none (a site rendered from a book takes the book's title).
     */
    public Builder siteName(String siteName) {
      values.set(SITE_NAME, siteName);
      return this;
    }

    /**
     * How a standalone page gets its stylesheet ({@link #CSS_MODE}); default {@link CssMode#EMBED}
     * (a self-contained page). Sites always link one shared file.
     */
    public Builder cssMode(CssMode cssMode) {
      values.set(CSS_MODE, cssMode);
      return this;
    }

    /**
     * Whether Carepress's default stylesheet is used ({@link #DEFAULT_STYLESHEET}); default {@code
     * true}. Turn it off and {@link #addStylesheet} your own to replace it completely.
     */
    public Builder defaultStylesheet(boolean defaultStylesheet) {
      values.set(DEFAULT_STYLESHEET, defaultStylesheet);
      return this;
    }

    /**
     * A CSS file whose rules are added after the default stylesheet and any {@link #addStylesheet}
     * text ({@link #STYLESHEET_FILE}); default none. It is read by {@link #build()}.
     */
    public Builder stylesheetFile(Path file) {
      values.set(STYLESHEET_FILE, file.toString());
      return this;
    }

    /**
     * Adds CSS text after the default stylesheet (so its rules win), in the embedded style or the
     * linked file; default none. Code only; the text form is {@link #STYLESHEET_FILE}.
     *
     * @throws IllegalArgumentException if it contains {@code </} or {@code <!--} (it could end the
     *     {@code <style>} element)
     */
    public Builder addStylesheet(String css) {
      stylesheets.add(SettingRules.named(STYLESHEET_FILE, () -> SettingRules.css(css)));
      return this;
    }

    /**
     * Adds a {@code <link rel="stylesheet">} to every page, after Carepress's own stylesheet ({@link
     * #STYLESHEET_LINKS}); default none. A relative href is written as given; an absolute one must
     * be http(s) (the Content-Security-Policy then allows its origin).
     *
     * @throws IllegalArgumentException if it is neither relative nor http(s)
     */
    public Builder addStylesheetLink(String href) {
      List<String> links = new ArrayList<>(values.get(STYLESHEET_LINKS));
      links.add(SettingRules.named(STYLESHEET_LINKS, () -> SettingRules.stylesheetLink(href)));
      values.set(STYLESHEET_LINKS, List.copyOf(links));
      return this;
    }

    /**
     * The file name of the linked stylesheet ({@link #STYLESHEET_NAME}); default {@code
     * carepress.css}.
     *
     * @throws IllegalArgumentException if it is not a plain file name ending in {@code .css}
     */
    public Builder stylesheetName(String name) {
      values.set(STYLESHEET_NAME, SettingRules.named(STYLESHEET_NAME, () -> SettingRules.stylesheetName(Objects.requireNonNull(name, "name"))));
      return this;
    }

    /**
     * Whether each page carries a {@code <meta http-equiv="Content-Security-Policy">} that allows
     * no script, only its own stylesheet and images from the page's origin and the web ({@link
     * #CONTENT_SECURITY_POLICY}); default {@code true}. Turn it off when your server sends its own
     * policy header or your shell adds scripts.
     */
    public Builder contentSecurityPolicy(boolean contentSecurityPolicy) {
      values.set(CONTENT_SECURITY_POLICY, contentSecurityPolicy);
      return this;
    }

    /**
     * The clinic publishing the pages ({@link #CLINIC_NAME}, {@link #CLINIC_PHONE}, {@link
     * #CLINIC_ADDRESS}, {@link #CLINIC_WEB}), each stripped, empty for none: a block of its own
     * after each article, and the schema.org {@code publisher} of an article's JSON-LD when the
     * name is given; default none.
     */
    public Builder clinic(String name, String phone, String address, String web) {
      values.set(CLINIC_NAME, Objects.requireNonNull(name, "name").strip());
      values.set(CLINIC_PHONE, Objects.requireNonNull(phone, "phone").strip());
      values.set(CLINIC_ADDRESS, Objects.requireNonNull(address, "address").strip());
      values.set(CLINIC_WEB, Objects.requireNonNull(web, "web").strip());
      return this;
    }

    /** When to call the clinic, in its words ({@link #CLINIC_CALL_US}), stripped; default none. */
    public Builder clinicCallUs(String callUs) {
      values.set(CLINIC_CALL_US, Objects.requireNonNull(callUs, "callUs").strip());
      return this;
    }

    /**
     * The number of sections from which an article gets a table of contents ({@link
     * MarkupOptions#TABLE_OF_CONTENTS_MINIMUM}), at least 1; default {@code 3}.
     */
    public Builder tableOfContentsMinimum(int minimum) {
      values.set(MarkupOptions.TABLE_OF_CONTENTS_MINIMUM, minimum);
      return this;
    }

    /**
     * The reading speed for the estimated reading time ({@link MarkupOptions#WORDS_PER_MINUTE}), at
     * least 1; default {@code 200} words a minute.
     */
    public Builder wordsPerMinute(int wordsPerMinute) {
      values.set(MarkupOptions.WORDS_PER_MINUTE, wordsPerMinute);
      return this;
    }

    /** Whether section headings link to their own section ({@link MarkupOptions#SECTION_LINKS}); default true. */
    public Builder sectionLinks(boolean sectionLinks) {
      values.set(MarkupOptions.SECTION_LINKS, sectionLinks);
      return this;
    }

    /**
     * Replaces label texts in every language ({@link Labels#OVERRIDES}), e.g. {@code
     * Map.of("keyPoints", "At a glance")}; default none (Carepress's own labels).
     *
     * @throws dev.carepress.render.SettingsException naming a key that is not a label
     */
    public Builder labels(Map<String, String> overrides) {
      Labels.requireKnownKeys(overrides);
      values.set(Labels.OVERRIDES, overrides);
      return this;
    }

    /**
     * The calendar of dates ({@link #CALENDAR}): {@code language} (the default: the article
     * language's own, the Buddhist era for Thai), {@code gregorian}, {@code buddhist}, {@code
     * islamic-umalqura}, {@code japanese} or {@code roc}.
     *
     * @throws dev.carepress.render.SettingsException for another calendar
     */
    public Builder calendar(String calendar) {
      Labels.requireKnownCalendar(calendar);
      values.set(CALENDAR, calendar);
      return this;
    }

    /** The page shell (head extras, header, footer); default {@link PageShell#standard()}. Code only. */
    public Builder shell(PageShell shell) {
      this.shell = Objects.requireNonNull(shell, "shell");
      return this;
    }

    /**
     * Sets the options named in the settings from their text form ({@code baseUrl}, {@code
     * labels.keyPoints} …).
     *
     * @throws dev.carepress.render.SettingsException for an unknown key or a value that cannot be used
     */
    public Builder apply(Settings settings) {
      values.apply(FORMAT.id(), settings);
      Labels.requireKnownKeys(values.get(Labels.OVERRIDES));
      Labels.requireKnownCalendar(values.get(CALENDAR));
      return this;
    }

    /**
     * The renderer; reads the {@link #STYLESHEET_FILE}, if one is set.
     *
     * @throws dev.carepress.render.SettingsException if that file cannot be read or used
     */
    public HtmlRenderer build() {
      return new HtmlRenderer(HtmlSetup.of(values.build(), shell, stylesheets));
    }
  }
}
