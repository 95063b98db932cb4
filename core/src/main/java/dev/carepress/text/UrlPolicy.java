package dev.carepress.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs may become live links and image sources. Every renderer asks this before writing an
 * {@code href} or {@code src}; a URL it refuses is shown as text, never as an active link.
 *
 * <p>Links may be {@code http}, {@code https}, {@code mailto} or relative (a path, {@code
 * ?query} or {@code #fragment}); image sources {@code http}, {@code https} or relative. The scheme
 * is read the way browsers read it: tabs and newlines anywhere and control characters and spaces at
 * the ends are ignored, so {@code " java\tscript:alert(1)"} is a {@code javascript:} URL and
 * refused.
 */
public final class UrlPolicy {
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
  private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

  private UrlPolicy() {}

  /** Whether the URL may be the target of a link. */
  public static boolean isSafeLink(String url) {
    return scheme(url).map(LINK_SCHEMES::contains).orElse(true);
  }

  /** Whether the URL may be the source of an image. */
  public static boolean isSafeImage(String url) {
    return scheme(url).map(IMAGE_SCHEMES::contains).orElse(true);
  }

  /** Whether the URL starts with a scheme ({@code name:}) as browsers parse it. */
  public static boolean hasScheme(String url) {
    return scheme(url).isPresent();
  }

  /**
   * The URL's scheme in lower case, as a browser would parse it, or empty for a relative URL.
   */
  public static Optional<String> scheme(String url) {
    String cleaned = browserForm(url);
    int colon = cleaned.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String candidate = cleaned.substring(0, colon);
    if (!Character.isLetter(candidate.charAt(0)) || candidate.charAt(0) > 0x7F) {
      return Optional.empty();
    }
    for (int i = 1; i < candidate.length(); i++) {
      char c = candidate.charAt(i);
      boolean ok = (c < 0x80 && Character.isLetterOrDigit(c)) || c == '+' || c == '-' || c == '.';
      if (!ok) {
        return Optional.empty(); // a '/', '?' or '#' before the colon: a relative path
      }
    }
    return Optional.of(candidate.toLowerCase(Locale.ROOT));
  }

  /**
   * The URL as a browser reads an attribute value: tabs and line breaks removed, white space and
   * controls at the ends stripped.
   */
  public static String browserForm(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    int start = 0;
    int end = out.length();
    while (start < end && out.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && out.charAt(end - 1) <= ' ') {
      end--;
    }
    return out.substring(start, end);
  }
}
