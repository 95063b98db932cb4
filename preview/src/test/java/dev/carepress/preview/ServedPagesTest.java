package dev.carepress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.preview.testing.Folders;
import dev.carepress.preview.testing.Http;
import dev.carepress.read.ArticleReaders;
import dev.carepress.read.BookReader;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderers;
import dev.carepress.render.ResourceResolver;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The served pages are the published ones plus exactly what the preview adds: the published site
 * stays script-free under its strict policy, and a served page's only script is the preview's,
 * allowed by a nonce made for that response.
 */
class ServedPagesTest {
  @TempDir static Path dir;
  private static Path published;
  private static PreviewServer server;

  @BeforeAll
  static void start() throws IOException {
    Path folder = dir.resolve("folder");
    Folders.copyOfExamples(folder);
    server = PreviewServer.builder().folder(folder).build().start();
    // the site as render writes it, from the same articles in the same order, through the public API only
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder.toAbsolutePath())) {
      for (Path file : files.filter(ArticleReaders::isArticleFile).sorted().toList()) {
        articles.add(ArticleReaders.read(file));
      }
    }
    Book book = BookReader.create().read(folder.toAbsolutePath().resolve("book.yaml"));
    published = dir.resolve("published");
    Renderers.discover().require("html").renderSite(new Book(book.metadata(), articles, book.source()),
        FileSink.directory(published), RenderContext.defaults().withResources(ResourceResolver.filesWithin(folder)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyPublishedFileIsServedAndPagesDifferOnlyByWhatThePreviewAdds() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(published)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(15);
    for (Path file : files) {
      String path = published.relativize(file).toString().replace('\\', '/');
      HttpResponse<byte[]> served = Http.get(server.url().resolve("/" + path));
      assertThat(served.statusCode()).as(path).isEqualTo(200);
      byte[] expected = Files.readAllBytes(file);
      if (path.endsWith(".html")) {
        assertThat(withoutPreview(new String(served.body(), StandardCharsets.UTF_8)))
            .as(path).isEqualTo(new String(expected, StandardCharsets.UTF_8));
      } else {
        assertThat(served.body()).as(path).isEqualTo(expected);
      }
    }
  }

  @Test
  void thePublishedPagesHaveNoScriptButTheirJsonLd() throws IOException {
    try (Stream<Path> walk = Files.walk(published)) {
      for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
        assertThat(scripts(Files.readString(page))).as(page.toString())
            .allMatch(s -> s.startsWith("<script type=\"application/ld+json\">"));
      }
    }
  }

  @Test
  void aServedPagesOnlyOtherScriptIsThePreviewsAllowedByThisResponsesNonce() {
    HttpResponse<byte[]> first = Http.get(server.url().resolve("/hand-washing.html"));
    HttpResponse<byte[]> second = Http.get(server.url().resolve("/hand-washing.html"));
    String nonce = nonceOf(first);
    assertThat(nonce).matches("[A-Za-z0-9+/]{22}==").isNotEqualTo(nonceOf(second));
    List<String> scripts = scripts(new String(first.body(), StandardCharsets.UTF_8));
    assertThat(scripts).hasSize(2);
    assertThat(scripts.get(0)).startsWith("<script type=\"application/ld+json\">");
    assertThat(scripts.get(1)).startsWith("<script nonce=\"" + nonce + "\" data-path=\"hand-washing.html\"")
        .contains("new EventSource(");
    String page = new String(first.body(), StandardCharsets.UTF_8);
    assertThat(page).doesNotContainPattern("\\son[a-z]+=").doesNotContain("javascript:").doesNotContain(" style=\"");
    // the policy in the page and in the header allow that nonce and nothing else to run
    assertThat(first.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'nonce-" + nonce + "'", "default-src 'none'", "connect-src 'self'")
        .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(page).contains("script-src &#39;nonce-" + nonce + "&#39;; connect-src &#39;self&#39;\" />");
  }

  private static String nonceOf(HttpResponse<byte[]> response) {
    Matcher m = Pattern.compile("'nonce-([^']+)'").matcher(response.headers().firstValue("Content-Security-Policy")
        .orElseThrow());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static List<String> scripts(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<script\\b.*?</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher(html);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  // Takes out what the preview adds, as an independent check that it adds nothing else.
  static String withoutPreview(String served) {
    return served
        .replaceFirst("; script-src &#39;nonce-[^&]+&#39;; connect-src &#39;self&#39;\" />", "\" />")
        .replace("<link rel=\"stylesheet\" href=\"/_carepress/preview.css\" />\n", "")
        .replaceFirst("(<body[^>]*>)\n(<section class=\"cpp-problems.*?</section>\n)?", "$1")
        .replaceFirst("(?s)<nav class=\"cpp-bar\".*?</nav>\n", "")
        .replaceFirst("(?s)<script nonce=\"[^\"]+\" data-path=\"[^\"]*\" data-version=\"[^\"]*\">.*?</script>\n", "");
  }
}
