package dev.carepress.cli.testing;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.PlainText;
import dev.carepress.render.FileSink;
import dev.carepress.render.Format;
import dev.carepress.render.Option;
import dev.carepress.render.OptionValues;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A tiny renderer for the command's tests, listed in the test resources' {@code META-INF/services}
 * as format {@code fake} (plain text). It fails on purpose for articles whose title says so: "Explode"
 * (bad content, after writing part of its output) and "Crash" (a renderer bug). {@link #html()} makes a
 * stand-in for the HTML renderer with a site, added by hand where the real one is not wanted.
 */
public class FakeRendererProvider implements RendererProvider {
  private static final Option<String> GREETING = Option.text("greeting", "", "a line written first");
  private static final Option<Boolean> SHOUT = Option.flag("shout", false, "upper-case titles");
  private static final Option<Paper> PAGE_SIZE = Option.choice("pageSize", Paper.class, Paper.A4, true, "paper size");

  /** The paper sizes of the fake format. */
  enum Paper { A4, LETTER }

  private final String id;
  private final String extension;

  /** The {@code fake} format, made by {@link java.util.ServiceLoader}. */
  public FakeRendererProvider() {
    this("fake", "txt");
  }

  private FakeRendererProvider(String id, String extension) {
    this.id = id;
    this.extension = extension;
  }

  /** A stand-in for the {@code html} format whose site is pages, {@code index.html} and {@code style.css}. */
  public static RendererProvider html() {
    return new FakeRendererProvider("html", "html");
  }

  @Override
  public Format format() {
    return Format.of(id, extension, "text/plain", "Plain text for the command's tests");
  }

  @Override
  public List<Option<?>> options() {
    return List.of(GREETING, SHOUT, PAGE_SIZE);
  }

  @Override
  public Renderer create(Settings settings) {
    OptionValues values = OptionValues.builder(options()).apply(id, settings).build();
    return new FakeRenderer(id, extension, values.get(GREETING) + "|" + values.get(PAGE_SIZE), values.get(SHOUT));
  }

  private static final class FakeRenderer implements Renderer {
    private final String id;
    private final String extension;
    private final String header;
    private final boolean shout;

    FakeRenderer(String id, String extension, String header, boolean shout) {
      this.id = id;
      this.extension = extension;
      this.header = header;
      this.shout = shout;
    }

    @Override
    public Format format() {
      return Format.of(id, extension, "text/plain", "Plain text for the command's tests");
    }

    @Override
    public boolean rendersSite() {
      return id.equals("html");
    }

    @Override
    public void render(Article article, OutputStream out, RenderContext context) throws IOException {
      String source = article.source().map(Path::toString).orElse(article.slug());
      out.write((id + " " + header + "\n").getBytes(StandardCharsets.UTF_8));
      if (article.title().contains("Explode")) {
        out.flush();
        throw new ContentException(Problem.error("bad-image", source, 7, 3, "the image 'x.png' cannot be found",
            "put x.png next to the article"));
      }
      if (article.title().contains("Crash")) {
        throw new IllegalStateException("index 3 out of bounds in the fake layout");
      }
      if (article.title().contains("Noisy")) {
        for (int line = 1; line <= 8; line++) {
          context.warnings().accept(Problem.warning("no-glyph", source, line, 1, "no font has the character on line " + line,
              "add a fallback font"));
        }
      }
      if (article.metadata().summary().isEmpty()) {
        context.warnings().accept(Problem.warning("no-summary", source, 1, 1, "the article has no summary",
            "add summary: to the front matter"));
      }
      String title = shout ? article.title().toUpperCase(Locale.ROOT) : article.title();
      StringBuilder text = new StringBuilder(title).append('\n').append(article.slug()).append('\n');
      article.sections().forEach(s -> text.append("## ").append(s.title()).append('\n'));
      text.append(PlainText.ofBlocks(article.introduction())).append('\n');
      article.related().forEach(r -> text.append("related: ").append(r.title()).append('\n'));
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
      out.write(("book " + book.metadata().title() + "\n").getBytes(StandardCharsets.UTF_8));
      for (Article article : book.articles()) {
        render(article, out, context);
      }
    }

    @Override
    public void renderSite(Book book, FileSink sink, RenderContext context) throws IOException {
      StringBuilder index = new StringBuilder(book.metadata().title()).append('\n');
      for (Article article : book.articles()) {
        try (OutputStream out = sink.open(article.slug() + "." + extension)) {
          render(article, out, context);
        }
        index.append(article.slug()).append('\n');
      }
      try (OutputStream out = sink.open("index." + extension)) {
        out.write(index.toString().getBytes(StandardCharsets.UTF_8));
      }
      try (OutputStream out = sink.open("style.css")) {
        out.write("body{}".getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
