package dev.carepress.render.html.internal;

import dev.carepress.text.UrlPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** URL helpers: the form written into attributes, and resolution against a base URL. */
public final class Urls {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Urls() {}

  /**
   * The URL as it may be written into {@code href} or {@code src}: surrounding whitespace trimmed,
   * and spaces, controls, {@code " < > \ ^ ` { | }} and stray {@code %} percent-encoded, so that the
   * attribute is a valid URL. Characters outside ASCII stay (valid in an IRI).
   */
  public static String clean(String url) {
    String u = url.strip();
    StringBuilder out = null;
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      boolean encode = c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^'
          || c == '`' || c == '{' || c == '|' || c == '}'
          || c == '%' && !(i + 2 < u.length() && isHex(u.charAt(i + 1)) && isHex(u.charAt(i + 2)));
      if (encode) {
        if (out == null) {
          out = new StringBuilder(u.length() + 16).append(u, 0, i);
        }
        out.append('%').append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? u : out.toString();
  }

  /** The link target if {@link UrlPolicy} allows it, in {@link #clean} form. */
  public static Optional<String> safeLink(String url) {
    return UrlPolicy.isSafeLink(url) ? Optional.of(clean(url)) : Optional.empty();
  }

  /** The image source if {@link UrlPolicy} allows it, in {@link #clean} form. */
  public static Optional<String> safeImage(String url) {
    return UrlPolicy.isSafeImage(url) ? Optional.of(clean(url)) : Optional.empty();
  }

  /**
   * The absolute http(s) URL of {@code url} resolved against {@code base}, if it is one (an
   * absolute URL stays as it is; a relative one needs a base).
   */
  public static Optional<String> absolute(Optional<String> base, String url) {
    String cleaned = clean(url);
    Optional<String> scheme = UrlPolicy.scheme(cleaned);
    if (scheme.isPresent()) {
      return scheme.get().equals("http") || scheme.get().equals("https") ? Optional.of(cleaned) : Optional.empty();
    }
    if (base.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(base.get()).resolve(new URI(cleaned)).toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
