package dev.carepress.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.Problem;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad pages give one clear problem naming the file, never an exception or a partial article. */
class BadPagesTest {
  @TempDir Path dir;

  private ImportResult importBytes(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return HtmlArticleImporter.builder().build().importPage(file);
  }

  private static Problem onlyError(ImportResult result) {
    assertThat(result.article()).isEmpty();
    assertThat(result.errors()).hasSize(1);
    return result.errors().get(0);
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    Problem p = onlyError(importBytes("empty.html", "  \n".getBytes(StandardCharsets.UTF_8)));
    assertThat(p.toString()).contains("empty.html").contains("the file is empty");
  }

  @Test
  void aPdfSavedAsHtmlIsNamedForWhatItIs() throws IOException {
    Problem p = onlyError(importBytes("page.html", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(p.message()).isEqualTo("the file is a PDF document, not an HTML page");
  }

  @Test
  void binaryBytesAreRefused() throws IOException {
    byte[] bytes = new byte[2000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 7);
    }
    assertThat(onlyError(importBytes("blob.html", bytes)).message()).startsWith("the file is binary");
  }

  @Test
  void plainTextIsNotHtml() throws IOException {
    Problem p = onlyError(importBytes("notes.html", "Just some notes about asthma.\nNo tags here.".getBytes(StandardCharsets.UTF_8)));
    assertThat(p.message()).contains("not an HTML page");
  }

  @Test
  void aPageLargerThanTheLimitIsRefusedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("huge.html");
    try (var out = Files.newOutputStream(file)) {
      byte[] chunk = "<p>filler text</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 2700; i++) { // about 50 MB
        out.write(chunk);
      }
    }
    Problem p = onlyError(HtmlArticleImporter.builder().build().importPage(file));
    assertThat(p.message()).contains("MB, more than the limit of 16.0 MB");
  }

  @Test
  void aPageWithOnlyNavigationHasNoDiscernibleContent() throws IOException {
    String html = "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav><footer>© 2025</footer></body></html>";
    Problem p = onlyError(importBytes("nav.html", html.getBytes(StandardCharsets.UTF_8)));
    assertThat(p.message()).startsWith("no article text found");
  }

  @Test
  void aTruncatedPageImportsWithAWarning() throws IOException {
    String html = "<html><head><title>Flu</title></head><body><main><h1>Flu</h1><p>Flu spreads in the air when people"
        + " cough and sneeze, and on hands. Wash your hands often and stay home when you";
    ImportResult result = importBytes("cut.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(result.article()).isPresent();
    assertThat(result.warnings()).filteredOn(p -> p.code().equals("truncated")).singleElement()
        .satisfies(p -> assertThat(p.location()).endsWith("cut.html:1:" + (html.length() + 1))); // where it stops
  }

  @Test
  void aDeeplyNestedPageImportsWithAWarningAndNoStackOverflow() throws IOException {
    String html = "<html><body><main><h1>Deep</h1>" + "<div>".repeat(20000) + "<p>Text at the bottom of it all, long enough"
        + " to count as an article.</p>" + "</div>".repeat(20000) + "</main></body></html>";
    ImportResult result = importBytes("deep.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(result.warnings()).filteredOn(p -> p.code().equals("too-deep")).singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(1))
        .satisfies(p -> assertThat(p.column()).isGreaterThan(30)) // at a <div> deep inside, not the page's start
        .satisfies(p -> assertThat(p.hint()).isNotEmpty());
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void aWindows1252PageDeclaredInMetaIsConverted() throws IOException {
    String html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body><main><h1>Caf\u00e9"
        + " and your heart</h1><p>Coffee at the caf\u00e9 is fine for most people, na\u00efve worries aside.</p></main></body></html>";
    ImportResult result = importBytes("cafe.html", html.getBytes(Charset.forName("windows-1252")));
    assertThat(result.orThrow().title()).isEqualTo("Caf\u00e9 and your heart");
    assertThat(result.warnings()).anyMatch(p -> p.code().equals("charset"));
  }

  @Test
  void aLatin1PageWithoutADeclarationIsReadAsWindows1252WithAWarning() throws IOException {
    String html = "<html><body><main><h1>Ni\u00f1os</h1><p>Los ni\u00f1os necesitan dormir m\u00e1s que los adultos.</p></main></body></html>";
    ImportResult result = importBytes("ninos.html", html.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(result.orThrow().title()).isEqualTo("Ni\u00f1os");
    assertThat(result.warnings()).anyMatch(p -> p.code().equals("not-utf8"));
  }

  @Test
  void aWindows1252PageThatDeclaresUtf8IsSaidToDeclareItWronglyAtItsFirstBadByte() throws IOException {
    String html = "<html><head><meta charset=\"utf-8\"><title>T</title></head>\n<body><main><h1>Caf\u00e9s</h1>\n"
        + "<p>It\u2019s fine to drink coffee at the caf\u00e9, most doctors say, in small amounts.</p></main></body></html>";
    ImportResult result = importBytes("cafe.html", html.getBytes(Charset.forName("windows-1252")));

    assertThat(result.orThrow().title()).isEqualTo("Caf\u00e9s");
    assertThat(result.warnings()).filteredOn(p -> p.code().equals("not-utf8")).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(20);
      assertThat(p.message()).startsWith("the page declares UTF-8 in its <meta> but is not UTF-8").contains("0xE9");
    });
  }

  @Test
  void aUtf8PageWhoseMetaWronglyDeclaresLatin1IsReadAsUtf8WithAWarningAtTheMeta() throws IOException {
    String html = "<html><head>\n<title>T</title><meta charset=\"iso-8859-1\"></head><body><main><h1>\u00c4rztliche"
        + " Beratung</h1><p>Kinder brauchen viel Schlaf und gesunde Ern\u00e4hrung, sagen die \u00c4rzte.</p></main></body></html>";
    ImportResult result = importBytes("kinder.html", html.getBytes(StandardCharsets.UTF_8));

    assertThat(result.orThrow().title()).isEqualTo("\u00c4rztliche Beratung");
    assertThat(result.warnings()).filteredOn(p -> p.code().equals("charset-wrong")).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo(dir.resolve("kinder.html") + ":2:17");
      assertThat(p.message()).contains("'iso-8859-1'").contains("UTF-8");
    });
  }

  @Test
  void scriptsEventHandlersAndJavascriptLinksNeverBecomeContent() {
    String html = "<html><body><main><h1>Safe</h1><p onclick=\"steal()\">Read <a href=\" java\tscript:alert(1)\">this</a>"
        + " and <a href=\"data:text/html,<script>x</script>\">that</a>.</p><script>document.write('evil')</script>"
        + "<img src=\"javascript:alert(2)\" alt=\"x\"><iframe src=\"https://ads.example\"></iframe></main></body></html>";
    ImportResult result = HtmlArticleImporter.builder().build().importHtml(html, "safe.html", Optional.empty());
    String markdown = MarkdownArticleWriter.create().toMarkdown(result.orThrow());
    assertThat(markdown).doesNotContain("script", "steal", "evil", "data:", "iframe", "ads.example").contains("Read this and that.");
  }
}
