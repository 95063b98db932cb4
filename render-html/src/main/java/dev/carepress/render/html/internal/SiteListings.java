package dev.carepress.render.html.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.Crumb;
import dev.carepress.render.Labels;
import dev.carepress.render.html.PageContext;
import dev.carepress.render.html.PageKind;
import dev.carepress.render.html.markup.MarkupWriter;
import java.util.List;
import java.util.Optional;

/** The listing pages of a static site: the index by category, and a page per category. */
final class SiteListings {
  private final HtmlConfig config;
  private final Book book;
  private final SitePlan plan;
  private final String siteName;
  private final PageWriter.Css css;

  SiteListings(HtmlConfig config, Book book, SitePlan plan, String siteName, PageWriter.Css css) {
    this.config = config;
    this.book = book;
    this.plan = plan;
    this.siteName = siteName;
    this.css = css;
  }

  /** {@code index.html}: the book's title, then the articles of each category, then the others. */
  String index() {
    String language = book.metadata().language();
    Labels labels = config.labels(language);
    Optional<String> url = config.baseUrl().map(base -> base + SitePlan.INDEX);
    String title = book.metadata().title();
    PageContext page = new PageContext(PageKind.INDEX, title, language, labels, Optional.empty(),
        Optional.of(SitePlan.INDEX), url, Optional.of(siteName));
    PageWriter.Head head = new PageWriter.Head(book.metadata().subtitle(), url, List.of(),
        Optional.of(JsonLd.collection(title, language, url, List.of(), config.baseUrl())));
    StringBuilder out = new StringBuilder(8 * 1024);
    PageWriter.write(MarkupWriter.to(out), config, page, head, css, w -> {
      w.start("div").attr("class", "cp-listing").newline();
      w.element("h1", title).newline();
      book.metadata().subtitle().ifPresent(s -> w.start("p").attr("class", "cp-subtitle").text(s).end("p").newline());
      for (SitePlan.Category category : plan.categories()) {
        w.start("section").newline();
        w.start("h2").start("a").attr("href", category.file()).text(category.name()).end("a").end("h2").newline();
        list(w, category.articles(), language);
        w.end("section").newline();
      }
      if (!plan.uncategorized().isEmpty()) {
        boolean none = plan.categories().isEmpty();
        w.start("section").newline();
        w.element("h2", labels.get(none ? "articles" : "otherArticles")).newline();
        list(w, none ? book.articles() : plan.uncategorized(), language);
        w.end("section").newline();
      }
      w.end("div").newline();
    });
    return out.toString();
  }

  /** A category's page: a breadcrumb home, the category's name and its articles. */
  String category(SitePlan.Category category) {
    String language = book.metadata().language();
    Labels labels = config.labels(language);
    Optional<String> url = config.baseUrl().map(base -> base + category.file());
    List<Crumb> crumbs = List.of(Crumb.of(siteName, SitePlan.INDEX), Crumb.of(category.name()));
    PageContext page = new PageContext(PageKind.CATEGORY, category.name(), language, labels, Optional.empty(),
        Optional.of(SitePlan.INDEX), url, Optional.of(siteName));
    PageWriter.Head head = new PageWriter.Head(Optional.empty(), url, List.of(),
        Optional.of(JsonLd.collection(category.name(), language, url, crumbs, config.baseUrl())));
    StringBuilder out = new StringBuilder(8 * 1024);
    PageWriter.write(MarkupWriter.to(out), config, page, head, css, w -> {
      w.start("nav").attr("class", "cp-breadcrumb").attr("aria-label", labels.get("breadcrumb")).newline();
      w.start("ol").newline();
      w.start("li").start("a").attr("href", SitePlan.INDEX).text(siteName).end("a").end("li").newline();
      w.start("li").start("span").attr("aria-current", "page").text(category.name()).end("span").end("li").newline();
      w.end("ol").newline().end("nav").newline();
      w.start("div").attr("class", "cp-listing").newline();
      w.element("h1", category.name()).newline();
      list(w, category.articles(), language);
      w.end("div").newline();
    });
    return out.toString();
  }

  /** The articles as links with their summaries; one in another language than the page says so. */
  private void list(MarkupWriter w, List<Article> articles, String pageLanguage) {
    w.start("ul").newline();
    for (Article article : articles) {
      w.start("li");
      if (!article.language().equals(pageLanguage)) {
        w.attr("lang", article.language());
      }
      w.start("a").attr("href", plan.file(article.slug()).orElseThrow()).text(article.title()).end("a");
      article.metadata().summary().ifPresent(s ->
          w.start("span").attr("class", "cp-related-summary").text(s).end("span"));
      w.end("li").newline();
    }
    w.end("ul").newline();
  }
}
