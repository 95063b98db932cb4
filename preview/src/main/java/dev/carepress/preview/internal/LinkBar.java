package dev.carepress.preview.internal;

import dev.carepress.text.Xml;
import java.util.List;

/**
 * The bar at the foot of every served page: what the page is, and the handout, e-book and
 * literacy report of its article one click away. A {@code <nav>} after the page's own content, so
 * the page's skip link and landmarks come first.
 */
final class LinkBar {
  private LinkBar() {}

  /** A link of the bar. */
  record Link(String label, String href) {}

  /**
   * The bar.
   *
   * @param status what the page is, plain text (its reading level, say)
   * @param passed whether the status is good news, bad news ({@code false}) or neither ({@code null})
   */
  static String of(String status, Boolean passed, List<Link> links) {
    StringBuilder out = new StringBuilder(512);
    out.append("<nav class=\"cpp-bar\" aria-label=\"Preview\">\n<ul>\n")
        .append("<li class=\"cpp-brand\">Carepress preview</li>\n");
    if (!status.isEmpty()) {
      out.append("<li");
      if (passed != null) {
        out.append(" class=\"").append(passed ? "cpp-pass" : "cpp-fail").append('"');
      }
      out.append('>').append(Xml.text(status)).append("</li>\n");
    }
    for (Link link : links) {
      out.append("<li><a href=\"").append(Xml.attribute(link.href())).append("\">").append(Xml.text(link.label()))
          .append("</a></li>\n");
    }
    return out.append("</ul>\n</nav>\n").toString();
  }
}
