package dev.carepress.preview.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.carepress.ContentException;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.preview.internal.Snapshot.ArticleView;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.SettingsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers a checked request from the current snapshot: a site file (pages decorated for the
 * preview, anything else as it is), a literacy report, a handout or e-book made on request, an
 * event stream, the preview's stylesheet, or a page saying what is wrong. Whatever fails while
 * answering is a 500 for that request alone.
 */
final class Router implements HttpHandler {
  private static final String REPORT = ".check.html";

  private final Supplier<Snapshot> current;
  private final EventStreams streams;
  private final Downloads downloads;
  private final Reports reports;
  private final Bars bars;
  private final SourceFiles sources;

  Router(Supplier<Snapshot> current, EventStreams streams, Downloads downloads, Reports reports, SourceFiles sources) {
    this.current = current;
    this.streams = streams;
    this.downloads = downloads;
    this.reports = reports;
    this.sources = sources;
    this.bars = new Bars(downloads, reports);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      route(exchange);
    } catch (IOException e) {
      exchange.close(); // the browser went away
    } catch (RuntimeException | StackOverflowError e) {
      Responses.text(exchange, 500, "the preview failed on this request: " + e);
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    RequestPath.Result checked = RequestPath.parse(exchange.getRequestURI().getRawPath());
    if (checked.refusal().isPresent()) {
      Responses.text(exchange, checked.refusal().get().status(), checked.refusal().get().reason());
      return;
    }
    String path = checked.value().orElseThrow().path();
    if (path.startsWith("_carepress/")) {
      own(exchange, path.substring("_carepress/".length()));
      return;
    }
    path = path.isEmpty() ? "index.html" : path;
    Snapshot snapshot = current.get();
    Optional<byte[]> file = snapshot.file(path);
    if (file.isPresent() && path.endsWith(".html")) {
      page(exchange, snapshot, path, new String(file.get(), StandardCharsets.UTF_8));
    } else if (file.isPresent()) {
      exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; img-src 'self'; "
          + "style-src 'unsafe-inline'; sandbox");
      Responses.send(exchange, 200, MediaTypes.of(path, file.get()), file.get());
    } else if (path.endsWith(REPORT) && snapshot.article(slugOfReport(path)).isPresent()) {
      report(exchange, snapshot, path, snapshot.article(slugOfReport(path)).get());
    } else if (!download(exchange, snapshot, path)) {
      missing(exchange, snapshot, path);
    }
  }

  private static String slugOfReport(String path) {
    return path.substring(0, path.length() - REPORT.length());
  }

  private void page(HttpExchange exchange, Snapshot snapshot, String path, String html) throws IOException {
    Optional<ArticleView> view = snapshot.articleAt(path);
    String panel;
    String bar;
    if (view.isPresent()) {
      ArticleView v = view.get();
      panel = ProblemPanel.forArticle(v.name(), v.problems(), v.stale(), sources::shown);
      bar = v.article().filter(a -> v.inSite()).map(a -> bars.article(a, path, false)).orElse(bars.plain());
    } else if (path.equals("index.html")) {
      List<ProblemPanel.Listed> listed = snapshot.articles().stream().filter(a -> !a.problems().isEmpty())
          .map(a -> new ProblemPanel.Listed(a.name(), a.page().orElse(""), a.problems())).toList();
      panel = ProblemPanel.forIndex(listed, snapshot.book().map(Snapshot.BookView::problems).orElse(List.of()),
          sources::shown);
      bar = bars.index(snapshot);
    } else {
      panel = "";
      bar = bars.plain();
    }
    serve(exchange, 200, html, path, snapshot.version(path), panel, bar);
  }

  private void report(HttpExchange exchange, Snapshot snapshot, String path, ArticleView view) throws IOException {
    Article article = view.article().orElseThrow();
    String html;
    try {
      html = reports.of(article).toHtml();
    } catch (IllegalStateException e) {
      Responses.text(exchange, 500, "no literacy report: " + e.getMessage());
      return;
    }
    String panel = ProblemPanel.forArticle(view.name(), view.problems(), view.stale(), sources::shown);
    serve(exchange, 200, html, path, snapshot.version(path), panel,
        bars.article(article, view.page().orElse(article.slug() + ".html"), true));
  }

  private boolean download(HttpExchange exchange, Snapshot snapshot, String path) throws IOException {
    int dot = path.lastIndexOf('.');
    Optional<RendererProvider> format = dot > 0 && path.indexOf('/') < 0
        ? downloads.format(path.substring(dot + 1)) : Optional.empty();
    if (format.isEmpty()) {
      return false;
    }
    String name = path.substring(0, dot);
    Optional<Article> article = snapshot.article(name).flatMap(ArticleView::article);
    Optional<Book> book = snapshot.book().filter(b -> b.name().equals(name)).flatMap(Snapshot.BookView::book);
    if (article.isEmpty() && book.isEmpty()) {
      return false;
    }
    Map<String, String> settings;
    Renderer renderer;
    try {
      settings = Query.settings(exchange.getRequestURI().getRawQuery());
      refuseFreeText(format.get(), settings);
      renderer = downloads.renderer(format.get(), settings);
    } catch (IllegalArgumentException | SettingsException e) {
      Responses.text(exchange, 400, e.getMessage() + "\n\nThe settings of " + format.get().format().id() + ":\n"
          + Downloads.describe(format.get()));
      return true;
    }
    byte[] bytes;
    try {
      bytes = article.isPresent() ? downloads.article(renderer, settings, article.get())
          : downloads.book(renderer, settings, book.get());
    } catch (ContentException e) {
      String what = format.get().format().id().toUpperCase(java.util.Locale.ROOT) + " of " + name;
      List<dev.carepress.Problem> problems = e.problems().stream().distinct().map(p -> Locations.locate(p)).toList();
      // the page reloads when the article (or, for the book, the index) changes: then it may be made
      String watched = article.isPresent() ? Snapshot.reportPage(name) : "index.html";
      serve(exchange, 422, PlainPages.of("The " + what + " could not be made", "Back to the page",
          article.isPresent() ? snapshot.article(name).flatMap(ArticleView::page).orElse("index.html") : "index.html",
          "Fix the problems listed above and save the file: this page tries again by itself."),
          watched, snapshot.version(watched), ProblemPanel.forArticle(what, problems, false, sources::shown),
          bars.plain());
      return true;
    }
    String disposition = format.get().format().id().equals("pdf") ? "inline" : "attachment";
    exchange.getResponseHeaders().set("Content-Disposition", disposition + "; filename=\"" + path + "\"");
    Responses.send(exchange, 200, format.get().format().mediaType(), bytes);
    return true;
  }

  /**
   * Refuses a setting that takes free text, such as a font file or a stylesheet: from an address,
   * only choices, numbers and true or false are taken, so no request can make a renderer read a
   * file from the disk.
   */
  private static void refuseFreeText(RendererProvider format, Map<String, String> settings) {
    for (String key : settings.keySet()) {
      for (dev.carepress.render.Option<?> option : format.options()) {
        if (option.matches(key) && (option.isPrefixed()
            || (option.values().isEmpty() && !option.type().startsWith("integer")))) {
          throw new IllegalArgumentException("the setting '" + key + "' takes text (" + option.description()
              + "); the preview takes only choices, numbers and true or false from an address");
        }
      }
    }
  }

  private void missing(HttpExchange exchange, Snapshot snapshot, String path) throws IOException {
    Optional<ArticleView> broken = snapshot.articleAt(path);
    if (broken.isPresent()) {
      ArticleView v = broken.get();
      String html = PlainPages.of(v.name() + " is not shown", "All articles", "index.html",
          v.hasErrors()
              ? "The article has errors, listed above. Fix them and save the file: this page updates by itself."
              : "The article is left out of the site, for the reasons listed above.");
      serve(exchange, 200, html, path, snapshot.version(path),
          ProblemPanel.forArticle(v.name(), v.problems(), false, sources::shown), bars.plain());
      return;
    }
    String html = PlainPages.of("No page here", "All articles", "index.html",
        "The site has no page /" + path + ".",
        "If a file is being made for it, this page shows it as soon as it is ready.");
    serve(exchange, 404, html, path, snapshot.version(path), "", bars.plain());
  }

  private void own(HttpExchange exchange, String name) throws IOException {
    if (name.equals("preview.css")) {
      Responses.send(exchange, 200, "text/css; charset=utf-8",
          PageDecorator.STYLESHEET.getBytes(StandardCharsets.UTF_8));
    } else if (name.equals("events")) {
      Map<String, String> query;
      try {
        query = Query.settings(exchange.getRequestURI().getRawQuery());
      } catch (IllegalArgumentException e) {
        Responses.text(exchange, 400, e.getMessage());
        return;
      }
      RequestPath.Result page = RequestPath.parse("/" + query.getOrDefault("path", ""));
      if (page.value().isEmpty() || !query.containsKey("v")) {
        Responses.text(exchange, 400, "an event stream needs ?path=PAGE&v=VERSION");
        return;
      }
      String path = page.value().get().path();
      streams.open(exchange, path.isEmpty() ? "index.html" : path, query.get("v"));
    } else {
      Responses.text(exchange, 404, "there is no such page");
    }
  }

  private void serve(HttpExchange exchange, int status, String html, String path, String version, String panel,
      String bar) throws IOException {
    PageDecorator.Served served = PageDecorator.decorate(html, path, version, panel, bar);
    exchange.getResponseHeaders().set("Content-Security-Policy",
        served.policy().with("frame-ancestors", "'none'").toString());
    Responses.send(exchange, status, Responses.HTML, served.html().getBytes(StandardCharsets.UTF_8));
  }
}
