package dev.carepress.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.preview.testing.Events;
import dev.carepress.preview.testing.Folders;
import dev.carepress.preview.testing.Http;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout, the e-book and the literacy report, made on request from the current text. */
class DownloadsTest {
  @TempDir static Path dir;
  private static final Events EVENTS = new Events();
  private static PreviewServer server;

  @BeforeAll
  static void start() throws IOException {
    Folders.copyOfExamples(dir);
    server = PreviewServer.builder().folder(dir).listener(EVENTS).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static URI at(String path) {
    return server.url().resolve(path);
  }

  @Test
  void anArticlesPdfIsAValidHandoutOfItsCurrentText() throws IOException {
    HttpResponse<byte[]> response = Http.get(at("/hand-washing.pdf"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"hand-washing.pdf\"");
    try (PDDocument pdf = Loader.loadPDF(response.body())) {
      assertThat(pdf.getNumberOfPages()).isPositive();
      assertThat(new PDFTextStripper().getText(pdf)).contains("Hand washing");
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void settingsInTheAddressAreTheRenderersOwn() throws IOException {
    HttpResponse<byte[]> response = Http.get(at("/hand-washing.pdf?pageSize=LETTER&largePrint=true"));
    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument pdf = Loader.loadPDF(response.body());
        PDDocument normal = Loader.loadPDF(Http.get(at("/hand-washing.pdf?pageSize=LETTER")).body())) {
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
      assertThat(pdf.getNumberOfPages()).isGreaterThan(normal.getNumberOfPages()); // large print reflows onto more pages
    }
  }

  @Test
  void aBadSettingIsA400ThatSaysWhatWouldWork() {
    HttpResponse<byte[]> bad = Http.get(at("/hand-washing.pdf?pageSize=LEGAL"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(text(bad)).contains("setting 'pageSize' must be one of A4, LETTER, not 'LEGAL'", "pageSize (A4, LETTER)");
    assertThat(text(Http.get(at("/hand-washing.pdf?pagesize=LETTER")))).contains("pageSize");
    assertThat(Http.get(at("/hand-washing.pdf?pagesize=LETTER")).statusCode()).isEqualTo(400);
    assertThat(Http.get(at("/hand-washing.pdf?largePrint=maybe")).statusCode()).isEqualTo(400);
    assertThat(text(Http.get(at("/hand-washing.pdf?pageSize=A4&pageSize=LETTER")))).contains("given twice");
  }

  @Test
  void aSettingThatNamesAFileIsRefusedFromAnAddress() {
    for (String query : new String[] {"pdf?fontRegular=/etc/passwd", "pdf?fallbackFonts=/etc/passwd",
        "pdf?siteUrl=https://example.org/", "epub?stylesheet=/etc/passwd"}) {
      HttpResponse<byte[]> response = Http.get(at("/hand-washing." + query));
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(text(response)).as(query).contains("the preview takes only choices, numbers and true or false");
    }
  }

  @Test
  void anArticlesEpubIsAnEpubAttachment() throws IOException {
    HttpResponse<byte[]> response = Http.get(at("/la-gripe.epub"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/epub+zip");
    assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"la-gripe.epub\"");
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
      assertThat(zip.getNextEntry().getName()).isEqualTo("mimetype");
      assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
    }
  }

  @Test
  void theBookIsOfferedUnderItsSlug() throws IOException {
    HttpResponse<byte[]> pdf = Http.get(at("/living-well.pdf"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (PDDocument book = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(book);
      assertThat(text).contains("Living Well", "Hand washing", "La gripe");
    }
    assertThat(Http.get(at("/living-well.epub")).statusCode()).isEqualTo(200);
    assertThat(Http.text(at("/"))).contains("href=\"/living-well.pdf\"", "href=\"/living-well.epub\"");
  }

  @Test
  void theLiteracyReportIsOneClickFromThePage() {
    String page = Http.text(at("/hand-washing.html"));
    assertThat(page).contains("<nav class=\"cpp-bar\" aria-label=\"Preview\">", "Reading level: Flesch-Kincaid grade",
        "href=\"/hand-washing.check.html\">Literacy report</a>", "href=\"/hand-washing.pdf\">PDF handout</a>",
        "href=\"/hand-washing.pdf?pageSize=LETTER&amp;largePrint=true\">PDF handout, large print, US Letter</a>",
        "href=\"/hand-washing.epub\">EPUB e-book</a>");
    HttpResponse<byte[]> report = Http.get(at("/hand-washing.check.html"));
    assertThat(report.statusCode()).isEqualTo(200);
    String html = text(report);
    assertThat(html).contains("Carepress health-literacy report", "<h1>Hand washing</h1>",
        "href=\"/hand-washing.html\">Back to the page</a>");
    // the report has no policy of its own: the served copy gets a strict one, its style allowed by hash
    assertThat(report.headers().firstValue("Content-Security-Policy").orElseThrow())
        .startsWith("default-src 'none'; style-src 'sha256-").contains("'self'", "script-src 'nonce-");
  }

  @Test
  void headAnswersWithTheHeadersAndNoBody() {
    Http.Response head = Http.raw(server.port(), "HEAD /hand-washing.html HTTP/1.1", "Host: 127.0.0.1:" + server.port(),
        "Connection: close");
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("content-type")).hasValue("text/html; charset=utf-8");
    assertThat(head.body()).isEmpty();
  }

  @Test
  void whatIsNotThereIsA404PageThatLeadsBackAndNoListing() {
    for (String path : new String[] {"/nope.html", "/nope.pdf", "/media/", "/media", "/articles/hand-washing.md",
        "/book.yaml", "/nope.check.html"}) {
      HttpResponse<byte[]> response = Http.get(at(path));
      assertThat(response.statusCode()).as(path).isIn(400, 404);
      assertThat(text(response)).as(path).doesNotContain("hand-washing-steps.png").doesNotContain("title: Hand washing");
    }
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
