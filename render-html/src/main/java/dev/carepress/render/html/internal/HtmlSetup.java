package dev.carepress.render.html.internal;

import dev.carepress.io.AtomicFiles;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import dev.carepress.render.OptionValues;
import dev.carepress.render.html.CssMode;
import dev.carepress.render.html.HtmlMode;
import dev.carepress.render.html.HtmlRenderer;
import dev.carepress.render.html.PageShell;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * What an {@link HtmlRenderer} is made of, resolved once when it is built: the option values, the
 * page shell, the CSS added in code (kept to make a changed copy), the stylesheet file read, and the
 * {@link HtmlConfig} the page writers use; and the outputs it writes with them. Immutable.
 *
 * @param options the values of {@link HtmlRenderer#OPTIONS}
 * @param shell the page shell
 * @param addedCss the CSS texts added in code, in order (not the file's)
 * @param config the resolved configuration
 */
public record HtmlSetup(OptionValues options, PageShell shell, List<String> addedCss, HtmlConfig config) {

  /** Copies the list. */
  public HtmlSetup {
    addedCss = List.copyOf(addedCss);
  }

  /**
   * Resolves the options: reads the {@link HtmlRenderer#STYLESHEET_FILE}, if one is set, after the
   * CSS added in code.
   *
   * @throws dev.carepress.render.SettingsException if that file cannot be read or used
   */
  public static HtmlSetup of(OptionValues options, PageShell shell, List<String> addedCss) {
    List<String> css = new ArrayList<>(addedCss);
    String file = options.get(HtmlRenderer.STYLESHEET_FILE);
    if (!file.isBlank()) {
      css.add(SettingRules.cssFile(HtmlRenderer.STYLESHEET_FILE.key(), file));
    }
    return new HtmlSetup(options, shell, addedCss, new HtmlConfig(options, shell, List.copyOf(css)));
  }

  /** The article as a page or fragment, per the options. */
  public String page(Article article, RenderContext context) {
    return ArticlePage.standalone(config, Objects.requireNonNull(article, "article"), context);
  }

  /** Writes the article (a page or a fragment, per the options) as UTF-8. */
  public void page(Article article, RenderContext context, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    ArticlePage.standalone(config, Objects.requireNonNull(article, "article"),
        Objects.requireNonNull(context, "context"), out);
  }

  /**
   * Writes the article into the sink as {@code file} with what it needs beside it: a page gets its
   * local images copied under {@code media/}, as a site's pages do (one that cannot be found is
   * left out with a warning), and, when it links its stylesheet, the stylesheet; a fragment is
   * written alone, its images' addresses as written.
   */
  public void page(Article article, RenderContext context, FileSink sink, String file) throws IOException {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(context, "context");
    if (config.mode() == HtmlMode.FRAGMENT) {
      try (OutputStream out = sink.open(file)) {
        ArticlePage.standalone(config, article, context, out);
      }
      return;
    }
    SiteMedia media = new SiteMedia(context, sink);
    Map<String, String> images = media.copy(article); // first: it refuses an image before anything is written
    if (config.cssMode() == CssMode.LINK) {
      try (OutputStream out = sink.open(config.stylesheetName())) {
        out.write(config.cssBytes());
      }
    }
    try (OutputStream out = sink.open(file)) {
      ArticlePage.standalone(config, article, context, markup -> markup
          .imageSource(src -> StaticSite.imageSource(article, images, src))
          .imageSize(src -> Optional.ofNullable(images.get(src)).flatMap(media::size)), out);
    }
  }

  /** Writes the whole book as one page. */
  public void book(Book book, RenderContext context, OutputStream out) throws IOException {
    BookPage.write(config, Objects.requireNonNull(book, "book"), context, out);
  }

  /** Writes the static site of the book into the sink, its article pages rendered on the executor. */
  public void site(Book book, FileSink sink, RenderContext context, Executor executor) throws IOException {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(executor, "executor");
    new StaticSite(config, Objects.requireNonNull(book, "book"), sink, context).write(executor);
  }

  /**
   * Writes a rendered page to its file, atomically; a linked page ({@link CssMode#LINK}) gets its
   * stylesheet written beside it first.
   */
  public void writeFile(String page, Path file) throws IOException {
    if (config.mode() == HtmlMode.PAGE && config.cssMode() == CssMode.LINK) {
      Path dir = file.toAbsolutePath().getParent();
      AtomicFiles.write(dir.resolve(config.stylesheetName()), out -> out.write(config.cssBytes()));
    }
    AtomicFiles.write(file, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
  }
}
