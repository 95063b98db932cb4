package dev.carepress.render.html;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.Crumb;
import dev.carepress.model.Person;
import dev.carepress.model.RelatedLink;
import dev.carepress.io.AtomicFiles;
import dev.carepress.render.FileSink;
import dev.carepress.render.Format;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.html.internal.JsonLd;
import dev.carepress.render.html.internal.Languages;
import dev.carepress.render.html.internal.PageWriter;
import dev.carepress.render.html.internal.Stylesheet;
import dev.carepress.render.html.internal.Urls;
import dev.carepress.render.html.markup.ArticleMarkup;
import dev.carepress.render.html.markup.MarkupOptions;
import dev.carepress.render.html.markup.MarkupWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders articles as accessible HTML5 pages, page fragments, a one-page book or a static site.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.create();
 * String page = html.renderToString(article);                      // a standalone page
 * HtmlRenderer.create(HtmlOptions.builder().mode(HtmlMode.FRAGMENT).build())
 *     .renderToString(article);                                     // just the <article>
 * html.renderSite(book, FileSink.directory(Path.of("site")), RenderContext.defaults());
 * }</pre>
 *
 * <p>Every text is escaped; only http, https, mailto and relative URLs become links, and only
 * http, https and relative URLs image sources; pages hold no script but their JSON-LD and no
 * inline style attribute, so they work under a strict Content-Security-Policy (which they carry
 * themselves unless {@link HtmlOptions.Builder#contentSecurityPolicy(boolean)} is off). Immutable
 * and thread-safe; the same input gives the same bytes.
 */
public final class HtmlRenderer implements Renderer {
  /** The {@code html} format. */
  public static final Format FORMAT =
      Format.of("html", "html", "text/html", "accessible HTML5 pages, page fragments and static sites");

  private final HtmlOptions options;
  private final String css;
  private final String cssHash;
  private final byte[] cssBytes;
  private final Map<String, Labels> labels = new java.util.concurrent.ConcurrentHashMap<>();

  private HtmlRenderer(HtmlOptions options) {
    this.options = options;
    this.css = Stylesheet.combine(options.defaultStylesheet(), options.stylesheets());
    this.cssHash = Stylesheet.cspHash(css);
    this.cssBytes = css.getBytes(StandardCharsets.UTF_8);
  }

  /** A renderer with the default options: standalone pages with the stylesheet embedded. */
  public static HtmlRenderer create() {
    return new HtmlRenderer(HtmlOptions.defaults());
  }

  /** A renderer with these options. */
  public static HtmlRenderer create(HtmlOptions options) {
    return new HtmlRenderer(Objects.requireNonNull(options, "options"));
  }

  /** The options. */
  public HtmlOptions options() {
    return options;
  }

  /**
   * The page stylesheet: Carepress's default (unless turned off) followed by the added ones. Serve
   * it with fragments, or as {@link HtmlOptions#stylesheetName()} beside linked pages.
   */
  public String stylesheet() {
    return css;
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
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(context, "context");
    StringBuilder text = new StringBuilder(16 * 1024);
    int cssAt = write(article, context, text);
    writeSpliced(text, cssAt, out);
  }

  /** Writes the text to the stream as UTF-8 with the stylesheet's bytes (encoded once) spliced in at {@code cssAt}. */
  private void writeSpliced(StringBuilder text, int cssAt, OutputStream out) throws IOException {
    if (cssAt < 0) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    } else {
      out.write(text.substring(0, cssAt).getBytes(StandardCharsets.UTF_8));
      out.write(cssBytes);
      out.write(text.substring(cssAt).getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Renders the article to a file. A linked page ({@link CssMode#LINK}) gets its stylesheet written
   * beside it; both files are written atomically.
   */
  @Override
  public void render(Article article, Path file, RenderContext context) throws IOException {
    String text = renderToString(article, context);
    if (options.mode() == HtmlMode.PAGE && options.cssMode() == CssMode.LINK) {
      Path dir = file.toAbsolutePath().getParent();
      AtomicFiles.write(dir.resolve(options.stylesheetName()), out -> out.write(css.getBytes(StandardCharsets.UTF_8)));
    }
    AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The article as a page or fragment, per the options, with the default context. */
  public String renderToString(Article article) {
    return renderToString(article, RenderContext.defaults());
  }

  /** The article as a page or fragment, per the options. */
  public String renderToString(Article article, RenderContext context) {
    StringBuilder out = new StringBuilder(16 * 1024 + css.length());
    int cssAt = write(article, context, out);
    if (cssAt >= 0) {
      out.insert(cssAt, css);
    }
    return out.toString();
  }

  /** Writes the page or fragment, leaving out an embedded stylesheet; returns where it goes, or -1. */
  private int write(Article article, RenderContext context, StringBuilder out) {
    Objects.requireNonNull(article, "article");
    MarkupWriter w = MarkupWriter.to(out);
    if (options.mode() == HtmlMode.FRAGMENT) {
      ArticleMarkup.of(article, labels(article.language()), markup(context).build()).writeArticle(w);
      w.finish();
      return -1;
    }
    ArticlePage page = new ArticlePage(article, Optional.empty(), Optional.empty(), markup(context).build(),
        article.metadata().breadcrumb());
    int cssAt = writeArticlePage(w, page, css(Optional.empty()), options.siteName(), true);
    w.finish();
    return cssAt;
  }

  /** Renders the whole book as one page: the book's title, a list of its articles, then each article. */
  @Override
  public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
    Objects.requireNonNull(book, "book");
    StringBuilder text = new StringBuilder(64 * 1024);
    writeBook(MarkupWriter.to(text), book, context);
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
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
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(sink, "sink");
    new StaticSite(this, book, sink, context).write();
  }

  // ------------------------------------------------------------------ shared with StaticSite

  /**
   * One article page to write.
   *
   * @param article the article
   * @param fileName its file name when it is part of a site, for its canonical URL
   * @param homeHref the link to the site's index page, in a site
   * @param markup how its markup is written
   * @param breadcrumb the trail shown above it
   */
  record ArticlePage(Article article, Optional<String> fileName, Optional<String> homeHref,
      MarkupOptions markup, List<Crumb> breadcrumb) {}

  /** The labels for a language, with the options' overrides. */
  public Labels labels(String languageTag) {
    return labels.computeIfAbsent(languageTag, options::labels); // Labels are immutable: safe to share
  }

  /** Markup options built from these options and the context. */
  MarkupOptions.Builder markup(RenderContext context) {
    return MarkupOptions.builder()
        .labels(this::labels)
        .tableOfContentsMinimum(options.tableOfContentsMinimum())
        .wordsPerMinute(options.wordsPerMinute())
        .sectionLinks(options.sectionLinks())
        .warnings(context.warnings());
  }

  /** How a page gets its stylesheet: embedded, or linked as the given href (in a site), per the options. */
  PageWriter.Css css(Optional<String> siteHref) {
    if (siteHref.isPresent()) {
      return new PageWriter.Css(Optional.empty(), siteHref, "");
    }
    if (options.cssMode() == CssMode.LINK) {
      return new PageWriter.Css(Optional.empty(), Optional.of(options.stylesheetName()), "");
    }
    return new PageWriter.Css(css.isEmpty() ? Optional.empty() : Optional.of(css), Optional.empty(), cssHash);
  }

  /** Writes an article page. */
  int writeArticlePage(MarkupWriter w, ArticlePage page, PageWriter.Css pageCss, Optional<String> siteName,
      boolean leaveOutCss) {
    Article article = page.article();
    Labels labels = labels(article.language());
    Optional<String> pageUrl = options.baseUrl().map(base -> base + page.fileName().orElse(article.slug() + ".html"));
    ArticleMarkup markup = ArticleMarkup.of(article, labels, page.markup());
    Function<RelatedLink, Optional<String>> related = page.markup().relatedLink();
    String jsonLd = JsonLd.article(article, pageUrl.map(Urls::clean), options.baseUrl(), related, page.breadcrumb());
    List<String[]> og = new ArrayList<>();
    if (pageUrl.isPresent()) {
      og.add(new String[] {"og:type", "article"});
      og.add(new String[] {"og:title", article.title()});
      article.metadata().summary().ifPresent(s -> og.add(new String[] {"og:description", s}));
      og.add(new String[] {"og:url", Urls.clean(pageUrl.get())});
      article.metadata().image().flatMap(i -> Urls.absolute(options.baseUrl(), i.src()))
          .ifPresent(url -> og.add(new String[] {"og:image", url}));
      article.metadata().image().filter(i -> !i.alt().isBlank())
          .ifPresent(i -> og.add(new String[] {"og:image:alt", i.alt()}));
      og.add(new String[] {"og:locale", Languages.ogLocale(article.language())});
      siteName.ifPresent(name -> og.add(new String[] {"og:site_name", name}));
      article.metadata().published().ifPresent(d -> og.add(new String[] {"article:published_time", d.toString()}));
      article.metadata().modified().ifPresent(d -> og.add(new String[] {"article:modified_time", d.toString()}));
    }
    PageContext context = new PageContext(PageKind.ARTICLE, article.title(), article.language(), labels,
        Optional.of(article), page.homeHref(), pageUrl.map(Urls::clean), siteName);
    PageWriter.Head head = new PageWriter.Head(article.metadata().summary(), pageUrl.map(Urls::clean), og,
        Optional.of(jsonLd));
    return PageWriter.write(w, options, context, head, pageCss, main -> {
      markup.writeBreadcrumb(main, page.breadcrumb());
      markup.writeArticle(main);
    }, leaveOutCss);
  }

  private void writeBook(MarkupWriter w, Book book, RenderContext context) {
    String language = book.metadata().language();
    Labels labels = labels(language);
    Map<String, String> anchors = new HashMap<>();
    List<Article> articles = book.articles();
    for (int i = 0; i < articles.size(); i++) {
      anchors.put(articles.get(i).slug(), "a" + (i + 1) + "-");
    }
    Optional<String> pageUrl = options.baseUrl().map(base -> base + book.metadata().slug() + ".html");
    PageContext page = new PageContext(PageKind.BOOK, book.metadata().title(), language, labels, Optional.empty(),
        Optional.empty(), pageUrl, options.siteName());
    PageWriter.Head head = new PageWriter.Head(book.metadata().subtitle(), pageUrl, List.of(), Optional.empty());
    PageWriter.write(w, options, page, head, css(Optional.empty()), main -> {
      main.start("header").attr("class", "cp-header cp-book-header").newline();
      main.start("h1").attr("class", "cp-title").text(book.metadata().title()).end("h1").newline();
      book.metadata().subtitle().ifPresent(s -> main.start("p").attr("class", "cp-subtitle").text(s).end("p").newline());
      if (!book.metadata().authors().isEmpty()) {
        List<String> names = book.metadata().authors().stream().map(Person::displayName).toList();
        main.start("p").attr("class", "cp-byline").text(labels.format("by", labels.joinNames(names))).end("p").newline();
      }
      book.metadata().publisher().ifPresent(p -> main.start("p").attr("class", "cp-byline").text(p).end("p").newline());
      main.end("header").newline();
      if (!articles.isEmpty()) {
        main.start("nav").attr("class", "cp-toc").attr("aria-labelledby", "book-contents").newline();
        main.start("h2").attr("id", "book-contents").text(labels.get("contents")).end("h2").newline();
        main.start("ol").newline();
        for (Article article : articles) {
          main.start("li").start("a").attr("href", "#" + anchors.get(article.slug()) + "title")
              .text(article.title()).end("a").end("li").newline();
        }
        main.end("ol").newline().end("nav").newline();
      }
      for (Article article : articles) {
        MarkupOptions markupOptions = markup(context)
            .idPrefix(anchors.get(article.slug()))
            .headingBase(3)
            .relatedLink(link -> link.slug().filter(anchors::containsKey).map(s -> "#" + anchors.get(s) + "title")
                .or(link::url))
            .build();
        ArticleMarkup markup = ArticleMarkup.of(article, labels(article.language()), markupOptions);
        if (!article.language().equals(language)) {
          // an article in another language than the book: say so, for screen readers and hyphenation
          main.start("div").attr("lang", article.language()).attr("dir", Languages.direction(article.language()))
              .newline();
          markup.writeArticle(main);
          main.end("div").newline();
        } else {
          markup.writeArticle(main);
        }
      }
    });
  }
}
