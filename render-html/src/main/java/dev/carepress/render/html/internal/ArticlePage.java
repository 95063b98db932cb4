package dev.carepress.render.html.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Crumb;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import dev.carepress.render.html.HtmlMode;
import dev.carepress.render.html.PageContext;
import dev.carepress.render.html.PageKind;
import dev.carepress.render.html.markup.ArticleMarkup;
import dev.carepress.render.html.markup.MarkupOptions;
import dev.carepress.render.html.markup.MarkupWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One article page to write: the article, where it sits in a site, how its markup is written and
 * the breadcrumb shown above it.
 *
 * @param article the article
 * @param fileName its file name when it is part of a site, for its canonical URL
 * @param homeHref the link to the site's index page, in a site
 * @param markup how its markup is written
 * @param breadcrumb the trail shown above it
 */
public record ArticlePage(Article article, Optional<String> fileName, Optional<String> homeHref,
    MarkupOptions markup, List<Crumb> breadcrumb) {

  /** The article as the renderer's options say, a page or a fragment. */
  public static String standalone(HtmlConfig config, Article article, RenderContext context) {
    StringBuilder out = new StringBuilder(16 * 1024 + config.css().length());
    int cssAt = standalone(config, article, context, UnaryOperator.identity(), out);
    if (cssAt >= 0) {
      out.insert(cssAt, config.css());
    }
    return out.toString();
  }

  /** Writes the article as the renderer's options say, as UTF-8. */
  public static void standalone(HtmlConfig config, Article article, RenderContext context, OutputStream out)
      throws IOException {
    standalone(config, article, context, UnaryOperator.identity(), out);
  }

  /**
   * Writes the article as the renderer's options say, as UTF-8, its markup options changed by
   * {@code markup} (where its images are, for a page written with its images).
   */
  public static void standalone(HtmlConfig config, Article article, RenderContext context,
      UnaryOperator<MarkupOptions.Builder> markup, OutputStream out) throws IOException {
    StringBuilder text = new StringBuilder(16 * 1024);
    int cssAt = standalone(config, article, context, markup, text);
    if (cssAt < 0) {
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    } else { // the stylesheet's bytes, encoded once, spliced in
      out.write(text.substring(0, cssAt).getBytes(StandardCharsets.UTF_8));
      out.write(config.cssBytes());
      out.write(text.substring(cssAt).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes the page or fragment, leaving out an embedded stylesheet's text; returns where it goes, or -1. */
  private static int standalone(HtmlConfig config, Article article, RenderContext context,
      UnaryOperator<MarkupOptions.Builder> markupChange, StringBuilder out) {
    UntranslatedLabels.warn(article, context.warnings());
    MarkupWriter w = MarkupWriter.to(out);
    MarkupOptions markup = markupChange.apply(config.markup(context)).build();
    if (config.mode() == HtmlMode.FRAGMENT) {
      ArticleMarkup.of(article, config.labels(article.language()), markup).writeArticle(w);
      w.finish();
      return -1;
    }
    ArticlePage page = new ArticlePage(article, Optional.empty(), Optional.empty(), markup,
        article.metadata().breadcrumb());
    int cssAt = page.write(config, w, config.css(Optional.empty()), config.siteName(), true);
    w.finish();
    return cssAt;
  }

  /**
   * Writes the page: head with metadata, Open Graph and JSON-LD, the shell, the breadcrumb and the
   * article.
   *
   * @return where an embedded stylesheet's text starts, or -1
   */
  public int write(HtmlConfig config, MarkupWriter w, PageWriter.Css css, Optional<String> siteName,
      boolean leaveOutCss) {
    Labels labels = config.labels(article.language());
    // the article's own url wins over the address made of the base URL and the file name
    Optional<String> pageUrl = article.metadata().url().map(Urls::clean).or(() -> config.baseUrl()
        .map(base -> base + fileName.orElse(article.slug() + ".html")).map(Urls::clean));
    String jsonLd = JsonLd.article(article, pageUrl, config.baseUrl(), markup.relatedLink(), breadcrumb,
        config.publisher());
    PageContext context = new PageContext(PageKind.ARTICLE, article.title(), article.language(), labels,
        Optional.of(article), homeHref, pageUrl, siteName);
    PageWriter.Head head = new PageWriter.Head(article.metadata().summary(), pageUrl,
        openGraph(config, pageUrl, siteName), Optional.of(jsonLd));
    ArticleMarkup articleMarkup = ArticleMarkup.of(article, labels, markup);
    return PageWriter.write(w, config, context, head, css, main -> {
      articleMarkup.writeBreadcrumb(main, breadcrumb);
      articleMarkup.writeArticle(main);
      config.clinic().ifPresent(clinic -> clinic.write(main));
    }, leaveOutCss);
  }

  /** The Open Graph properties, when the page has a URL. */
  private List<String[]> openGraph(HtmlConfig config, Optional<String> pageUrl, Optional<String> siteName) {
    List<String[]> og = new ArrayList<>();
    if (pageUrl.isEmpty()) {
      return og;
    }
    og.add(new String[] {"og:type", "article"});
    og.add(new String[] {"og:title", article.title()});
    article.metadata().summary().ifPresent(s -> og.add(new String[] {"og:description", s}));
    og.add(new String[] {"og:url", pageUrl.get()});
    article.metadata().image().flatMap(i -> Urls.absolute(config.baseUrl(), i.src()))
        .ifPresent(url -> og.add(new String[] {"og:image", url}));
    article.metadata().image().filter(i -> !i.alt().isBlank())
        .ifPresent(i -> og.add(new String[] {"og:image:alt", i.alt()}));
    og.add(new String[] {"og:locale", Languages.ogLocale(article.language())});
    siteName.ifPresent(name -> og.add(new String[] {"og:site_name", name}));
    article.metadata().published().ifPresent(d -> og.add(new String[] {"article:published_time", d.toString()}));
    article.metadata().modified().ifPresent(d -> og.add(new String[] {"article:modified_time", d.toString()}));
    return og;
  }
}
