package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import dev.carepress.render.html.markup.ArticleMarkup;
import dev.carepress.render.html.markup.MarkupOptions;
import dev.carepress.render.html.markup.MarkupWriter;
import dev.carepress.testing.SampleArticles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of the Javadoc and the README, run as written. */
class UsageExampleTest {

  @Test
  void pageFragmentAndSiteAsInTheJavadoc(@TempDir Path dir) throws Exception {
    Path md = dir.resolve("asthma.md");
    Files.writeString(md, "---\ntitle: Asthma\nsummary: What asthma is.\n---\n\nAsthma affects the airways.\n");
    Article article = MarkdownArticleReader.create().read(md);

    HtmlRenderer html = HtmlRenderer.create();
    String page = html.renderToString(article);
    html.render(article, dir.resolve("out/asthma.html"));
    String fragment = HtmlRenderer.builder().mode(HtmlMode.FRAGMENT).build()
        .renderToString(article);
    html.renderSite(SampleArticles.book(), FileSink.directory(dir.resolve("site")), RenderContext.defaults());

    assertThat(page).contains("<h1 id=\"title\" class=\"cp-title\">Asthma</h1>");
    assertThat(Files.readString(dir.resolve("out/asthma.html"))).isEqualTo(page);
    assertThat(fragment).startsWith("<article");
    assertThat(dir.resolve("site/index.html")).exists();
    assertThat(dir.resolve("site/carepress.css")).exists();
  }

  @Test
  void markupAsInThePackageJavadoc() {
    StringBuilder out = new StringBuilder();
    MarkupWriter w = MarkupWriter.to(out);
    ArticleMarkup.of(SampleArticles.minimal(), MarkupOptions.defaults()).writeArticle(w);
    assertThat(out.toString()).startsWith("<article class=\"cp-article\" aria-labelledby=\"title\">");
  }

  @Test
  void bookAsOnePage(@TempDir Path dir) throws Exception {
    Book book = SampleArticles.book();
    HtmlRenderer.create().renderBook(book, dir.resolve("book.html"));
    assertThat(Files.readString(dir.resolve("book.html"))).contains("Everyday Health Guide");
  }
}
