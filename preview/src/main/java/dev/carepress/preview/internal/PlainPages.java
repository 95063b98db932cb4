package dev.carepress.preview.internal;

import dev.carepress.text.Xml;

/**
 * The few pages the preview writes itself — an article that never read, a page that is not there,
 * a file that could not be made — in the same shape as published pages (their own strict policy,
 * no script), so they are served the same way.
 */
final class PlainPages {
  private PlainPages() {}

  /**
   * A page with a title and paragraphs of plain text, the last of which may be a link.
   *
   * @param linkLabel the text of a link after the paragraphs, or {@code ""} for none
   */
  static String of(String title, String linkLabel, String linkHref, String... paragraphs) {
    StringBuilder out = new StringBuilder(1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; ")
        .append("style-src &#39;self&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;\" />\n")
        .append("<title>").append(Xml.text(title)).append(" \u2013 Carepress preview</title>\n</head>\n<body>\n")
        .append("<main class=\"cpp-page\">\n<h1>").append(Xml.text(title)).append("</h1>\n");
    for (String paragraph : paragraphs) {
      out.append("<p>").append(Xml.text(paragraph)).append("</p>\n");
    }
    if (!linkLabel.isEmpty()) {
      out.append("<p><a href=\"").append(Xml.attribute(linkHref)).append("\">").append(Xml.text(linkLabel))
          .append("</a></p>\n");
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }
}
