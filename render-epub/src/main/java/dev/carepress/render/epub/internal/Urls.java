package dev.carepress.render.epub.internal;

import dev.carepress.text.UrlPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * External links as an EPUB may carry them: only {@code http}, {@code https} and {@code mailto}
 * (as {@link UrlPolicy} allows), with characters a URL may not hold percent-encoded, and only when
 * the result parses (EPUBCheck rejects a malformed URL).
 */
public final class Urls {
  private static final String HEX = "0123456789ABCDEF";

  private Urls() {}

  /** The URL fit for an {@code href}, or empty when it must be shown as text. */
  public static Optional<String> external(String url) {
    if (isPlainWebUrl(url)) {
      return Optional.of(url); // the common case, checked without parsing
    }
    String scheme = UrlPolicy.scheme(url).orElse("");
    if (!UrlPolicy.isSafeLink(url) || scheme.isEmpty()) {
      return Optional.empty();
    }
    String encoded = encode(url.strip());
    try {
      URI uri = new URI(encoded);
      if (!scheme.equals("mailto") && (uri.getHost() == null || uri.getHost().isEmpty())) {
        return Optional.empty();
      }
      if (scheme.equals("mailto") && (uri.getSchemeSpecificPart() == null || uri.getSchemeSpecificPart().isBlank())) {
        return Optional.empty();
      }
      return Optional.of(encoded);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the URL is {@code http(s)://host/...} with a host of letters, digits, dots and hyphens
   * and nothing after it but unreserved, sub-delimiter, {@code : @ / ? #} and {@code %XX} characters:
   * what {@link URI} would accept unchanged.
   */
  static boolean isPlainWebUrl(String url) {
    int i;
    if (url.startsWith("https://")) {
      i = 8;
    } else if (url.startsWith("http://")) {
      i = 7;
    } else {
      return false;
    }
    int hostStart = i;
    int n = url.length();
    while (i < n) {
      char c = url.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
        i++;
      } else {
        break;
      }
    }
    if (i == hostStart || url.charAt(hostStart) == '.' || url.charAt(i - 1) == '.' || url.charAt(hostStart) == '-') {
      return false;
    }
    if (i < n && url.charAt(i) != '/' && url.charAt(i) != '?' && url.charAt(i) != '#') {
      return false; // a port, user info or anything unusual: leave it to the parser
    }
    boolean fragment = false;
    for (; i < n; i++) {
      char c = url.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0) {
        continue;
      }
      if (c == '#' && !fragment) {
        fragment = true;
        continue;
      }
      if (c == '%' && i + 2 < n && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2))) {
        i += 2;
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /** Percent-encodes what may not appear in a URI: controls, spaces, non-ASCII and {@code "<>\^`{|}}. */
  static String encode(String url) {
    StringBuilder out = null;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean bad = c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0;
      if (bad && out == null) {
        out = new StringBuilder(url.length() + 16).append(url, 0, i);
      }
      if (out != null) {
        if (bad) {
          int end = Character.isHighSurrogate(c) && i + 1 < url.length() ? i + 2 : i + 1;
          for (byte b : url.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
          }
          i = end - 1;
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? url : out.toString();
  }

  /** A fragment identifier for an id, percent-encoding what a URL fragment may not hold. */
  public static String fragment(String id) {
    return encode(id.replace("%", "%25")).replace("#", "%23");
  }
}
