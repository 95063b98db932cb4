package dev.carepress.preview.internal;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns away, before any handler runs, every request the preview has no business answering:
 * another method than {@code GET} or {@code HEAD} (405), a request with a body (413), too many or
 * too large headers (431), an address in absolute form or too long (400, 414), and a {@code Host}
 * that is not one this server is reached by (403) — which is what stops DNS rebinding: a page on
 * another site cannot make its own name point at this server and read it.
 */
final class RequestGuard extends Filter {
  /** The most header lines a request may have. */
  static final int MAX_HEADERS = 64;
  /** The most bytes of header names and values a request may have. */
  static final int MAX_HEADER_BYTES = 16 * 1024;
  /** The longest query taken. */
  static final int MAX_QUERY = 2048;

  private final Set<String> hosts;

  /** @param hosts the {@code Host} values allowed, lower case ({@code 127.0.0.1:8000}, {@code localhost:8000}) */
  RequestGuard(Set<String> hosts) {
    this.hosts = Set.copyOf(hosts);
  }

  @Override
  public String description() {
    return "method, size, address and Host checks";
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    String refusal = refusal(exchange);
    if (refusal == null) {
      chain.doFilter(exchange);
      return;
    }
    int status = Integer.parseInt(refusal.substring(0, 3));
    if (status == 405) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
    }
    if (status == 413 || status == 431 || status == 400) {
      exchange.getResponseHeaders().set("Connection", "close");
    }
    Responses.text(exchange, status, refusal.substring(4));
  }

  // "NNN reason", or null when the request may go on
  private String refusal(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return "405 the preview only answers GET and HEAD";
    }
    Headers headers = exchange.getRequestHeaders();
    String length = headers.getFirst("Content-Length");
    if (headers.containsKey("Transfer-Encoding") || (length != null && !length.strip().equals("0"))) {
      return "413 a request to the preview has no body";
    }
    int lines = 0;
    long bytes = 0;
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      for (String value : header.getValue()) {
        lines++;
        bytes += header.getKey().length() + (value == null ? 0 : value.length()) + 4;
      }
    }
    if (lines > MAX_HEADERS || bytes > MAX_HEADER_BYTES) {
      return "431 the request's headers are too large";
    }
    List<String> host = headers.get("Host");
    if (host == null || host.size() != 1 || !hosts.contains(host.get(0).strip().toLowerCase(Locale.ROOT))) {
      return "403 this server answers only to " + String.join(" and ", hosts.stream().sorted().toList())
          + " (a request for another host name is refused: it may be DNS rebinding)";
    }
    URI uri = exchange.getRequestURI();
    if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
      return "400 the request must name a path, such as GET /index.html";
    }
    if (uri.getRawPath().length() > RequestPath.MAX_LENGTH
        || (uri.getRawQuery() != null && uri.getRawQuery().length() > MAX_QUERY)) {
      return "414 the address is too long";
    }
    return null;
  }
}
