package dev.carepress.preview.internal;

import dev.carepress.text.Xml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the served copy of a page: the published page, untouched but for what the preview adds —
 * its stylesheet link, a problems panel at the top of the body, a bar of links at its end, and one
 * inline script that reloads the page when its version changes. The script is allowed by a nonce
 * made for this response alone, written into the page's own Content-Security-Policy; the page gets
 * no other way to run script.
 */
final class PageDecorator {
  /** Where the preview's own files are served; no site file starts with an underscore. */
  static final String PREFIX = "/_carepress/";
  static final String SCRIPT = resource("preview.js");
  static final String STYLESHEET = resource("preview.css");

  private static final Pattern META = Pattern.compile(
      "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
  private static final SecureRandom RANDOM = new SecureRandom();

  private PageDecorator() {}

  /** A served page and the policy to send with it as a header. */
  record Served(String html, Policy policy) {}

  /**
   * The served copy of a page.
   *
   * @param html the page as published
   * @param path the page's path in the site, for the event stream
   * @param version the version of what it shows now
   * @param panel the problems panel, or {@code ""}
   * @param bar the bar of links, or {@code ""}
   */
  static Served decorate(String html, String path, String version, String panel, String bar) {
    String nonce = nonce();
    StringBuilder out = new StringBuilder(html.length() + SCRIPT.length() + panel.length() + bar.length() + 512);
    Matcher meta = META.matcher(html);
    Policy policy;
    int at;
    if (meta.find()) {
      policy = Policy.parse(unescape(meta.group(1))).forPreview(nonce);
      out.append(html, 0, meta.start());
      out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
          .append(Xml.attribute(policy.toString())).append("\" />");
      at = meta.end();
    } else {
      List<String> styles = new ArrayList<>();
      Matcher style = STYLE.matcher(html);
      while (style.find()) {
        styles.add(style.group(1));
      }
      policy = Policy.strict(styles).forPreview(nonce);
      int head = afterTag(html, "<head");
      if (head < 0) {
        throw new IllegalArgumentException("not a whole HTML page: " + path);
      }
      out.append(html, 0, head);
      out.append("\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
          .append(Xml.attribute(policy.toString())).append("\" />");
      at = head;
    }
    int headEnd = html.indexOf("</head>", at);
    int body = afterTag(html, "<body");
    int bodyEnd = html.lastIndexOf("</body>");
    if (headEnd < 0 || body < 0 || bodyEnd < body) {
      throw new IllegalArgumentException("not a whole HTML page: " + path);
    }
    out.append(html, at, headEnd);
    out.append("<link rel=\"stylesheet\" href=\"").append(PREFIX).append("preview.css\" />\n");
    out.append(html, headEnd, body);
    out.append('\n').append(panel);
    out.append(html, body, bodyEnd);
    out.append(bar);
    out.append("<script nonce=\"").append(nonce).append("\" data-path=\"").append(Xml.attribute(path))
        .append("\" data-version=\"").append(Xml.attribute(version)).append("\">")
        .append(SCRIPT).append("</script>\n");
    out.append(html, bodyEnd, html.length());
    return new Served(out.toString(), policy);
  }

  /** A new nonce: 128 random bits. */
  static String nonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static int afterTag(String html, String open) {
    int start = html.indexOf(open);
    if (start < 0) {
      return -1;
    }
    int end = html.indexOf('>', start);
    return end < 0 ? -1 : end + 1;
  }

  // The entities the markup writer uses in attribute values.
  static String unescape(String attribute) {
    return attribute.replace("&#39;", "'").replace("&apos;", "'").replace("&#x27;", "'").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static String resource(String name) {
    try (InputStream in = PageDecorator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the preview's " + name + " is missing from its jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
