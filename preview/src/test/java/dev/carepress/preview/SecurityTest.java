package dev.carepress.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carepress.preview.testing.Folders;
import dev.carepress.preview.testing.Http;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every trick of the issue against a running server: ways out of the folder in the path, other
 * hosts (DNS rebinding), other methods, bodies, large requests, slow requests, too many
 * connections, links out of the folder. Requests are written byte for byte over a socket.
 */
class SecurityTest {
  private static final String SECRET = "TOP-SECRET-OUTSIDE-THE-FOLDER";

  @TempDir static Path dir;
  private static Path site;
  private static PreviewServer server;
  private static int port;

  @BeforeAll
  static void start() throws IOException {
    site = dir.resolve("site");
    Folders.copyOfExamples(site);
    Files.writeString(dir.resolve("secret.txt"), SECRET);
    Files.writeString(dir.resolve("secret.md"), Folders.article(SECRET, SECRET));
    Files.write(dir.resolve("secret.png"), pngWith(SECRET));
    boolean links = true;
    try {
      Files.createSymbolicLink(site.resolve("articles/escape.md"), dir.resolve("secret.md"));
      Files.createSymbolicLink(site.resolve("articles/images/escape.png"), dir.resolve("secret.png"));
    } catch (UnsupportedOperationException | IOException e) {
      links = false; // no symbolic links on this file system: those tests are skipped
    }
    Folders.write(site.resolve("articles/pictures.md"), Folders.article("Pictures",
        "![A linked image](images/escape.png)\n\n![Outside](../../secret.png)\n\n![Absolute](" + dir.resolve("secret.png")
            + ")\n"));
    System.setProperty("carepress.test.links", Boolean.toString(links));
    server = PreviewServer.builder().folder(site).maxOpenPages(3).build().start();
    port = server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/../secret.txt", "/../../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt",
    "/%2E%2E%2Fsecret.txt", "/%252e%252e%252fsecret.txt", "/%25252e%25252e/secret.txt", "/..%5csecret.txt",
    "/..%5c..%5csecret.txt", "/..\\secret.txt", "/%00", "/index.html%00.png", "/secret.txt%00.html", "//etc/passwd",
    "//secret.txt", "/C:/Windows/win.ini", "/c%3a%5cwindows%5cwin.ini", "/%c0%ae%c0%ae/secret.txt",
    "/%c0%af../secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "/./index.html", "/media/../index.html",
    "/media/..%2f..%2fsecret.txt", "/.git/config", "/%2e/index.html", "/etc/passwd", "/proc/self/environ",
    "/..;/secret.txt", "/%u002e%u002e/secret.txt", "/articles/hand-washing.md", "/book.yaml", "/..",
    "/%2e%2e", "/media/", "/media", "/articles/", "/%ff", "/%zz", "/%2", "/index.html/", "/../site/book.yaml"
  })
  void aPathCanOnlyNameAFileTheSiteMade(String path) {
    Http.Response response = Http.rawGet(port, path);
    assertThat(response.status()).as(path).isIn(400, 404);
    assertThat(response.text()).as(path).doesNotContain(SECRET).doesNotContain("title: Hand washing")
        .doesNotContain("root:");
  }

  @Test
  void aPathFromOutsideTheSiteIsRefusedForAnEventStreamToo() {
    Http.Response response = Http.rawGet(port, "/_carepress/events?path=..%2F..%2Fsecret.txt&v=x");
    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void anAbsoluteAddressInTheRequestLineIsRefused() {
    assertThat(Http.raw(port, "GET http://127.0.0.1:" + port + "/index.html HTTP/1.1", "Host: 127.0.0.1:" + port,
        "Connection: close").status()).isEqualTo(400);
    assertThat(Http.raw(port, "GET http://evil.example/ HTTP/1.1", "Host: 127.0.0.1:" + port, "Connection: close")
        .status()).isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.example", "evil.example:PORT", "127.0.0.1", "127.0.0.1:1", "127.0.0.1.nip.io:PORT",
      "localhost.evil.example:PORT", "[::1]:PORT", "0.0.0.0:PORT", "127.0.0.2:PORT", "", "127.0.0.1:PORT.evil.example"})
  void aRequestForAnotherHostIsRefusedAgainstDnsRebinding(String host) {
    Http.Response response = Http.raw(port, "GET / HTTP/1.1", "Host: " + host.replace("PORT", Integer.toString(port)),
        "Connection: close");
    assertThat(response.status()).as(host).isEqualTo(403);
    assertThat(response.text()).contains("DNS rebinding").doesNotContain("Living Well");
  }

  @Test
  void aRequestWithoutHostOrWithTwoIsRefused() {
    assertThat(Http.raw(port, "GET / HTTP/1.1", "Connection: close").status()).isEqualTo(403);
    assertThat(Http.raw(port, "GET / HTTP/1.1", "Host: 127.0.0.1:" + port, "Host: evil.example", "Connection: close")
        .status()).isEqualTo(403);
  }

  @Test
  void theAddressItListensOnAndLocalhostAreAnswered() {
    for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port}) {
      assertThat(Http.raw(port, "GET / HTTP/1.1", "Host: " + host, "Connection: close").status()).as(host).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"})
  void onlyGetAndHeadAreAnswered(String method) {
    Http.Response response = Http.raw(port, method + " /index.html HTTP/1.1", "Host: 127.0.0.1:" + port,
        "Content-Length: 0", "Connection: close");
    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("allow")).hasValue("GET, HEAD");
  }

  @Test
  void aRequestWithABodyIsRefused() {
    Http.Response sized = Http.rawBytes(port, ("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello").getBytes(StandardCharsets.US_ASCII));
    assertThat(sized.status()).isEqualTo(413);
    Http.Response chunked = Http.rawBytes(port, ("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port
        + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    assertThat(chunked.status()).isEqualTo(413);
  }

  @Test
  void tooManyOrTooLargeHeadersAreRefused() {
    List<String> many = new ArrayList<>(List.of("GET / HTTP/1.1", "Host: 127.0.0.1:" + port, "Connection: close"));
    for (int i = 0; i < 80; i++) {
      many.add("X-Filler-" + i + ": " + i);
    }
    assertThat(Http.raw(port, many.toArray(String[]::new)).status()).isEqualTo(431);
    String big = "x".repeat(20_000);
    assertThat(Http.raw(port, "GET / HTTP/1.1", "Host: 127.0.0.1:" + port, "X-Big: " + big, "Connection: close")
        .status()).isEqualTo(431);
    String huge = "x".repeat(200_000); // over the JDK server's own limit: it hangs up or refuses
    assertThat(Http.raw(port, "GET / HTTP/1.1", "Host: 127.0.0.1:" + port, "X-Huge: " + huge, "Connection: close")
        .status()).isNotEqualTo(200);
  }

  @Test
  void aVeryLongAddressIsRefused() {
    assertThat(Http.rawGet(port, "/" + "a".repeat(5000) + ".html").status()).isEqualTo(414);
    assertThat(Http.rawGet(port, "/hand-washing.pdf?pageSize=" + "A".repeat(5000)).status()).isEqualTo(414);
  }

  @Test
  void aClientSendingItsRequestTooSlowlyIsCutOff() throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1:".getBytes(StandardCharsets.US_ASCII));
      out.flush(); // and never finishes the request
      InputStream in = socket.getInputStream();
      try {
        assertThat(in.read()).as("the server hangs up").isEqualTo(-1);
      } catch (SocketTimeoutException e) {
        throw new AssertionError("the server kept a half-sent request open for 60 s", e);
      } catch (IOException e) {
        // a reset also ends it
      }
    }
  }

  @Test
  void connectionsBeyondTheLimitAreClosedAndTheServerStaysUsable() throws IOException {
    List<Socket> open = new ArrayList<>();
    try {
      int limit = Integer.getInteger("jdk.httpserver.maxConnections");
      for (int i = 0; i < limit + 20; i++) {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        open.add(s);
      }
      Http.Response refused = Http.rawGet(port, "/index.html");
      assertThat(refused.status()).as("a request past the limit gets no answer").isZero();
    } finally {
      for (Socket s : open) {
        s.close();
      }
    }
    long end = System.nanoTime() + 30_000_000_000L;
    int status;
    do {
      status = Http.rawGet(port, "/index.html").status();
    } while (status != 200 && System.nanoTime() < end);
    assertThat(status).isEqualTo(200);
  }

  @Test
  void openPagesBeyondTheLimitAreTurnedAway() {
    String page = Http.text(server.url().resolve("/index.html"));
    String version = Http.versionOf(page);
    List<Http.EventStream> streams = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        Http.EventStream stream = Http.events(server.url(), "index.html", version);
        streams.add(stream);
        assertThat(stream.status()).isEqualTo(200);
      }
      try (Http.EventStream fourth = Http.events(server.url(), "index.html", version)) {
        assertThat(fourth.status()).isEqualTo(503);
      }
    } finally {
      streams.forEach(Http.EventStream::close);
    }
  }

  @Test
  void aLinkToAnArticleOutsideTheFolderIsNotFollowed() {
    assumeTrue(Boolean.getBoolean("carepress.test.links"), "no symbolic links here");
    assertThat(Http.rawGet(port, "/escape.html").status()).isEqualTo(404);
    assertThat(Http.rawGet(port, "/").text()).doesNotContain(SECRET);
  }

  @Test
  void noImageFromOutsideTheFolderReachesThePageOrItsMedia() {
    String page = Http.rawGet(port, "/pictures.html").text();
    assertThat(page).doesNotContain("media/escape.png").doesNotContain("media/secret.png");
    for (String media : new String[] {"/media/escape.png", "/media/secret.png", "/media/2-secret.png"}) {
      Http.Response response = Http.rawGet(port, media);
      assertThat(response.status()).as(media).isEqualTo(404);
      assertThat(response.text()).doesNotContain(SECRET);
    }
    assertThat(Http.rawGet(port, "/pictures.pdf").text()).doesNotContain(SECRET);
  }

  @Test
  void everyAnswerForbidsFramingSniffingAndReferrers() {
    Http.Response page = Http.rawGet(port, "/hand-washing.html");
    assertThat(page.header("content-security-policy").orElseThrow()).contains("frame-ancestors 'none'", "default-src 'none'");
    assertThat(page.header("x-frame-options")).hasValue("DENY");
    assertThat(page.header("x-content-type-options")).hasValue("nosniff");
    assertThat(page.header("referrer-policy")).hasValue("no-referrer");
    Http.Response image = Http.rawGet(port, "/media/hand-washing-steps.png");
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.header("content-type")).hasValue("image/png");
    assertThat(image.header("content-security-policy").orElseThrow()).contains("sandbox");
  }

  // A PNG signature followed by text: enough for the renderers to take it as an image.
  private static byte[] pngWith(String text) {
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    byte[] body = text.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }
}
