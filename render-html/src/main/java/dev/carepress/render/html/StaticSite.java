package dev.carepress.render.html;

import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Crumb;
import dev.carepress.model.Figure;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Quote;
import dev.carepress.model.Slugs;
import dev.carepress.render.FileSink;
import dev.carepress.render.Labels;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Resource;
import dev.carepress.text.UrlPolicy;
import dev.carepress.render.html.internal.ImageSizes;
import dev.carepress.render.html.internal.JsonLd;
import dev.carepress.render.html.internal.PageWriter;
import dev.carepress.render.html.markup.ImageSize;
import dev.carepress.render.html.markup.MarkupOptions;
import dev.carepress.render.html.markup.MarkupWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes a book as a static site; one instance per {@link HtmlRenderer#renderSite} call. */
final class StaticSite {
  private static final String INDEX = "index.html";
  private static final String[] SOURCE_EXTENSIONS = {".md", ".markdown", ".html", ".htm", ".json"};

  private final HtmlRenderer renderer;
  private final HtmlOptions options;
  private final dev.carepress.model.Book book;
  private final FileSink sink;
  private final RenderContext context;
  private final Map<String, String> files = new LinkedHashMap<>();
  private final Map<String, Category> categories = new LinkedHashMap<>();
  private final List<Article> uncategorized = new ArrayList<>();
  private final Map<String, String> mediaFiles = new HashMap<>();
  private final Map<String, byte[]> mediaWritten = new HashMap<>();
  private final Map<String, ImageSize> mediaSizes = new HashMap<>();
  private final String siteName;

  private static final class Category {
    final String name;
    final String file;
    final List<Article> articles = new ArrayList<>();

    Category(String name, String file) {
      this.name = name;
      this.file = file;
    }
  }

  StaticSite(HtmlRenderer renderer, dev.carepress.model.Book book, FileSink sink, RenderContext context) {
    this.renderer = renderer;
    this.options = renderer.options();
    this.book = book;
    this.sink = sink;
    this.context = context;
    this.siteName = options.siteName().orElse(book.metadata().title());
    Set<String> taken = new HashSet<>();
    taken.add("index");
    for (Article article : book.articles()) {
      String name = article.slug();
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = article.slug() + "-" + n;
      }
      files.put(article.slug(), name + ".html");
    }
    for (Article article : book.articles()) {
      Optional<String> category = article.metadata().category().filter(c -> !c.isBlank());
      if (category.isEmpty()) {
        uncategorized.add(article);
        continue;
      }
      Category page = categories.get(category.get());
      if (page == null) {
        String base = "category-" + Slugs.slugify(category.get());
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
          name = base + "-" + n;
        }
        page = new Category(category.get(), name + ".html");
        categories.put(category.get(), page);
      }
      page.articles.add(article);
    }
  }

  void write() throws IOException {
    String cssFile = options.stylesheetName();
    write(cssFile, renderer.stylesheet().getBytes(StandardCharsets.UTF_8));
    PageWriter.Css css = renderer.css(Optional.of(cssFile));
    for (Article article : book.articles()) {
      Map<String, String> images = images(article);
      MarkupOptions markup = renderer.markup(context)
          .linkTarget(this::linkTarget)
          .relatedLink(link -> link.slug().map(files::get).or(link::url))
          .categoryLink(name -> Optional.ofNullable(categories.get(name)).map(c -> c.file))
          .imageSource(src -> imageSource(article, images, src))
          .imageSize(src -> Optional.ofNullable(images.get(src)).map(mediaSizes::get))
          .build();
      List<Crumb> crumbs = article.metadata().breadcrumb();
      if (crumbs.isEmpty()) {
        crumbs = new ArrayList<>();
        crumbs.add(Crumb.of(siteName, INDEX));
        Optional<String> category = article.metadata().category();
        if (category.isPresent() && categories.containsKey(category.get())) {
          crumbs.add(Crumb.of(category.get(), categories.get(category.get()).file));
        }
        crumbs.add(Crumb.of(article.title()));
      }
      HtmlRenderer.ArticlePage page = new HtmlRenderer.ArticlePage(
          article, Optional.of(files.get(article.slug())), Optional.of(INDEX), markup, crumbs);
      StringBuilder out = new StringBuilder(16 * 1024);
      renderer.writeArticlePage(MarkupWriter.to(out), page, css, Optional.of(siteName), false);
      write(files.get(article.slug()), out.toString().getBytes(StandardCharsets.UTF_8));
    }
    writeIndex(css);
    for (Category category : categories.values()) {
      writeCategory(category, css);
    }
  }

  private void writeIndex(PageWriter.Css css) throws IOException {
    String language = book.metadata().language();
    Labels labels = renderer.labels(language);
    Optional<String> url = options.baseUrl().map(base -> base + INDEX);
    PageContext page = new PageContext(PageKind.INDEX, book.metadata().title(), language, labels, Optional.empty(),
        Optional.of(INDEX), url, Optional.of(siteName));
    PageWriter.Head head = new PageWriter.Head(book.metadata().subtitle(), url, List.of(),
        Optional.of(collection(book.metadata().title(), language, url, List.of())));
    StringBuilder out = new StringBuilder(8 * 1024);
    PageWriter.write(MarkupWriter.to(out), options, page, head, css, w -> {
      w.start("div").attr("class", "cp-listing").newline();
      w.element("h1", book.metadata().title()).newline();
      book.metadata().subtitle().ifPresent(s -> w.start("p").attr("class", "cp-subtitle").text(s).end("p").newline());
      for (Category category : categories.values()) {
        w.start("section").newline();
        w.start("h2").start("a").attr("href", category.file).text(category.name).end("a").end("h2").newline();
        list(w, category.articles, language);
        w.end("section").newline();
      }
      if (!uncategorized.isEmpty()) {
        w.start("section").newline();
        w.element("h2", labels.get(categories.isEmpty() ? "articles" : "otherArticles")).newline();
        list(w, categories.isEmpty() ? book.articles() : uncategorized, language);
        w.end("section").newline();
      }
      w.end("div").newline();
    });
    write(INDEX, out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void writeCategory(Category category, PageWriter.Css css) throws IOException {
    String language = book.metadata().language();
    Labels labels = renderer.labels(language);
    Optional<String> url = options.baseUrl().map(base -> base + category.file);
    List<Crumb> crumbs = List.of(Crumb.of(siteName, INDEX), Crumb.of(category.name));
    PageContext page = new PageContext(PageKind.CATEGORY, category.name, language, labels, Optional.empty(),
        Optional.of(INDEX), url, Optional.of(siteName));
    PageWriter.Head head = new PageWriter.Head(Optional.empty(), url, List.of(),
        Optional.of(collection(category.name, language, url, crumbs)));
    StringBuilder out = new StringBuilder(8 * 1024);
    PageWriter.write(MarkupWriter.to(out), options, page, head, css, w -> {
      w.start("nav").attr("class", "cp-breadcrumb").attr("aria-label", labels.get("breadcrumb")).newline();
      w.start("ol").newline();
      w.start("li").start("a").attr("href", INDEX).text(siteName).end("a").end("li").newline();
      w.start("li").start("span").attr("aria-current", "page").text(category.name).end("span").end("li").newline();
      w.end("ol").newline().end("nav").newline();
      w.start("div").attr("class", "cp-listing").newline();
      w.element("h1", category.name).newline();
      list(w, category.articles, language);
      w.end("div").newline();
    });
    write(category.file, out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void list(MarkupWriter w, List<Article> articles, String pageLanguage) {
    w.start("ul").newline();
    for (Article article : articles) {
      w.start("li");
      if (!article.language().equals(pageLanguage)) {
        w.attr("lang", article.language());
      }
      w.start("a").attr("href", files.get(article.slug())).text(article.title()).end("a");
      article.metadata().summary().ifPresent(s ->
          w.start("span").attr("class", "cp-related-summary").text(s).end("span"));
      w.end("li").newline();
    }
    w.end("ul").newline();
  }

  private String collection(String name, String language, Optional<String> url, List<Crumb> crumbs) {
    return JsonLd.collection(name, language, url, crumbs, options.baseUrl());
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
        String slug = name.substring(0, name.length() - extension.length());
        if (files.containsKey(slug)) {
          return Optional.of(files.get(slug) + fragment);
        }
      }
    }
    return Optional.of(url);
  }

  private Optional<String> imageSource(Article article, Map<String, String> images, String src) {
    if (images.containsKey(src)) {
      return Optional.of(images.get(src));
    }
    if (UrlPolicy.hasScheme(src) || src.startsWith("//") || article.source().isEmpty()) {
      return Optional.of(src); // a web image, or an article built in code: left as written
    }
    return Optional.empty(); // a local file that could not be found: shown as its description
  }

  /** Copies the article's local images into {@code media/} and maps each {@code src} to its copy. */
  private Map<String, String> images(Article article) throws IOException {
    List<String> sources = new ArrayList<>();
    article.metadata().image().ifPresent(image -> sources.add(image.src()));
    collectFigures(article.introduction(), sources);
    article.allSections().forEach(section -> collectFigures(section.blocks(), sources));
    Map<String, String> map = new HashMap<>();
    for (String src : sources) {
      if (map.containsKey(src) || UrlPolicy.hasScheme(src) || src.startsWith("//") || !UrlPolicy.isSafeImage(src)) {
        continue;
      }
      Optional<Resource> resource = context.resources().resolve(article.source(), src);
      if (resource.isEmpty()) {
        continue;
      }
      String key = article.source().map(p -> p.toAbsolutePath().getParent().toString()).orElse("") + "\n" + src;
      String file = mediaFiles.get(key);
      if (file == null) {
        file = mediaName(resource.get());
        mediaFiles.put(key, file);
        write(file, resource.get().bytes());
        ImageSizes.of(resource.get().bytes()).ifPresent(size -> mediaSizes.put(key, size));
      }
      map.put(src, file);
      if (mediaSizes.containsKey(key)) {
        mediaSizes.put(file, mediaSizes.get(key));
      }
    }
    return map;
  }

  private String mediaName(Resource resource) {
    String base = resource.name().replaceAll("[^A-Za-z0-9._-]", "-");
    if (base.isEmpty() || base.startsWith(".")) {
      base = "image" + base;
    }
    String name = "media/" + base;
    for (int n = 2; mediaWritten.containsKey(name) && !Arrays.equals(mediaWritten.get(name), resource.bytes()); n++) {
      name = "media/" + n + "-" + base;
    }
    mediaWritten.put(name, resource.bytes());
    return name;
  }

  private static void collectFigures(List<Block> blocks, List<String> out) {
    for (Block block : blocks) {
      if (block instanceof Figure) {
        out.add(((Figure) block).src());
      } else if (block instanceof Callout) {
        collectFigures(((Callout) block).blocks(), out);
      } else if (block instanceof Quote) {
        collectFigures(((Quote) block).blocks(), out);
      } else if (block instanceof BulletList) {
        ((BulletList) block).items().stream().map(ListItem::blocks).forEach(b -> collectFigures(b, out));
      } else if (block instanceof OrderedList) {
        ((OrderedList) block).items().stream().map(ListItem::blocks).forEach(b -> collectFigures(b, out));
      }
    }
  }

  private void write(String path, byte[] bytes) throws IOException {
    try (OutputStream out = sink.open(path)) {
      out.write(bytes);
    }
  }
}
