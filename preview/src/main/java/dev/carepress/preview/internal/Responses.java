package dev.carepress.preview.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends whole responses: the status, the headers every answer of the preview carries, and the body
 * (left out for {@code HEAD}, with the length it would have).
 */
final class Responses {
  static final String HTML = "text/html; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";

  private Responses() {}

  /** Sends the bytes with the status and media type, then ends the exchange. */
  static void send(HttpExchange exchange, int status, String mediaType, byte[] body) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", mediaType);
    common(headers);
    try {
      if (isHead(exchange)) {
        headers.set("Content-Length", Integer.toString(body.length));
        exchange.sendResponseHeaders(status, -1);
      } else {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      exchange.close();
    }
  }

  /** Sends a short plain-text answer: an error a browser shows as it is. */
  static void text(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, TEXT, (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The headers of every answer: nothing is cached, sniffed, framed or sent on as a referrer. */
  static void common(Headers headers) {
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Cross-Origin-Resource-Policy", "same-origin");
  }

  static boolean isHead(HttpExchange exchange) {
    return exchange.getRequestMethod().toUpperCase(Locale.ROOT).equals("HEAD");
  }
}
