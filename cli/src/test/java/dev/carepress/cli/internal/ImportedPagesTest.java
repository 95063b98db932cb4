package dev.carepress.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.carepress.batch.InputReader;
import dev.carepress.cli.testing.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code carepress import} on every test page of the importer (the site templates and the pages
 * shaped like real health sites), then {@code render} in every format and {@code check} on what
 * it wrote; bad pages on the command line; images on the web fetched only when asked.
 */
class ImportedPagesTest {
  /** The importer's test pages, read where the build keeps them (the tests run in the module's folder). */
  private static final Path PAGES = Path.of("..", "import", "src", "test", "resources", "pages");

  @TempDir Path dir;

  private final Cli cli = Cli.discovering(InputReader.standard());

  static List<String> pages() throws IOException {
    try (Stream<Path> list = Files.list(PAGES)) {
      List<String> names = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted()
          .collect(Collectors.toList());
      assertThat(names).as("the importer's test pages in " + PAGES.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(8);
      return names;
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyTestPageImportsThenRendersInEveryFormatAndIsChecked(String name) throws IOException {
    Path out = dir.resolve("articles");

    Cli.Result imported = cli.run("import", PAGES.resolve(name).toString(), "--out", out.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.err()).doesNotContain(": error:", "Exception", "\tat ");
    String slug = name.replaceFirst("\\.html$", "");
    assertThat(out.resolve(slug + ".md")).isRegularFile();

    Cli.Result rendered = cli.run("render", out.toString(), "--format", "html,pdf,epub", "--out", dir.resolve("site").toString());
    assertThat(rendered.exitCode()).as(rendered.err()).isZero();
    for (String extension : List.of(".html", ".pdf", ".epub")) {
      assertThat(dir.resolve("site").resolve(slug + extension)).isNotEmptyFile();
    }

    Cli.Result checked = cli.run("check", out.toString());
    assertThat(checked.exitCode()).as(checked.out() + checked.err()).isIn(0, 1); // 1: short of a check, never invalid
    assertThat(checked.out() + checked.err()).doesNotContain(": error:");
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyTestPageImportsAsJsonThatRenders(String name) {
    Path out = dir.resolve("json");

    Cli.Result imported = cli.run("import", PAGES.resolve(name).toString(), "--out", out.toString(), "--json", "--quiet");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(out.resolve(name.replaceFirst("\\.html$", ".json"))).isRegularFile();

    Cli.Result rendered = cli.run("render", out.toString(), "--format", "html", "--out", dir.resolve("site").toString());
    assertThat(rendered.exitCode()).as(rendered.err()).isZero();
  }

  /** A bad page: its name and content. */
  record Bad(String name, byte[] content) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Bad> badPages() {
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31 + 7);
    }
    return Stream.of(
        new Bad("empty.html", new byte[0]),
        new Bad("blank.html", " \n\t\n".getBytes(StandardCharsets.UTF_8)),
        new Bad("binary.html", binary),
        new Bad("pdf.html", "%PDF-1.7\n1 0 obj << >> endobj".getBytes(StandardCharsets.ISO_8859_1)),
        new Bad("png.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}),
        new Bad("text.html", "Notes about asthma.\nNo tags at all.".getBytes(StandardCharsets.UTF_8)),
        new Bad("chrome-only.html", ("<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
            + "<footer>© 2025 Clinic</footer></body></html>").getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @MethodSource("badPages")
  void aBadPageFailsInOneLineNamingItWithNoStackTraceAndNothingWritten(Bad bad) throws IOException {
    Path page = dir.resolve(bad.name());
    Files.write(page, bad.content());
    Path good = Files.writeString(dir.resolve("good.html"), "<html><body><main><h1>Water</h1><p>Drink water every day,"
        + " more when it is hot.</p></main></body></html>");
    Path out = dir.resolve("out");

    Cli.Result result = cli.run("import", page.toString(), good.toString(), "--out", out.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().filter(l -> l.contains("error"))).singleElement()
        .satisfies(l -> assertThat(l).startsWith(page + ": error: "));
    assertThat(result.err()).doesNotContain("Exception", "\tat ").contains("1 page imported, 1 failed");
    assertThat(files(out)).containsExactly("good.md"); // the good page is still imported; nothing of the bad one
  }

  @Test
  void aFiftyMegabytePageIsRefusedInOneLine() throws IOException {
    Path page = dir.resolve("huge.html");
    byte[] chunk = "<p>filler text, filler text.</p>\n".repeat(32768).getBytes(StandardCharsets.UTF_8); // 1 MB
    try (OutputStream o = Files.newOutputStream(page)) {
      for (int i = 0; i < 50; i++) {
        o.write(chunk);
      }
    }
    Cli.Result result = cli.run("import", page.toString(), "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().filter(l -> l.contains("error"))).singleElement()
        .satisfies(l -> assertThat(l).startsWith(page + ": error: ").contains("more than the limit"));
    assertThat(result.err()).contains("--max-size MB");
    assertThat(files(dir.resolve("out"))).isEmpty();
  }

  @Test
  void aLargePageIsReadWhenTheLimitIsRaisedAsTheHintSays() throws IOException {
    Path page = dir.resolve("long.html");
    String filler = "<p>Drink water often, and rest.</p>\n".repeat(600_000); // ~21 MB, over the default 16 MB
    Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><title>Long</title></head><body><main><h1>Long</h1>"
        + filler + "</main></body></html>");

    Cli.Result refused = cli.run("import", page.toString(), "--out", dir.resolve("out").toString());
    Cli.Result read = cli.run("import", page.toString(), "--out", dir.resolve("out").toString(), "--max-size", "32");

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(read.exitCode()).as(read.err()).isZero();
    assertThat(files(dir.resolve("out"))).containsExactly("long.md");
  }

  @Test
  void aMaxSizeOfZeroIsAUsageError() {
    Cli.Result result = cli.run("import", "page.html", "--out", dir.resolve("out").toString(), "--max-size", "0");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--max-size 0: give a size from 1 to 1024");
  }

  static Stream<Bad> doubtfulPages() {
    String nested = "<html><body><main><h1>Deep</h1>" + "<div>".repeat(5000) + "<p>Text at the bottom of it all, long"
        + " enough to count as an article.</p>" + "</div>".repeat(5000) + "</main></body></html>";
    return Stream.of(
        new Bad("cut.html", ("<html><head><title>Flu</title></head><body><main><h1>Flu</h1><p>Flu spreads in the air when"
            + " people cough and sneeze. Wash your hands often and stay home when you").getBytes(StandardCharsets.UTF_8)),
        new Bad("deep.html", nested.getBytes(StandardCharsets.UTF_8)),
        new Bad("declared-1252.html", ("<html><head><meta charset=\"windows-1252\"></head><body><main><h1>Caf\u00e9 and"
            + " your heart</h1><p>Coffee at the caf\u00e9 is fine for most people.</p></main></body></html>")
            .getBytes(Charset.forName("windows-1252"))),
        new Bad("undeclared-latin1.html", ("<html><body><main><h1>Ni\u00f1os</h1><p>Los ni\u00f1os necesitan dormir m\u00e1s"
            + " que los adultos.</p></main></body></html>").getBytes(StandardCharsets.ISO_8859_1)));
  }

  @ParameterizedTest
  @MethodSource("doubtfulPages")
  void aCutDeepOrNonUtf8PageIsImportedWithAOneLineWarningNamingIt(Bad doubtful) throws IOException {
    Path page = dir.resolve(doubtful.name());
    Files.write(page, doubtful.content());
    Path out = dir.resolve("out");

    Cli.Result result = cli.run("import", page.toString(), "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err().lines().filter(l -> l.contains("warning"))).isNotEmpty()
        .allSatisfy(l -> assertThat(l).matches(java.util.regex.Pattern.quote(page.toString()) + "(:\\d+:\\d+)?: warning: .+"));
    assertThat(result.err()).doesNotContain("Exception", "\tat ", ": error:");
    assertThat(files(out)).containsExactly(doubtful.name().replace(".html", ".md"));
    assertThat(Files.readString(out.resolve(doubtful.name().replace(".html", ".md")))).doesNotContain("\ufffd", "Ã");
  }

  @Test
  void imagesOnTheWebStayLinksUnlessFetchImagesIsGiven() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/img/steps.png", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(200, png.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(png);
      }
    });
    server.start();
    try {
      String src = "http://127.0.0.1:" + server.getAddress().getPort() + "/img/steps.png";
      Path page = Files.writeString(dir.resolve("hands.html"), "<html><body><main><h1>Hands</h1><p>Wash your hands"
          + " with soap for twenty seconds.</p><figure><img src=\"" + src + "\" alt=\"Five steps\"></figure></main></body></html>");

      Cli.Result kept = cli.run("import", page.toString(), "--out", dir.resolve("kept").toString());
      assertThat(kept.exitCode()).as(kept.err()).isZero();
      assertThat(requests).as("requests without --fetch-images").hasValue(0);
      assertThat(files(dir.resolve("kept"))).containsExactly("hands.md");
      assertThat(Files.readString(dir.resolve("kept/hands.md"))).contains("![Five steps](" + src + ")");

      Cli.Result fetched = cli.run("import", page.toString(), "--out", dir.resolve("fetched").toString(), "--fetch-images");
      assertThat(fetched.exitCode()).as(fetched.err()).isZero();
      assertThat(requests).hasValue(1);
      assertThat(files(dir.resolve("fetched"))).containsExactly("hands-images/steps.png", "hands.md");
      assertThat(dir.resolve("fetched/hands-images/steps.png")).hasBinaryContent(png);
      assertThat(Files.readString(dir.resolve("fetched/hands.md"))).contains("![Five steps](hands-images/steps.png)");
    } finally {
      server.stop(0);
    }
  }

  private static List<String> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
          .collect(Collectors.toList());
    }
  }
}
