package dev.carepress.render.html.internal;

import dev.carepress.text.UrlPolicy;
import dev.carepress.render.html.PageContext;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Writes a whole page: doctype, head, skip link, shell header, {@code <main>}, shell footer. */
public final class PageWriter {
  private PageWriter() {}

  /**
   * What goes into a page's head besides what every page has.
   *
   * @param description the meta description
   * @param canonical the page's absolute URL
   * @param openGraph Open Graph properties and values, in order
   * @param jsonLd the JSON-LD text, if any
   */
  public record Head(Optional<String> description, Optional<String> canonical, List<String[]> openGraph,
      Optional<String> jsonLd) {}

  /**
   * How the page gets its stylesheet.
   *
   * @param embedded the text of a {@code <style>} element, if embedded
   * @param href the relative link to the stylesheet file, if linked
   * @param hash the CSP hash source of the embedded text ({@link Stylesheet#cspHash}), computed once
   */
  public record Css(Optional<String> embedded, Optional<String> href, String hash) {}

  /** Writes the page, with any embedded stylesheet's text. */
  public static void write(
      MarkupWriter w, HtmlConfig config, PageContext page, Head head, Css css, Consumer<MarkupWriter> main) {
    write(w, config, page, head, css, main, false);
  }

  /**
   * Writes the page; with {@code leaveOutCss}, an embedded stylesheet's text is left out of the
   * {@code <style>} element for the caller to splice in (it is the same bytes on every page).
   *
   * @return where the embedded stylesheet's text starts in the writer's builder, or -1
   */
  public static int write(MarkupWriter w, HtmlConfig config, PageContext page, Head head, Css css,
      Consumer<MarkupWriter> main, boolean leaveOutCss) {
    w.trusted("<!DOCTYPE html>\n");
    w.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", page.language())
        .attr("dir", Languages.direction(page.language())).newline();
    int cssAt = head(w, config, page, head, css, leaveOutCss);
    w.start("body").newline();
    w.start("a").attr("class", "cp-skip").attr("href", "#main").text(page.labels().get("skipToContent"))
        .end("a").newline();
    config.shell().header(page, w);
    w.start("main").attr("id", "main").newline();
    main.accept(w);
    w.end("main").newline();
    config.shell().footer(page, w);
    w.end("body").newline();
    w.end("html").newline();
    return cssAt;
  }

  /** Writes {@code <head>}; returns where the embedded stylesheet's text starts, or -1. */
  private static int head(MarkupWriter w, HtmlConfig config, PageContext page, Head head, Css css,
      boolean leaveOutCss) {
    int cssAt = -1;
    w.start("head").newline();
    w.empty("meta").attr("charset", "utf-8").newline();
    w.empty("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1").newline();
    if (config.contentSecurityPolicy()) {
      w.empty("meta").attr("http-equiv", "Content-Security-Policy").attr("content", policy(config, css)).newline();
    }
    String title = page.siteName().filter(name -> !name.equals(page.title()))
        .map(name -> page.title() + " \u2013 " + name).orElse(page.title());
    w.element("title", title).newline();
    head.description().ifPresent(d -> w.empty("meta").attr("name", "description").attr("content", d).newline());
    w.empty("meta").attr("name", "color-scheme").attr("content", "light dark").newline();
    head.canonical().ifPresent(url -> w.empty("link").attr("rel", "canonical").attr("href", url).newline());
    for (String[] og : head.openGraph()) {
      w.empty("meta").attr("property", og[0]).attr("content", og[1]).newline();
    }
    css.href().ifPresent(href -> w.empty("link").attr("rel", "stylesheet").attr("href", href).newline());
    if (css.embedded().isPresent()) {
      w.trusted("<style>");
      cssAt = w.out().length();
      if (!leaveOutCss) {
        w.trusted(css.embedded().get());
      }
      w.trusted("</style>\n");
    }
    for (String href : config.stylesheetLinks()) {
      w.empty("link").attr("rel", "stylesheet").attr("href", Urls.clean(href)).newline();
    }
    config.shell().head(page, w);
    head.jsonLd().ifPresent(json ->
        w.trusted("<script type=\"application/ld+json\">\n").trusted(json).trusted("\n</script>\n"));
    w.end("head").newline();
    return cssAt;
  }

  /**
   * The page's Content-Security-Policy: no script at all (the JSON-LD is data, not script), the
   * page's own stylesheet (by hash when embedded), images from the page's origin and the web.
   */
  static String policy(HtmlConfig config, Css css) {
    Set<String> styles = new LinkedHashSet<>();
    css.embedded().ifPresent(text -> styles.add(css.hash()));
    if (css.href().isPresent()) {
      styles.add("'self'");
    }
    for (String href : config.stylesheetLinks()) {
      Optional<String> scheme = UrlPolicy.scheme(href);
      if (scheme.isEmpty()) {
        styles.add("'self'");
      } else {
        styles.add(origin(Urls.clean(href)));
      }
    }
    List<String> parts = new ArrayList<>();
    parts.add("default-src 'none'");
    parts.add("style-src " + (styles.isEmpty() ? "'none'" : String.join(" ", styles)));
    parts.add("img-src 'self' https: http:");
    parts.add("base-uri 'none'");
    parts.add("form-action 'none'");
    return String.join("; ", parts);
  }

  private static String origin(String url) {
    int start = url.indexOf("//");
    if (start < 0) {
      return url;
    }
    int end = url.indexOf('/', start + 2);
    String origin = end < 0 ? url : url.substring(0, end);
    return origin.replaceAll("[^A-Za-z0-9.:/\\[\\]-]", "");
  }
}
