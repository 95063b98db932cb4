package dev.carepress.batch;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.FileSink;
import dev.carepress.render.Format;
import dev.carepress.render.Option;
import dev.carepress.render.OptionValues;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two small formats for the batch's tests: {@code txt} writes an article's title (and a book's
 * titles), {@code site} makes a site of a page per article and an {@code index.html}. Both fail, as
 * bad content at line 3, column 1, for an article titled "Broken"; {@code site} alone fails for one
 * titled "Badpage"; {@code txt} warns about an article titled "Shaky".
 */
final class TestRenderers {
  private TestRenderers() {}

  /** How many renderers the providers have made. */
  static final AtomicInteger MADE = new AtomicInteger();

  static final Option<String> PREFIX = Option.text("prefix", "", "written before each title");

  /** The registry of both formats, without discovery. */
  static Renderers both() {
    return Renderers.builder().discover(false).add(provider("txt", false)).add(provider("site", true)).build();
  }

  /** The registry of {@code txt} alone. */
  static Renderers text() {
    return Renderers.builder().discover(false).add(provider("txt", false)).build();
  }

  static RendererProvider provider(String id, boolean site) {
    Format format = Format.of(id, site ? "html" : "txt", "text/plain", "a format for tests");
    return new RendererProvider() {
      @Override
      public Format format() {
        return format;
      }

      @Override
      public List<Option<?>> options() {
        return List.of(PREFIX);
      }

      @Override
      public Renderer create(Settings settings) {
        MADE.incrementAndGet();
        String prefix = OptionValues.builder(options()).apply(id, settings).build().get(PREFIX);
        return new TestRenderer(format, site, prefix);
      }
    };
  }

  private static final class TestRenderer implements Renderer {
    private final Format format;
    private final boolean site;
    private final String prefix;

    TestRenderer(Format format, boolean site, String prefix) {
      this.format = format;
      this.site = site;
      this.prefix = prefix;
    }

    @Override
    public Format format() {
      return format;
    }

    @Override
    public boolean rendersSite() {
      return site;
    }

    @Override
    public void render(Article article, OutputStream out, RenderContext context) throws IOException {
      String source = article.source().map(Object::toString).orElse(article.slug());
      if (article.title().equals("Broken")) {
        throw new ContentException(List.of(Problem.error("broken", source, 3, 1, "this article is broken", "fix it")));
      }
      if (article.title().equals("Badpage") && site) {
        throw new ContentException(List.of(Problem.error("bad-page", source, 4, 2, "this page is bad", "fix it")));
      }
      if (article.title().equals("Shaky") && !site) {
        context.warnings().accept(Problem.warning("shaky", source, 2, 5, "this article is shaky", ""));
      }
      out.write((prefix + article.title() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
      for (Article article : book.articles()) {
        render(article, out, context);
      }
    }

    @Override
    public void renderSite(Book book, FileSink sink, RenderContext context) throws IOException {
      StringBuilder index = new StringBuilder(book.metadata().title() + "\n");
      for (Article article : book.articles()) {
        try (OutputStream out = sink.open(article.slug() + ".html")) {
          render(article, out, context);
        }
        index.append(article.slug()).append('\n');
      }
      try (OutputStream out = sink.open("index.html")) {
        out.write(index.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
