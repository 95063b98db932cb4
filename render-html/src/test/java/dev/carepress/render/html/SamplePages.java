package dev.carepress.render.html;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.model.BookMetadata;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.model.Image;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import dev.carepress.testing.SampleArticles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Renders the sample articles into {@code target/html-samples}: standalone pages, a site, and the
 * example articles of the repository when they are there. Shared by the validator tests, which
 * check every page it lists, so that the pages checked and the pages looked at are the same.
 */
final class SamplePages {
  static final Path ROOT = Path.of("target/html-samples");
  private static List<Path> pages;

  private SamplePages() {}

  /** Every page rendered (rendering them the first time). */
  static synchronized List<Path> all() {
    if (pages == null) {
      try {
        pages = render();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pages;
  }

  private static List<Path> render() throws IOException {
    Files.createDirectories(ROOT);
    List<Path> out = new ArrayList<>();
    Path images = ROOT.resolve("source");
    Files.createDirectories(images);
    Path png = images.resolve("inhaler.png");
    writePng(png);
    Article withFigure = SampleArticles.withFigure(images.resolve("asthma.md"), "inhaler.png",
        "A blue reliever inhaler with a spacer attached", "Attach the spacer before each puff.")
        .toBuilder().image(new Image("inhaler.png", "An inhaler")).build();

    HtmlRenderer page = HtmlRenderer.builder()
        .baseUrl("https://health.example.org/articles/").siteName("Example Health").build();
    for (Article article : List.of(SampleArticles.everything(), SampleArticles.spanish(), SampleArticles.minimal())) {
      Path file = ROOT.resolve("pages/" + article.slug() + ".html");
      page.render(article, file);
      out.add(file);
    }
    Path linked = ROOT.resolve("linked/" + SampleArticles.everything().slug() + ".html");
    HtmlRenderer.builder().cssMode(CssMode.LINK).build().render(SampleArticles.everything(), linked);
    out.add(linked);

    Book book = SampleArticles.book();
    Book site = Book.of(book.metadata(), List.of(withFigure, SampleArticles.spanish(), SampleArticles.minimal(),
        SampleArticles.everything().toBuilder().slug("allergies").title("Allergies").build()));
    Path siteDir = ROOT.resolve("site");
    HtmlRenderer.create().renderSite(site, FileSink.directory(siteDir), RenderContext.defaults());
    try (var files = Files.list(siteDir)) {
      files.filter(f -> f.toString().endsWith(".html")).sorted().forEach(out::add);
    }
    // The repository's example articles: a standalone page each (images copied beside them), and a site.
    Path examples = Path.of("../examples/articles");
    if (Files.isDirectory(examples)) {
      List<Article> articles = new ArrayList<>();
      try (var files = Files.list(examples)) {
        for (Path md : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          articles.add(MarkdownArticleReader.create().read(md));
        }
      }
      Path pagesDir = ROOT.resolve("examples");
      Files.createDirectories(pagesDir.resolve("images"));
      try (var files = Files.list(examples.resolve("images"))) {
        for (Path image : files.toList()) {
          Files.copy(image, pagesDir.resolve("images").resolve(image.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      for (Article article : articles) {
        Path file = pagesDir.resolve(article.slug() + ".html");
        page.render(article, file);
        out.add(file);
      }
      Path exampleSite = ROOT.resolve("examples-site");
      HtmlRenderer.builder().baseUrl("https://health.example.org/").build()
          .renderSite(Book.of(new BookMetadata("Living Well", Optional.of("Plain-language health guides"), "living-well",
              List.of(), Optional.empty(), "en", Optional.empty(), Optional.empty()), articles),
              FileSink.directory(exampleSite), RenderContext.defaults());
      try (var files = Files.list(exampleSite)) {
        files.filter(f -> f.toString().endsWith(".html")).sorted().forEach(out::add);
      }
    }
    Path bookPage = ROOT.resolve("book/book.html");
    HtmlRenderer.create().renderBook(book, bookPage, RenderContext.defaults());
    out.add(bookPage);
    return out;
  }

  private static void writePng(Path file) throws IOException {
    BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xE8F0FE));
    g.fillRect(0, 0, 640, 360);
    g.setColor(new Color(0x0B57D0));
    g.fillRoundRect(220, 60, 120, 240, 30, 30);
    g.setColor(new Color(0x5F6368));
    g.fillRect(340, 200, 180, 70);
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
