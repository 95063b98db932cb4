package dev.carepress.render.html.internal;

import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.Crumb;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import dev.carepress.render.html.markup.MarkupOptions;
import dev.carepress.render.html.markup.MarkupWriter;
import dev.carepress.text.UrlPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Writes a book as a static site: the shared stylesheet, a page per article (with its images copied
 * into {@code media/}), the index and a page per category. Links between the book's articles
 * become links between the pages. One per {@code renderSite} call.
 */
public final class StaticSite {
  private static final String[] SOURCE_EXTENSIONS = {".md", ".markdown", ".html", ".htm", ".json"};

  private final HtmlConfig config;
  private final Book book;
  private final FileSink sink;
  private final RenderContext context;
  private final SitePlan plan;
  private final SiteMedia media;
  private final String siteName;

  /** A site of the book, written to the sink. */
  public StaticSite(HtmlConfig config, Book book, FileSink sink, RenderContext context) {
    this.config = config;
    this.book = book;
    this.sink = sink;
    this.context = context;
    this.plan = SitePlan.of(book);
    this.media = new SiteMedia(context, sink);
    this.siteName = config.siteName().orElse(book.metadata().title());
  }

  /** Writes every file of the site, on this thread. */
  public void write() throws IOException {
    write(Runnable::run);
  }

  /**
   * Writes every file of the site, the article pages rendered on the executor (the sink and the
   * warnings are used on this thread only, in the order of a serial render); the index and the
   * category pages come last.
   */
  public void write(Executor executor) throws IOException {
    UntranslatedLabels.warn(book, context.warnings());
    String cssFile = config.stylesheetName();
    write(cssFile, config.cssBytes());
    PageWriter.Css css = config.css(Optional.of(cssFile));
    OrderedPages pages = new OrderedPages(executor, context.warnings(), this::write);
    try {
      for (Article article : book.articles()) {
        Map<String, String> images = media.copy(article);
        String file = plan.file(article.slug()).orElseThrow();
        if (sink.wants(file)) { // a page the sink does not want (FileSink#wants) is not rendered
          pages.add(file, warnings -> articlePage(article, images, css, warnings));
        }
      }
      pages.finish();
    } catch (IOException | RuntimeException | Error e) {
      pages.abandon();
      throw e;
    }
    // a listing the sink does not want is not made (a streamed batch renders the site once a chunk
    // of articles, and wants the listings, each as long as its articles, only once)
    SiteListings listings = new SiteListings(config, book, plan, siteName, css);
    if (sink.wants(SitePlan.INDEX)) {
      write(SitePlan.INDEX, listings.index().getBytes(StandardCharsets.UTF_8));
    }
    for (SitePlan.Category category : plan.categories()) {
      if (sink.wants(category.file())) {
        write(category.file(), listings.category(category).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  // One article's page; thread-safe (the site's plan and the images' sizes are only read).
  private byte[] articlePage(Article article, Map<String, String> images, PageWriter.Css css,
      Consumer<Problem> warnings) throws IOException {
    MarkupOptions markup = config.markup(context.withWarnings(warnings))
        .linkTarget(this::linkTarget)
        .relatedLink(link -> link.slug().flatMap(plan::file).or(link::url))
        .categoryLink(name -> plan.category(name).map(SitePlan.Category::file))
        .imageSource(src -> imageSource(article, images, src))
        .imageSize(src -> Optional.ofNullable(images.get(src)).flatMap(media::size))
        .build();
    String file = plan.file(article.slug()).orElseThrow();
    ArticlePage page =
        new ArticlePage(article, Optional.of(file), Optional.of(SitePlan.INDEX), markup, crumbs(article));
    StringBuilder out = new StringBuilder(16 * 1024);
    page.write(config, MarkupWriter.to(out), css, Optional.of(siteName), false);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The article's own trail, or the site's: home, its category, the article. */
  private List<Crumb> crumbs(Article article) {
    List<Crumb> crumbs = article.metadata().breadcrumb();
    if (!crumbs.isEmpty()) {
      return crumbs;
    }
    List<Crumb> trail = new ArrayList<>();
    trail.add(Crumb.of(siteName, SitePlan.INDEX));
    article.metadata().category().flatMap(plan::category)
        .ifPresent(category -> trail.add(Crumb.of(category.name(), category.file())));
    trail.add(Crumb.of(article.title()));
    return trail;
  }

  /** A relative link to another article of the book ({@code allergies.md#causes}) becomes a link to its page. */
  private Optional<String> linkTarget(String url) {
    if (UrlPolicy.hasScheme(url) || url.startsWith("#") || url.startsWith("/") || url.startsWith("?")) {
      return Optional.of(url);
    }
    String path = url.strip();
    String fragment = "";
    int hash = path.indexOf('#');
    if (hash >= 0) {
      fragment = path.substring(hash);
      path = path.substring(0, hash);
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    for (String extension : SOURCE_EXTENSIONS) {
      if (name.toLowerCase(Locale.ROOT).endsWith(extension)) {
        Optional<String> file = plan.file(name.substring(0, name.length() - extension.length()));
        if (file.isPresent()) {
          return Optional.of(file.get() + fragment);
        }
      }
    }
    return Optional.of(url);
  }

  /** Where a page shows the image {@code src}: its copy, the web address as written, or nowhere. */
  static Optional<String> imageSource(Article article, Map<String, String> images, String src) {
    if (images.containsKey(src)) {
      return Optional.of(images.get(src));
    }
    if (UrlPolicy.hasScheme(src) || src.startsWith("//") || article.source().isEmpty()) {
      return Optional.of(src); // a web image, or an article built in code: left as written
    }
    return Optional.empty(); // a local file that could not be found: shown as its description
  }

  private void write(String path, byte[] bytes) throws IOException {
    try (OutputStream out = sink.open(path)) {
      out.write(bytes);
    }
  }
}
