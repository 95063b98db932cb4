package dev.carepress.importer.internal;

import dev.carepress.text.UrlPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** URLs of a page: cleaned the way browsers read attribute values, resolved against the page's base. */
public final class Urls {
  private Urls() {}

  /** Tabs and line breaks removed, white space and controls at the ends stripped. */
  public static String clean(String url) {
    return Chars.collapse(UrlPolicy.browserForm(url));
  }

  /**
   * The URL resolved against the base when the base is absolute and the URL relative (a fragment
   * alone stays as it is); otherwise the cleaned URL. A URL Java cannot parse is kept as written.
   */
  public static String resolve(Optional<String> base, String url) {
    String clean = clean(url);
    if (base.isEmpty() || clean.startsWith("#") || UrlPolicy.hasScheme(clean) || !isAbsoluteWeb(base.get())) {
      return clean;
    }
    try {
      return new URI(base.get()).resolve(new URI(clean.replace(" ", "%20"))).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return clean;
    }
  }

  /** Whether the URL is an absolute http or https URL. */
  public static boolean isAbsoluteWeb(String url) {
    Optional<String> scheme = UrlPolicy.scheme(url);
    return scheme.isPresent() && (scheme.get().equals("http") || scheme.get().equals("https"));
  }

  /** The last path segment without its extension, query or fragment; empty for none. */
  public static String lastSegment(String url) {
    String path = url;
    int cut = path.indexOf('#');
    path = cut >= 0 ? path.substring(0, cut) : path;
    cut = path.indexOf('?');
    path = cut >= 0 ? path.substring(0, cut) : path;
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0 && name.substring(dot + 1).toLowerCase(Locale.ROOT).matches("html?|php|aspx?|jsp|md")) {
      name = name.substring(0, dot);
    }
    return name;
  }
}
