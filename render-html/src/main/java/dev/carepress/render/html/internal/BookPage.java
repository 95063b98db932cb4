package dev.carepress.render.html.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import dev.carepress.render.html.PageContext;
import dev.carepress.render.html.PageKind;
import dev.carepress.render.html.markup.ArticleMarkup;
import dev.carepress.render.html.markup.MarkupOptions;
import dev.carepress.render.html.markup.MarkupWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole book on one page: the book's title, a list of its articles, then each article, its ids
 * prefixed {@code a1-}, {@code a2-} … so that they stay unique, and its headings one level down.
 */
public final class BookPage {
  private BookPage() {}

  /** Writes the page as UTF-8. */
  public static void write(HtmlConfig config, Book book, RenderContext context, OutputStream out) throws IOException {
    StringBuilder text = new StringBuilder(64 * 1024);
    write(config, MarkupWriter.to(text), book, context);
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void write(HtmlConfig config, MarkupWriter w, Book book, RenderContext context) {
    UntranslatedLabels.warn(book, context.warnings());
    String language = book.metadata().language();
    Labels labels = config.labels(language);
    Map<String, String> anchors = new HashMap<>();
    List<Article> articles = book.articles();
    for (int i = 0; i < articles.size(); i++) {
      anchors.put(articles.get(i).slug(), "a" + (i + 1) + "-");
    }
    Optional<String> pageUrl = config.baseUrl().map(base -> base + book.metadata().slug() + ".html");
    PageContext page = new PageContext(PageKind.BOOK, book.metadata().title(), language, labels, Optional.empty(),
        Optional.empty(), pageUrl, config.siteName());
    PageWriter.Head head = new PageWriter.Head(book.metadata().subtitle(), pageUrl, List.of(), Optional.empty());
    PageWriter.write(w, config, page, head, config.css(Optional.empty()), main -> {
      header(main, book.metadata(), labels);
      contents(main, articles, anchors, labels);
      for (Article article : articles) {
        article(main, config, article, anchors, language, context);
      }
    });
  }

  private static void header(MarkupWriter main, BookMetadata book, Labels labels) {
    main.start("header").attr("class", "cp-header cp-book-header").newline();
    main.start("h1").attr("class", "cp-title").text(book.title()).end("h1").newline();
    book.subtitle().ifPresent(s -> main.start("p").attr("class", "cp-subtitle").text(s).end("p").newline());
    if (!book.authors().isEmpty()) {
      List<String> names = book.authors().stream().map(labels::displayName).toList();
      main.start("p").attr("class", "cp-byline").text(labels.format("by", labels.joinNames(names))).end("p").newline();
    }
    book.publisher().ifPresent(p -> main.start("p").attr("class", "cp-byline").text(p).end("p").newline());
    main.end("header").newline();
  }

  private static void contents(MarkupWriter main, List<Article> articles, Map<String, String> anchors, Labels labels) {
    if (articles.isEmpty()) {
      return;
    }
    main.start("nav").attr("class", "cp-toc").attr("aria-labelledby", "book-contents").newline();
    main.start("h2").attr("id", "book-contents").text(labels.get("contents")).end("h2").newline();
    main.start("ol").newline();
    for (Article article : articles) {
      main.start("li").start("a").attr("href", "#" + anchors.get(article.slug()) + "title")
          .text(article.title()).end("a").end("li").newline();
    }
    main.end("ol").newline().end("nav").newline();
  }

  /** One article; one in another language than the book's says so, for screen readers and hyphenation. */
  private static void article(MarkupWriter main, HtmlConfig config, Article article, Map<String, String> anchors,
      String language, RenderContext context) {
    MarkupOptions markup = config.markup(context)
        .idPrefix(anchors.get(article.slug()))
        .headingBase(3)
        .relatedLink(link -> link.slug().filter(anchors::containsKey).map(s -> "#" + anchors.get(s) + "title")
            .or(link::url))
        .build();
    ArticleMarkup writer = ArticleMarkup.of(article, config.labels(article.language()), markup);
    if (article.language().equals(language)) {
      writer.writeArticle(main);
      return;
    }
    main.start("div").attr("lang", article.language()).attr("dir", Languages.direction(article.language())).newline();
    writer.writeArticle(main);
    main.end("div").newline();
  }
}
