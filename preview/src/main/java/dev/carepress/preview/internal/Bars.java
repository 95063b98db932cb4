package dev.carepress.preview.internal;

import dev.carepress.model.Article;
import dev.carepress.preview.internal.LinkBar.Link;
import dev.carepress.render.RendererProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bar of links of each kind of page: an article's, its report's, the index's, any other. */
final class Bars {
  private final Downloads downloads;
  private final Reports reports;

  Bars(Downloads downloads, Reports reports) {
    this.downloads = downloads;
    this.reports = reports;
  }

  /**
   * An article's page, or its report: the reading level and the files of the article.
   *
   * @param articlePage the path of the article's page
   * @param onReport whether the page is the report (it then links back to the article's page)
   */
  String article(Article article, String articlePage, boolean onReport) {
    List<Link> links = new ArrayList<>();
    if (onReport) {
      links.add(new Link("Back to the page", "/" + articlePage));
    } else {
      links.add(new Link("Literacy report", "/" + Snapshot.reportPage(article.slug())));
    }
    links.addAll(files(article.slug()));
    links.add(new Link("All articles", "/"));
    Boolean passed = reports.passed(article).orElse(null);
    return LinkBar.of("Reading level: " + reports.summary(article), passed, links);
  }

  /** The index: the book's files, if there is a book. */
  String index(Snapshot snapshot) {
    List<Link> links = new ArrayList<>();
    snapshot.book().filter(b -> b.book().isPresent()).ifPresent(book -> {
      for (Link link : files(book.name())) {
        links.add(new Link("The book: " + link.label(), link.href()));
      }
    });
    long shown = snapshot.articles().stream().filter(Snapshot.ArticleView::inSite).count();
    return LinkBar.of(shown + (shown == 1 ? " article" : " articles"), null, links);
  }

  /** Any other page: the way back. */
  String plain() {
    return LinkBar.of("", null, List.of(new Link("All articles", "/")));
  }

  private List<Link> files(String name) {
    List<Link> links = new ArrayList<>();
    for (RendererProvider format : downloads.formats()) {
      String id = format.format().id();
      String href = "/" + name + "." + format.format().extension();
      links.add(new Link(label(id), href));
      if (Downloads.declares(format, "pageSize") && Downloads.declares(format, "largePrint")) {
        links.add(new Link(label(id) + ", large print, US Letter", href + "?pageSize=LETTER&largePrint=true"));
      }
    }
    return links;
  }

  private static String label(String formatId) {
    switch (formatId) {
      case "pdf":
        return "PDF handout";
      case "epub":
        return "EPUB e-book";
      default:
        return formatId.toUpperCase(Locale.ROOT);
    }
  }
}
