package dev.carepress.preview.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Requests to a preview server: whole raw requests over a socket (for the tricks), and plain GETs. */
public final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  /** A response read off the wire. */
  public record Response(int status, Map<String, String> headers, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
  }

  /** Sends the request text as it is (lines joined by CRLF, then a blank line) and reads the response. */
  public static Response raw(int port, String... lines) {
    StringBuilder request = new StringBuilder();
    for (String line : lines) {
      request.append(line).append("\r\n");
    }
    request.append("\r\n");
    return rawBytes(port, request.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A GET of the path with a correct Host, over a socket: the path is sent exactly as given. */
  public static Response rawGet(int port, String path) {
    return raw(port, "GET " + path + " HTTP/1.1", "Host: 127.0.0.1:" + port, "Connection: close");
  }

  /** Sends the bytes and reads the response (status 0 when the server closed without one). */
  public static Response rawBytes(int port, byte[] request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // the server may close before reading it all: read what it answered
      }
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Response parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      in.transferTo(all);
    } catch (IOException e) {
      // a reset after the response: keep what came
    }
    byte[] bytes = all.toByteArray();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return new Response(0, Map.of(), bytes);
    }
    String[] head = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(head[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Response(status, headers, body);
  }

  private static byte[] unchunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < body.length) {
      int eol = i;
      while (eol + 1 < body.length && !(body[eol] == '\r' && body[eol + 1] == '\n')) {
        eol++;
      }
      int size = Integer.parseInt(new String(body, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(body, eol + 2, size);
      i = eol + 2 + size + 2;
    }
    return out.toByteArray();
  }

  /** A GET through the JDK's client. */
  public static HttpResponse<byte[]> get(URI uri) {
    try {
      return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The page's text. */
  public static String text(URI uri) {
    HttpResponse<byte[]> response = get(uri);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** An open event stream; {@link #awaitEvent} reads until an event of the name comes. */
  public static final class EventStream implements AutoCloseable {
    private final HttpResponse<java.util.stream.Stream<String>> response;
    private final java.util.Iterator<String> lines;

    EventStream(HttpResponse<java.util.stream.Stream<String>> response) {
      this.response = response;
      this.lines = response.body().iterator();
    }

    public int status() {
      return response.statusCode();
    }

    /** Reads lines until {@code event: NAME}, then returns the next {@code data:} value; fails after the timeout. */
    public String awaitEvent(String name, Duration timeout) {
      java.util.concurrent.CompletableFuture<String> found = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        boolean seen = false;
        while (lines.hasNext()) {
          String line = lines.next();
          if (line.equals("event: " + name)) {
            seen = true;
          } else if (seen && line.startsWith("data:")) {
            return line.substring(5).strip();
          }
        }
        throw new IllegalStateException("the stream ended without event " + name);
      });
      try {
        return found.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        throw new AssertionError("no '" + name + "' event in " + timeout.toSeconds() + " s: " + e, e);
      }
    }

    @Override
    public void close() {
      response.body().close();
    }
  }

  /** Opens the event stream of a page served with this version. */
  public static EventStream events(URI base, String page, String version) {
    URI uri = base.resolve("/_carepress/events?path=" + page + "&v=" + version);
    try {
      return new EventStream(CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The version a served page carries in its script. */
  public static String versionOf(String page) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-version=\"([^\"]+)\"").matcher(page);
    if (!m.find()) {
      throw new AssertionError("not a served page (no preview script): " + page.substring(0, Math.min(200, page.length())));
    }
    return m.group(1);
  }

}
